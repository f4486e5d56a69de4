import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { actionFollowUps, actionPlans, followUpPoints } from '../../db/schema/index.ts';
import type { YearScope } from '../authority/index.ts';

export type ActionPlanRow = typeof actionPlans.$inferSelect;
export type ActionFollowUpRow = typeof actionFollowUps.$inferSelect;

const inYear = (scope: YearScope) =>
  and(
    eq(actionPlans.municipalityId, scope.municipalityId),
    eq(actionPlans.committeeId, scope.committeeId),
    eq(actionPlans.year, scope.year),
  );

/** The year's plans in their order; ties by key, so the same data always lists the same way. */
export function listActionPlanRows(db: Executor, scope: YearScope): Promise<ActionPlanRow[]> {
  return db
    .select()
    .from(actionPlans)
    .where(inYear(scope))
    .orderBy(asc(actionPlans.sortOrder), asc(actionPlans.key));
}

export async function findActionPlan(
  db: Executor,
  scope: YearScope,
  id: string,
  forUpdate = false,
): Promise<ActionPlanRow | null> {
  const query = db
    .select()
    .from(actionPlans)
    .where(and(inYear(scope), eq(actionPlans.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** The follow-ups of the plans, ordered by action key and follow-up so a plan presents the same every time. */
export function listFollowUps(
  db: Executor,
  municipalityId: string,
  planIds: string[],
): Promise<ActionFollowUpRow[]> {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(actionFollowUps)
    .where(
      and(eq(actionFollowUps.municipalityId, municipalityId), inArray(actionFollowUps.actionPlanId, planIds)),
    )
    .orderBy(asc(actionFollowUps.actionKey), asc(actionFollowUps.followUp));
}

/** The municipality's follow-up points by month: the keys a follow-up may name, in the order they come. */
export async function followUpOrder(db: Executor, municipalityId: string): Promise<string[]> {
  const rows = await db
    .select({ key: followUpPoints.key })
    .from(followUpPoints)
    .where(eq(followUpPoints.municipalityId, municipalityId))
    .orderBy(asc(followUpPoints.month), asc(followUpPoints.key));
  return rows.map((row) => row.key);
}
