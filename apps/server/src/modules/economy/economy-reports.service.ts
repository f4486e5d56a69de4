import type { EconomyView, EquityView, UpdateEquity } from '@styr/shared/contracts/economy';
import { deviationOre, kronorFromOre, oreFromKronor } from '@styr/shared/domain/money';
import { equityAssessments } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { assertVersion } from '../../versioning.ts';
import { recordAudit, recordUpdate } from '../audit/index.ts';
import { assertMayWrite, lastFollowUp, type YearScope } from '../authority/index.ts';
import { findClosingEquity } from './economy.queries.ts';
import { equityKey, type findEconomyReports } from './economy-reports.queries.ts';

const kronor = (ore: bigint | null) => (ore === null ? null : kronorFromOre(ore));
const ore = (text: string | null) => (text === null ? null : oreFromKronor(text));

type Reports = Awaited<ReturnType<typeof findEconomyReports>>;
type EquityRow = NonNullable<Reports['equity']>;

export function presentEquity(row: EquityRow | undefined, closing: bigint | null): EquityView {
  const proposed = row?.proposedLevel ?? null;
  return {
    closing: kronor(closing),
    decidedLevel: kronor(row?.decidedLevel ?? null),
    proposedLevel: kronor(proposed),
    toReturn: kronor(deviationOre(closing, proposed)),
    assessment: row?.assessment ?? null,
    version: row?.version ?? 0,
  };
}

/** State grants with their sum, kommuncentrala poster with deviations, and the equity assessment. */
export function presentReports(
  { grants, items, equity }: Reports,
  closingEquity: bigint | null,
): Pick<EconomyView, 'stateGrants' | 'centralItems' | 'equity'> {
  return {
    stateGrants: {
      rows: grants.map((row) => ({
        name: row.name,
        amount: kronorFromOre(row.amount),
        code: row.code,
        grantor: row.grantor,
      })),
      total: kronorFromOre(grants.reduce((sum, row) => sum + row.amount, 0n)),
    },
    centralItems: items.map((row) => ({
      name: row.name,
      actual: kronor(row.actual),
      budget: kronor(row.budget),
      deviation: kronor(deviationOre(row.budget, row.actual)),
      comment: row.comment,
    })),
    equity: presentEquity(equity, closingEquity),
  };
}

/** Stores the committee's assessment of its equity; it belongs to the annual report. */
export async function setEquity(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  input: UpdateEquity,
): Promise<EquityView> {
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, {
      ...scope,
      document: await lastFollowUp(tx, scope.municipalityId),
      permission: 'content.edit',
    });
    const closing = await findClosingEquity(tx, scope);
    const [stored] = await tx.select().from(equityAssessments).where(equityKey(scope)).for('update');
    const present = (row: EquityRow) => presentEquity(row, closing);
    if (stored) assertVersion(stored, input.version ?? 0, present);
    else if (input.version !== undefined)
      throw new AppError('VERSION_CONFLICT', 'Bedömningen har tagits bort av någon annan. Läs in den igen.', {
        current: null,
      });
    const fields = {
      decidedLevel: ore(input.decidedLevel),
      proposedLevel: ore(input.proposedLevel),
      assessment: input.assessment,
    };
    const [row] = stored
      ? await tx
          .update(equityAssessments)
          .set({ ...fields, version: stored.version + 1 })
          .where(equityKey(scope))
          .returning()
      : await tx
          .insert(equityAssessments)
          .values({ ...scope, ...fields })
          .returning();
    if (!row) throw new AppError('INTERNAL', 'Bedömningen kunde inte sparas.');
    const after = present(row);
    const entity = {
      actor,
      at: deps.clock.now(),
      entityType: 'equity_assessment',
      entityId: `${scope.committeeId}:${scope.year}`,
      committeeId: scope.committeeId,
    };
    if (stored) await recordUpdate(tx, { ...entity, before: present(stored), after });
    else await recordAudit(tx, { ...entity, action: 'create', before: null, after });
    return after;
  });
}
