import type {
  GoalArea,
  GoalAreaInput,
  Order,
  Ordered,
  Removal,
  UpdateGoalArea,
} from '@styr/shared/contracts/plan-structure';
import { keyFromTitle } from '@styr/shared/domain/plan-structure';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/executor.ts';
import { assignmentYears, goalAreas, goals } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertVersion } from '../../versioning.ts';
import { recordAudit, recordUpdate } from '../audit/index.ts';
import { assertMayWrite, type YearScope } from '../authority/index.ts';
import { goalAreasInYear } from './plan.queries.ts';
import { applyOrder } from './plan-order.ts';
import { noRemoval } from './plan-structure.queries.ts';

/** Goal areas are part of the plan: written by those who edit the committee, frozen on its adoption. */
const planTarget = { document: 'plan', permission: 'content.edit' } as const;

type AreaRow = typeof goalAreas.$inferSelect;
export const presentGoalArea = (row: AreaRow): GoalArea => ({
  id: row.id,
  key: row.key,
  name: row.name,
  description: row.description,
  responsible: row.responsible,
  processLead: row.processLead,
  programmes: row.programmes,
  version: row.version,
});

async function lockGoalArea(tx: Tx, scope: YearScope, goalAreaId: string, version: number) {
  const [stored] = await tx
    .select()
    .from(goalAreas)
    .where(
      and(
        eq(goalAreas.municipalityId, scope.municipalityId),
        eq(goalAreas.committeeId, scope.committeeId),
        eq(goalAreas.year, scope.year),
        eq(goalAreas.id, goalAreaId),
      ),
    )
    .for('update');
  if (!stored) throw notFound('Målområdet');
  assertVersion(stored, version, presentGoalArea);
  return stored;
}

export async function createGoalArea(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  input: GoalAreaInput,
): Promise<GoalArea> {
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, ...planTarget });
    const year = await goalAreasInYear(tx, scope);
    const id = crypto.randomUUID();
    const now = deps.clock.now();
    const [row] = await tx
      .insert(goalAreas)
      .values({
        ...scope,
        ...input,
        id,
        key: keyFromTitle(input.name, new Set(year.map((area) => area.key)), 'malomrade'),
        sortOrder: Math.max(-1, ...year.map((area) => area.sortOrder)) + 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Målområdet kunde inte sparas.');
    const created = presentGoalArea(row);
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'create',
      entityType: 'goal_area',
      entityId: id,
      committeeId: scope.committeeId,
      before: null,
      after: created,
    });
    return created;
  });
}

export async function updateGoalArea(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  goalAreaId: string,
  input: UpdateGoalArea,
): Promise<GoalArea> {
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, ...planTarget });
    const stored = await lockGoalArea(tx, scope, goalAreaId, input.version);
    const { version: _version, ...fields } = input;
    const now = deps.clock.now();
    const [row] = await tx
      .update(goalAreas)
      .set({ ...fields, version: stored.version + 1, updatedAt: now })
      .where(and(eq(goalAreas.municipalityId, scope.municipalityId), eq(goalAreas.id, goalAreaId)))
      .returning();
    if (!row) throw notFound('Målområdet');
    const after = presentGoalArea(row);
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'goal_area',
      entityId: goalAreaId,
      committeeId: scope.committeeId,
      before: presentGoalArea(stored),
      after,
    });
    return after;
  });
}

const countWhere = async (
  db: Executor,
  table: typeof goals | typeof assignmentYears,
  where: ReturnType<typeof and>,
) => {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(table).where(where);
  return row?.count ?? 0;
};

/** What removing a goal area takes with it: nothing; its goals and assignments stay, without an area. */
export async function goalAreaRemoval(db: Executor, scope: YearScope, goalAreaId: string): Promise<Removal> {
  const areas = await goalAreasInYear(db, scope);
  if (!areas.some((area) => area.id === goalAreaId)) throw notFound('Målområdet');
  return {
    ...noRemoval,
    goalsLeftWithoutArea: await countWhere(
      db,
      goals,
      and(eq(goals.municipalityId, scope.municipalityId), eq(goals.goalAreaId, goalAreaId)),
    ),
    assignmentsLeftWithoutArea: await countWhere(
      db,
      assignmentYears,
      and(
        eq(assignmentYears.municipalityId, scope.municipalityId),
        eq(assignmentYears.goalAreaId, goalAreaId),
      ),
    ),
  };
}

/** Removes a goal area; its goals and the assignments handled under it stay in the plan without one. */
export async function deleteGoalArea(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  goalAreaId: string,
  version: number,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, ...planTarget });
    const stored = await lockGoalArea(tx, scope, goalAreaId, version);
    const now = deps.clock.now();
    const left = await tx
      .update(goals)
      .set({ goalAreaId: null, version: sql`${goals.version} + 1`, updatedAt: now })
      .where(and(eq(goals.municipalityId, scope.municipalityId), eq(goals.goalAreaId, goalAreaId)))
      .returning({ id: goals.id });
    await tx
      .update(assignmentYears)
      .set({ goalAreaId: null, version: sql`${assignmentYears.version} + 1` })
      .where(
        and(
          eq(assignmentYears.municipalityId, scope.municipalityId),
          eq(assignmentYears.goalAreaId, goalAreaId),
        ),
      );
    await tx
      .delete(goalAreas)
      .where(and(eq(goalAreas.municipalityId, scope.municipalityId), eq(goalAreas.id, goalAreaId)));
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'delete',
      entityType: 'goal_area',
      entityId: goalAreaId,
      committeeId: scope.committeeId,
      before: { ...presentGoalArea(stored), goalsLeftWithoutArea: left.map((goal) => goal.id) },
      after: null,
    });
  });
}

export async function orderGoalAreas(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  order: Order,
): Promise<Ordered> {
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, ...planTarget });
    const rows = await goalAreasInYear(tx, scope).for('update');
    const context = { actor, at: deps.clock.now(), committeeId: scope.committeeId, entityType: 'goal_area' };
    return applyOrder(tx, context, rows, order, async (id, sortOrder, version) => {
      await tx
        .update(goalAreas)
        .set({ sortOrder, version, updatedAt: context.at })
        .where(and(eq(goalAreas.municipalityId, scope.municipalityId), eq(goalAreas.id, id)));
    });
  });
}
