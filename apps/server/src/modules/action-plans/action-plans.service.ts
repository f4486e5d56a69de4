import type { ActionPlan, ActionPlanInput, UpdateActionPlan } from '@styr/shared/contracts/action-plans';
import { actionsOf } from '@styr/shared/domain/action-plans';
import { and, eq, inArray, max } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/executor.ts';
import { actionFollowUps, actionPlans } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertVersion } from '../../versioning.ts';
import { recordAudit, recordUpdate } from '../audit/index.ts';
import { assertMayWrite, type YearScope } from '../authority/index.ts';
import { actionPlanInputProblems, storedActionPlan } from './action-plan-shape.ts';
import { auditedActionPlan, presentActionPlan } from './action-plans.presenter.ts';
import {
  type ActionPlanRow,
  findActionPlan,
  followUpOrder,
  listActionPlanRows,
  listFollowUps,
} from './action-plans.queries.ts';

/** A plan is part of the year's verksamhetsplan: written by those who edit the committee, frozen on its adoption. */
const planTarget = { document: 'plan', permission: 'content.edit' } as const;

/** The year's plans as the API shows them. */
export async function readActionPlans(db: Executor, scope: YearScope): Promise<ActionPlan[]> {
  const rows = await listActionPlanRows(db, scope);
  const followUps = await listFollowUps(
    db,
    scope.municipalityId,
    rows.map((row) => row.id),
  );
  const order = await followUpOrder(db, scope.municipalityId);
  return rows.map((row) => presentActionPlan(row, followUps, order));
}

export async function presentStoredPlan(tx: Executor, row: ActionPlanRow): Promise<ActionPlan> {
  const followUps = await listFollowUps(tx, row.municipalityId, [row.id]);
  return presentActionPlan(row, followUps, await followUpOrder(tx, row.municipalityId));
}

export function assertNoProblems(problems: { path: string; message: string }[]): void {
  if (problems.length > 0)
    throw new AppError(
      'VALIDATION',
      problems.map((problem) => `${problem.path}: ${problem.message}`).join(' '),
      {
        details: problems,
      },
    );
}

/** Loads a plan for a change and checks the version the change was based on. */
export async function lockActionPlan(tx: Tx, scope: YearScope, id: string, version: number) {
  const stored = await findActionPlan(tx, scope, id, true);
  if (!stored) throw notFound('Handlingsplanen');
  const present = await presentStoredPlan(tx, stored);
  assertVersion(stored, version, () => present);
  return stored;
}

/**
 * Removes the follow-ups of actions a change takes away; each is part of its follow-up's document, so one
 * that is adopted keeps the action in the plan.
 */
async function dropFollowUps(tx: Tx, actor: Actor, scope: YearScope, plan: ActionPlanRow, keep: Set<string>) {
  const gone = (await listFollowUps(tx, scope.municipalityId, [plan.id])).filter(
    (entry) => !keep.has(entry.actionKey),
  );
  for (const followUp of new Set(gone.map((entry) => entry.followUp)))
    await assertMayWrite(tx, actor, { ...scope, document: followUp, permission: 'content.edit' });
  const keys = [...new Set(gone.map((entry) => entry.actionKey))];
  if (keys.length > 0)
    await tx
      .delete(actionFollowUps)
      .where(
        and(
          eq(actionFollowUps.municipalityId, scope.municipalityId),
          eq(actionFollowUps.actionPlanId, plan.id),
          inArray(actionFollowUps.actionKey, keys),
        ),
      );
}

/** The keys of a plan's actions, which its follow-ups name. */
export const actionKeys = (plan: Pick<ActionPlanRow, 'focusAreas'>) =>
  new Set(actionsOf(plan).map((action) => action.key));

export async function createActionPlan(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  input: ActionPlanInput,
): Promise<ActionPlan> {
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, { ...scope, ...planTarget });
    assertNoProblems(actionPlanInputProblems(input, 'body', await followUpOrder(tx, scope.municipalityId)));
    const [last] = await tx
      .select({ sortOrder: max(actionPlans.sortOrder) })
      .from(actionPlans)
      .where(
        and(
          eq(actionPlans.municipalityId, scope.municipalityId),
          eq(actionPlans.committeeId, scope.committeeId),
          eq(actionPlans.year, scope.year),
        ),
      );
    const id = crypto.randomUUID();
    const now = deps.clock.now();
    const [row] = await tx
      .insert(actionPlans)
      .values({
        ...scope,
        id,
        key: `handlingsplan-${id.slice(0, 8)}`,
        ...storedActionPlan(input),
        sortOrder: (last?.sortOrder ?? -1) + 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Handlingsplanen kunde inte sparas.');
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'create',
      entityType: 'action_plan',
      entityId: id,
      committeeId: scope.committeeId,
      before: null,
      after: auditedActionPlan(row),
    });
    return presentStoredPlan(tx, row);
  });
}

export async function updateActionPlan(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  id: string,
  input: UpdateActionPlan,
): Promise<ActionPlan> {
  return deps.db.transaction(async (tx) => {
    const stored = await lockActionPlan(tx, scope, id, input.version);
    await assertMayWrite(tx, actor, { ...scope, ...planTarget });
    const { version: _version, ...plan } = input;
    assertNoProblems(actionPlanInputProblems(plan, 'body', await followUpOrder(tx, scope.municipalityId)));
    const fields = storedActionPlan(plan);
    await dropFollowUps(tx, actor, scope, stored, actionKeys(fields));
    const now = deps.clock.now();
    const [row] = await tx
      .update(actionPlans)
      .set({ ...fields, version: stored.version + 1, updatedAt: now })
      .where(and(eq(actionPlans.municipalityId, scope.municipalityId), eq(actionPlans.id, id)))
      .returning();
    if (!row) throw notFound('Handlingsplanen');
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'action_plan',
      entityId: id,
      committeeId: scope.committeeId,
      before: auditedActionPlan(stored),
      after: auditedActionPlan(row),
    });
    return presentStoredPlan(tx, row);
  });
}

export async function deleteActionPlan(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  id: string,
  version: number,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const stored = await lockActionPlan(tx, scope, id, version);
    await assertMayWrite(tx, actor, { ...scope, ...planTarget });
    await dropFollowUps(tx, actor, scope, stored, new Set());
    await tx
      .delete(actionPlans)
      .where(and(eq(actionPlans.municipalityId, scope.municipalityId), eq(actionPlans.id, id)));
    await recordAudit(tx, {
      actor,
      at: deps.clock.now(),
      action: 'delete',
      entityType: 'action_plan',
      entityId: id,
      committeeId: scope.committeeId,
      before: auditedActionPlan(stored),
      after: null,
    });
  });
}
