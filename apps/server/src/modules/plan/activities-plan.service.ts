import type { Activity } from '@styr/shared/contracts/plan';
import type {
  ActivityInput,
  Order,
  Ordered,
  UpdateActivityPlan,
} from '@styr/shared/contracts/plan-structure';
import { keyFromTitle } from '@styr/shared/domain/plan-structure';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/executor.ts';
import { activities } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertVersion } from '../../versioning.ts';
import { recordAudit, recordUpdate } from '../audit/index.ts';
import { assertMayWrite, type YearScope } from '../authority/index.ts';
import { findNodePath } from '../org/index.ts';
import { findActivity, findGoal } from './plan.queries.ts';
import { applyOrder } from './plan-order.ts';

/** An activity's title, owner and due date are the plan's: written by the committee, frozen on its adoption. */
const planTarget = { document: 'plan', permission: 'content.edit' } as const;

type ActivityRow = typeof activities.$inferSelect;
const present = (row: ActivityRow): Activity => ({
  id: row.id,
  title: row.title,
  ownerNodeId: row.ownerNodeId,
  due: row.due,
  status: row.status,
  version: row.version,
});

const activitiesOf = (db: Executor, municipalityId: string, goalId: string) =>
  db
    .select()
    .from(activities)
    .where(and(eq(activities.municipalityId, municipalityId), eq(activities.goalId, goalId)))
    .orderBy(asc(activities.sortOrder), asc(activities.key));

/** The goal must be the year's, and an owner a unit beneath the committee. */
async function assertGoalAndOwner(tx: Tx, scope: YearScope, goalId: string, ownerNodeId: string | null) {
  if (!(await findGoal(tx, scope, goalId))) throw notFound('Målet');
  if (ownerNodeId === null) return;
  const path = await findNodePath(tx, scope.municipalityId, ownerNodeId, scope.committeeId);
  if (path[0] !== scope.committeeId) {
    const message = 'Den ansvariga enheten finns inte under nämnden';
    throw new AppError('VALIDATION', message, { details: [{ path: 'body.ownerNodeId', message }] });
  }
}

async function lockActivity(tx: Tx, scope: YearScope, goalId: string, activityId: string, version: number) {
  const found = await findActivity(tx, scope, activityId, true);
  if (!found || found.goal.id !== goalId) throw notFound('Aktiviteten');
  assertVersion(found.activity, version, present);
  return found.activity;
}

export function createActivity(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  goalId: string,
  input: ActivityInput,
): Promise<Activity> {
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, ...planTarget });
    await assertGoalAndOwner(tx, scope, goalId, input.ownerNodeId);
    const siblings = await activitiesOf(tx, scope.municipalityId, goalId);
    const id = crypto.randomUUID();
    const now = deps.clock.now();
    const [row] = await tx
      .insert(activities)
      .values({
        municipalityId: scope.municipalityId,
        id,
        goalId,
        ...input,
        key: keyFromTitle(input.title, new Set(siblings.map((entry) => entry.key)), 'aktivitet'),
        sortOrder: Math.max(-1, ...siblings.map((entry) => entry.sortOrder)) + 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Aktiviteten kunde inte sparas.');
    const created = present(row);
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'create',
      entityType: 'activity',
      entityId: id,
      committeeId: scope.committeeId,
      before: null,
      after: { ...created, goalId },
    });
    return created;
  });
}

export function updateActivityPlan(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  ids: { goalId: string; activityId: string },
  input: UpdateActivityPlan,
): Promise<Activity> {
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, ...planTarget });
    const stored = await lockActivity(tx, scope, ids.goalId, ids.activityId, input.version);
    await assertGoalAndOwner(tx, scope, ids.goalId, input.ownerNodeId);
    const { version: _version, ...fields } = input;
    const now = deps.clock.now();
    const [row] = await tx
      .update(activities)
      .set({ ...fields, version: stored.version + 1, updatedAt: now })
      .where(and(eq(activities.municipalityId, scope.municipalityId), eq(activities.id, ids.activityId)))
      .returning();
    if (!row) throw notFound('Aktiviteten');
    const after = present(row);
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'activity',
      entityId: ids.activityId,
      committeeId: scope.committeeId,
      before: present(stored),
      after,
    });
    return after;
  });
}

export async function deleteActivity(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  ids: { goalId: string; activityId: string },
  version: number,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, ...planTarget });
    const stored = await lockActivity(tx, scope, ids.goalId, ids.activityId, version);
    await tx
      .delete(activities)
      .where(and(eq(activities.municipalityId, scope.municipalityId), eq(activities.id, ids.activityId)));
    await recordAudit(tx, {
      actor,
      at: deps.clock.now(),
      action: 'delete',
      entityType: 'activity',
      entityId: ids.activityId,
      committeeId: scope.committeeId,
      before: { ...present(stored), goalId: ids.goalId },
      after: null,
    });
  });
}

export function orderActivities(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  goalId: string,
  order: Order,
): Promise<Ordered> {
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, ...planTarget });
    if (!(await findGoal(tx, scope, goalId))) throw notFound('Målet');
    const rows = await activitiesOf(tx, scope.municipalityId, goalId).for('update');
    const context = { actor, at: deps.clock.now(), committeeId: scope.committeeId, entityType: 'activity' };
    return applyOrder(tx, context, rows, order, async (id, sortOrder, version) => {
      await tx
        .update(activities)
        .set({ sortOrder, version, updatedAt: context.at })
        .where(and(eq(activities.municipalityId, scope.municipalityId), eq(activities.id, id)));
    });
  });
}
