import type { SetTarget } from '@styr/shared/contracts/plan-measures';
import { and, eq } from 'drizzle-orm';
import { indicatorTargets } from '../../../db/schema/index.ts';
import type { Actor, Deps } from '../../../deps.ts';
import { assertVersion } from '../../../versioning.ts';
import { recordAudit } from '../../audit/index.ts';
import { assertMayWrite, type YearScope } from '../../authority/index.ts';
import { presentIndicatorFacts } from '../indicators.service.ts';
import { presentTarget } from '../present-target.ts';
import {
  assertTarget,
  findIndicator,
  invalid,
  planWrite,
  targetRow,
  touch,
  valueKindOf,
} from './indicator-rows.ts';

/** How far ahead of its year a plan sets targets: its own year and the three after, as multi-year plans do. */
const targetYearsAhead = 3;

/** A measure's target for one year of the plan period, set or removed. */
export async function setIndicatorTarget(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  indicatorId: string,
  targetYear: number,
  body: SetTarget,
) {
  return deps.db.transaction(async (tx) => {
    const stored = await findIndicator(tx, scope, indicatorId, true);
    await assertMayWrite(tx, actor, planWrite(scope));
    if (targetYear < scope.year || targetYear > scope.year + targetYearsAhead)
      throw invalid(
        'params.targetYear',
        `Målvärden sätts för ${scope.year}–${scope.year + targetYearsAhead} i planen för ${scope.year}`,
      );
    // A later year's target belongs to that year's plan too: refused once that plan is adopted.
    if (targetYear !== scope.year) await assertMayWrite(tx, actor, planWrite({ ...scope, year: targetYear }));
    const valueKind = await valueKindOf(tx, scope, stored.unit);
    assertVersion(stored, body.version, (row) => presentIndicatorFacts(row, valueKind));
    if (body.target) assertTarget(valueKind, body.target, targetYear, 'body.target');
    const key = and(
      eq(indicatorTargets.municipalityId, scope.municipalityId),
      eq(indicatorTargets.indicatorId, indicatorId),
      eq(indicatorTargets.year, targetYear),
    );
    const [old] = await tx.select().from(indicatorTargets).where(key);
    await tx.delete(indicatorTargets).where(key);
    if (body.target)
      await tx.insert(indicatorTargets).values(targetRow(scope, indicatorId, targetYear, body.target));
    const { row, now } = await touch(tx, deps, stored);
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'update',
      entityType: 'indicator',
      entityId: indicatorId,
      committeeId: scope.committeeId,
      before: { year: targetYear, target: old ? presentTarget(old) : null },
      after: { year: targetYear, target: body.target },
    });
    return { id: row.id, version: row.version };
  });
}
