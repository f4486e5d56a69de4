import type { RemovalImpact } from '@styr/shared/contracts/plan-measures';
import { and, count, eq, inArray, ne, or } from 'drizzle-orm';
import type { Executor } from '../../../db/executor.ts';
import {
  followUpParts,
  goalIndicators,
  indicators,
  indicatorTargets,
  indicatorValues,
  keyFigureRows,
} from '../../../db/schema/index.ts';
import type { Actor, Deps } from '../../../deps.ts';
import { AppError } from '../../../errors.ts';
import { assertVersion } from '../../../versioning.ts';
import { recordAudit } from '../../audit/index.ts';
import { assertMayWrite, type YearScope } from '../../authority/index.ts';
import { findIndicator } from './indicator-rows.ts';
import { partsOf, yearDocumentIds, yearGoalIds } from './year-goals.ts';

const tally = async (rows: Promise<{ n: number }[]>) => (await rows)[0]?.n ?? 0;

/** What the year holds of a measure, and whether it is kept in another year (values, targets, links, tables). */
async function impactOf(db: Executor, scope: YearScope, indicatorId: string) {
  const m = scope.municipalityId;
  const of = <T extends typeof indicatorValues | typeof indicatorTargets>(table: T, thisYear: boolean) =>
    and(
      eq(table.municipalityId, m),
      eq(table.indicatorId, indicatorId),
      thisYear ? eq(table.year, scope.year) : ne(table.year, scope.year),
    );
  const goals = await yearGoalIds(db, scope);
  const documents = await yearDocumentIds(db, scope);
  const shownBy = or(
    eq(keyFigureRows.indicatorId, indicatorId),
    eq(keyFigureRows.secondaryIndicatorId, indicatorId),
  );
  const inTables = (thisYear: boolean) =>
    tally(
      db
        .select({ n: count() })
        .from(keyFigureRows)
        .where(
          and(
            eq(keyFigureRows.municipalityId, m),
            shownBy,
            thisYear ? eq(keyFigureRows.year, scope.year) : ne(keyFigureRows.year, scope.year),
          ),
        ),
    );
  const linksHere = and(
    eq(goalIndicators.municipalityId, m),
    eq(goalIndicators.indicatorId, indicatorId),
    inArray(goalIndicators.goalId, goals),
  );
  const allLinks = and(eq(goalIndicators.municipalityId, m), eq(goalIndicators.indicatorId, indicatorId));
  const links = await tally(db.select({ n: count() }).from(goalIndicators).where(linksHere));
  const elsewhere =
    (await tally(db.select({ n: count() }).from(indicatorValues).where(of(indicatorValues, false)))) +
    (await tally(db.select({ n: count() }).from(indicatorTargets).where(of(indicatorTargets, false)))) +
    (await tally(db.select({ n: count() }).from(goalIndicators).where(allLinks))) -
    links +
    (await inTables(false));
  const tables = await inTables(true);
  const impact: RemovalImpact = {
    values: await tally(db.select({ n: count() }).from(indicatorValues).where(of(indicatorValues, true))),
    targets: await tally(db.select({ n: count() }).from(indicatorTargets).where(of(indicatorTargets, true))),
    reports: 0,
    parts: await tally(
      db
        .select({ n: count() })
        .from(followUpParts)
        .where(partsOf(scope, 'indicator', indicatorId, documents)),
    ),
    links,
    keptElsewhere: elsewhere > 0,
    blocker:
      tables > 0
        ? `Måttet visas i en nyckeltalstabell för ${scope.year}. Ta bort det från tabellen innan du tar bort måttet.`
        : null,
  };
  return { impact, goals, documents };
}

/** What removing the measure from the year takes with it, asked before the removal. */
export async function indicatorRemovalImpact(deps: Deps, scope: YearScope, indicatorId: string) {
  await findIndicator(deps.db, scope, indicatorId, false);
  return (await impactOf(deps.db, scope, indicatorId)).impact;
}

/**
 * Removes a measure from the year: its outcomes and targets of the year, its links to the year's goals and the
 * parts handed to units. Other years keep theirs (an adopted year's figures never change); the measure itself
 * goes when no year holds it any more.
 */
export async function removeIndicator(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  indicatorId: string,
  version: number,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const stored = await findIndicator(tx, scope, indicatorId, true);
    await assertMayWrite(tx, actor, { ...scope, document: 'plan', permission: 'content.edit' });
    assertVersion(stored, version, (row) => ({ id: row.id, name: row.name, version: row.version }));
    const { impact, goals, documents } = await impactOf(tx, scope, indicatorId);
    if (impact.blocker) throw new AppError('CONFLICT', impact.blocker);
    const m = scope.municipalityId;
    await tx
      .delete(indicatorValues)
      .where(
        and(
          eq(indicatorValues.municipalityId, m),
          eq(indicatorValues.indicatorId, indicatorId),
          eq(indicatorValues.year, scope.year),
        ),
      );
    await tx
      .delete(indicatorTargets)
      .where(
        and(
          eq(indicatorTargets.municipalityId, m),
          eq(indicatorTargets.indicatorId, indicatorId),
          eq(indicatorTargets.year, scope.year),
        ),
      );
    await tx
      .delete(goalIndicators)
      .where(
        and(
          eq(goalIndicators.municipalityId, m),
          eq(goalIndicators.indicatorId, indicatorId),
          inArray(goalIndicators.goalId, goals),
        ),
      );
    await tx.delete(followUpParts).where(partsOf(scope, 'indicator', indicatorId, documents));
    if (!impact.keptElsewhere)
      await tx
        .delete(indicators)
        .where(and(eq(indicators.municipalityId, m), eq(indicators.id, indicatorId)));
    await recordAudit(tx, {
      actor,
      at: deps.clock.now(),
      action: 'delete',
      entityType: 'indicator',
      entityId: indicatorId,
      committeeId: scope.committeeId,
      before: { name: stored.name, year: scope.year, ...impact },
      after: null,
    });
  });
}
