import type { InvestmentView, UpdateInvestment } from '@styr/shared/contracts/economy';
import { investmentDeviation, investmentTotals } from '@styr/shared/domain/investments';
import { kronorFromOre, oreFromKronor } from '@styr/shared/domain/money';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { investments } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertVersion, definedFields } from '../../versioning.ts';
import { recordUpdate } from '../audit/index.ts';
import { assertMayWrite, lastFollowUp, type YearScope } from '../authority/index.ts';

const kronor = (ore: bigint | null) => (ore === null ? null : kronorFromOre(ore));
const ore = (text: string | null) => (text === null ? null : oreFromKronor(text));

const inYear = (scope: YearScope) =>
  and(
    eq(investments.municipalityId, scope.municipalityId),
    eq(investments.committeeId, scope.committeeId),
    eq(investments.year, scope.year),
  );

/** The investment projects of a committee's year, in order. */
export function findInvestments(db: Executor, scope: YearScope) {
  return db.select().from(investments).where(inYear(scope)).orderBy(asc(investments.sortOrder));
}

export function presentInvestment(row: typeof investments.$inferSelect): InvestmentView {
  return {
    key: row.key,
    name: row.name,
    budget: kronor(row.budget),
    actual: kronor(row.actual),
    forecast: kronor(row.forecast),
    deviation: kronor(investmentDeviation(row)),
    comment: row.comment,
    version: row.version,
  };
}

export function presentInvestments(rows: readonly (typeof investments.$inferSelect)[]) {
  const total = investmentTotals(rows);
  return {
    rows: rows.map(presentInvestment),
    total: {
      budget: kronor(total.budget),
      actual: kronor(total.actual),
      forecast: kronor(total.forecast),
      deviation: kronor(total.deviation),
    },
  };
}

/**
 * Changes an investment project's figures or the committee's comment. The figures belong to the year's last
 * follow-up, so an adopted annual report freezes them.
 */
export async function updateInvestment(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  investmentKey: string,
  input: UpdateInvestment,
): Promise<InvestmentView> {
  return deps.db.transaction(async (tx) => {
    const key = and(inYear(scope), eq(investments.key, investmentKey));
    const [stored] = await tx.select().from(investments).where(key).for('update');
    if (!stored) throw notFound('Investeringen');
    assertVersion(stored, input.version, presentInvestment);
    await assertMayWrite(tx, actor, {
      ...scope,
      document: await lastFollowUp(tx, scope.municipalityId),
      permission: 'content.edit',
    });
    const { version: _version, budget, actual, forecast, comment } = input;
    const changes = definedFields({
      comment,
      budget: budget === undefined ? undefined : ore(budget),
      actual: actual === undefined ? undefined : ore(actual),
      forecast: forecast === undefined ? undefined : ore(forecast),
    });
    const [row] = await tx
      .update(investments)
      .set({ ...changes, version: stored.version + 1 })
      .where(key)
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Investeringen kunde inte sparas.');
    const after = presentInvestment(row);
    await recordUpdate(tx, {
      actor,
      at: deps.clock.now(),
      entityType: 'investment',
      entityId: `${scope.committeeId}:${scope.year}:${investmentKey}`,
      committeeId: scope.committeeId,
      before: presentInvestment(stored),
      after,
    });
    return after;
  });
}
