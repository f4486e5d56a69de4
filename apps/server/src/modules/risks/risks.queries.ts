import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { controlActivities, controlResults, orgNodes, risks } from '../../db/schema/index.ts';
import type { YearScope } from '../authority/index.ts';

export async function findRisk(db: Executor, scope: YearScope, riskId: string, forUpdate = false) {
  const query = db
    .select()
    .from(risks)
    .where(
      and(
        eq(risks.municipalityId, scope.municipalityId),
        eq(risks.committeeId, scope.committeeId),
        eq(risks.year, scope.year),
        eq(risks.id, riskId),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export function listRisks(db: Executor, scope: YearScope) {
  return db
    .select()
    .from(risks)
    .where(
      and(
        eq(risks.municipalityId, scope.municipalityId),
        eq(risks.committeeId, scope.committeeId),
        eq(risks.year, scope.year),
      ),
    )
    .orderBy(asc(risks.sortOrder), asc(risks.key));
}

/** A control activity with its risk, only when that risk is in the committee's year. */
export async function findControl(db: Executor, scope: YearScope, controlId: string, forUpdate = false) {
  const query = db
    .select({ control: controlActivities, risk: risks })
    .from(controlActivities)
    .innerJoin(
      risks,
      and(eq(risks.municipalityId, controlActivities.municipalityId), eq(risks.id, controlActivities.riskId)),
    )
    .where(
      and(
        eq(controlActivities.municipalityId, scope.municipalityId),
        eq(controlActivities.id, controlId),
        eq(risks.committeeId, scope.committeeId),
        eq(risks.year, scope.year),
      ),
    );
  const [row] = forUpdate ? await query.for('update', { of: controlActivities }) : await query;
  return row;
}

export async function findControlResult(db: Executor, municipalityId: string, controlId: string) {
  const [row] = await db
    .select()
    .from(controlResults)
    .where(and(eq(controlResults.municipalityId, municipalityId), eq(controlResults.activityId, controlId)))
    .for('update');
  return row;
}

/** The year's control activities with their results, in the order of their risks. */
export async function listControls(db: Executor, municipalityId: string, riskIds: string[]) {
  if (riskIds.length === 0) return [];
  return db
    .select({ control: controlActivities, result: controlResults })
    .from(controlActivities)
    .leftJoin(
      controlResults,
      and(
        eq(controlResults.municipalityId, controlActivities.municipalityId),
        eq(controlResults.activityId, controlActivities.id),
      ),
    )
    .where(
      and(eq(controlActivities.municipalityId, municipalityId), inArray(controlActivities.riskId, riskIds)),
    )
    .orderBy(asc(controlActivities.sortOrder), asc(controlActivities.key));
}

/** The committee's organisation nodes by id, to name a risk's origin and where it has been raised to. */
export async function nodesById(db: Executor, municipalityId: string) {
  const rows = await db
    .select({ id: orgNodes.id, name: orgNodes.name, kind: orgNodes.kind, parentId: orgNodes.parentId })
    .from(orgNodes)
    .where(eq(orgNodes.municipalityId, municipalityId));
  return new Map(rows.map((row) => [row.id, row]));
}
export type NodeIndex = Awaited<ReturnType<typeof nodesById>>;
