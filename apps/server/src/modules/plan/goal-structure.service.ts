import type {
  AdaptGoal,
  GoalInput,
  GoalPlace,
  Order,
  Ordered,
  Removal,
} from '@styr/shared/contracts/plan-structure';
import { descendantsOf, goalPlaceProblem, keyFromTitle } from '@styr/shared/domain/plan-structure';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/executor.ts';
import { followUpParts, goals } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertVersion } from '../../versioning.ts';
import { recordAudit } from '../audit/index.ts';
import { assertMayWrite, type YearScope } from '../authority/index.ts';
import { findGoal, goalAreasInYear, goalsInYear } from './plan.queries.ts';
import { applyOrder } from './plan-order.ts';
import { heldByGoals } from './plan-structure.queries.ts';

/** Goals are part of the plan: written by those who edit the committee, frozen on its adoption. */
const planTarget = { document: 'plan', permission: 'content.edit' } as const;

type GoalRow = typeof goals.$inferSelect;
export const presentGoalPlace = (row: GoalRow): GoalPlace => ({
  id: row.id,
  key: row.key,
  kind: row.kind,
  title: row.title,
  goalAreaId: row.goalAreaId,
  parentGoalId: row.parentGoalId,
  focus: row.focus,
  version: row.version,
});

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', message, { details: [{ path: `body.${field}`, message }] });

/** Inserts a goal after the year's last one, once its area and place are checked against the year's plan. */
async function insertGoal(deps: Deps, tx: Tx, actor: Actor, scope: YearScope, input: GoalInput) {
  const year = await goalsInYear(tx, scope);
  if (input.goalAreaId && !(await goalAreasInYear(tx, scope)).some((area) => area.id === input.goalAreaId))
    throw invalid('goalAreaId', 'Målområdet finns inte i årets plan');
  const id = crypto.randomUUID();
  const problem = goalPlaceProblem(
    year.map((goal) => ({ id: goal.id, parent: goal.parentGoalId, kind: goal.kind, title: goal.title })),
    { id, kind: input.kind, parent: input.parentGoalId },
  );
  if (problem) throw invalid(problem.field, problem.message);
  const now = deps.clock.now();
  const [row] = await tx
    .insert(goals)
    .values({
      ...scope,
      ...input,
      id,
      key: keyFromTitle(input.title, new Set(year.map((goal) => goal.key)), 'mal'),
      sortOrder: Math.max(-1, ...year.map((goal) => goal.sortOrder)) + 1,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new AppError('INTERNAL', 'Målet kunde inte sparas.');
  const created = presentGoalPlace(row);
  await recordAudit(tx, {
    actor,
    at: now,
    action: 'create',
    entityType: 'goal',
    entityId: id,
    committeeId: scope.committeeId,
    before: null,
    after: created,
  });
  return created;
}

export function createGoal(deps: Deps, actor: Actor, scope: YearScope, input: GoalInput): Promise<GoalPlace> {
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, ...planTarget });
    return insertGoal(deps, tx, actor, scope, input);
  });
}

/** A goal adapted to another goal area: its kind, title and parent with the area's own focus. */
export function adaptGoal(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  goalId: string,
  input: AdaptGoal,
): Promise<GoalPlace> {
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, ...planTarget });
    const source = await findGoal(tx, scope, goalId);
    if (!source) throw notFound('Målet');
    if (source.goalAreaId === input.goalAreaId)
      throw invalid('goalAreaId', 'Målet finns redan i det målområdet; välj ett annat');
    return insertGoal(deps, tx, actor, scope, {
      kind: source.kind,
      title: source.title,
      parentGoalId: source.parentGoalId,
      goalAreaId: input.goalAreaId,
      focus: input.focus,
    });
  });
}

/** The goal and every goal beneath it, which are removed together. */
async function goalWithDescendants(db: Executor, scope: YearScope, goalId: string) {
  const year = await goalsInYear(db, scope);
  if (!year.some((goal) => goal.id === goalId)) throw notFound('Målet');
  const links = year.map((goal) => ({ id: goal.id, parent: goal.parentGoalId }));
  return [goalId, ...descendantsOf(links, goalId)];
}

export async function goalRemoval(db: Executor, scope: YearScope, goalId: string): Promise<Removal> {
  const ids = await goalWithDescendants(db, scope, goalId);
  return (await heldByGoals(db, scope.municipalityId, ids)).counts;
}

/**
 * Removes a goal with the goals beneath it and what they hold: activities, assessments, links to indicators
 * and assignments, and the follow-up parts handed out for them. An adopted follow-up keeps its assessments.
 */
export async function deleteGoal(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  goalId: string,
  version: number,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, ...planTarget });
    const stored = await findGoal(tx, scope, goalId, true);
    if (!stored) throw notFound('Målet');
    assertVersion(stored, version, presentGoalPlace);
    const ids = await goalWithDescendants(tx, scope, goalId);
    const held = await heldByGoals(tx, scope.municipalityId, ids);
    for (const document of held.assessedIn)
      await assertMayWrite(tx, actor, { ...scope, document, permission: 'content.edit' });
    await tx
      .delete(followUpParts)
      .where(
        and(
          eq(followUpParts.municipalityId, scope.municipalityId),
          eq(followUpParts.kind, 'goal'),
          inArray(followUpParts.objectId, ids),
        ),
      );
    // One statement, so the parent links among the removed goals are checked only once they are all gone.
    await tx.delete(goals).where(and(eq(goals.municipalityId, scope.municipalityId), inArray(goals.id, ids)));
    await recordAudit(tx, {
      actor,
      at: deps.clock.now(),
      action: 'delete',
      entityType: 'goal',
      entityId: goalId,
      committeeId: scope.committeeId,
      before: { ...presentGoalPlace(stored), removedWithIt: { ...held.counts, goalIds: ids.slice(1) } },
      after: null,
    });
  });
}

export function orderGoals(deps: Deps, actor: Actor, scope: YearScope, order: Order): Promise<Ordered> {
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, ...planTarget });
    const rows = await goalsInYear(tx, scope).for('update');
    const context = { actor, at: deps.clock.now(), committeeId: scope.committeeId, entityType: 'goal' };
    return applyOrder(tx, context, rows, order, async (id, sortOrder, version) => {
      await tx
        .update(goals)
        .set({ sortOrder, version, updatedAt: context.at })
        .where(and(eq(goals.municipalityId, scope.municipalityId), eq(goals.id, id)));
    });
  });
}
