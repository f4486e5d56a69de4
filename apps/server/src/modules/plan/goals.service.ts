import type { goalTextSchema, UpdateGoal } from '@styr/shared/contracts/plan';
import { parentProblem } from '@styr/shared/domain/goal-hierarchy';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/executor.ts';
import { goals } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import { assertVersion, definedFields } from '../../versioning.ts';
import { recordUpdate } from '../audit/index.ts';
import { assertMayWrite, type YearScope } from '../authority/index.ts';
import { findGoal, goalAreasInYear, goalsInYear } from './plan.queries.ts';

type GoalText = z.infer<typeof goalTextSchema>;
const present = (row: typeof goals.$inferSelect): GoalText => ({
  id: row.id,
  title: row.title,
  focus: row.focus,
  planText: row.planText,
  parentGoalId: row.parentGoalId,
  goalAreaId: row.goalAreaId,
  version: row.version,
});

/** A new parent must be another goal of the year not beneath this one; a new area one of the year's. */
async function assertPlace(tx: Tx, scope: YearScope, goalId: string, patch: UpdateGoal) {
  if (patch.parentGoalId !== undefined) {
    const year = await goalsInYear(tx, scope);
    const links = year.map((goal) => ({ id: goal.id, parent: goal.parentGoalId }));
    const problem = parentProblem(links, goalId, patch.parentGoalId);
    if (problem)
      throw new AppError('VALIDATION', problem, {
        details: [{ path: 'body.parentGoalId', message: problem }],
      });
  }
  if (patch.goalAreaId) {
    const areas = await goalAreasInYear(tx, scope);
    const message = 'Målområdet finns inte i årets plan';
    if (!areas.some((area) => area.id === patch.goalAreaId))
      throw new AppError('VALIDATION', message, { details: [{ path: 'body.goalAreaId', message }] });
  }
}

/** A goal's title, focus, plan text and place (parent goal, goal area) belong to the plan: editable until adoption. */
export async function updateGoal(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  goalId: string,
  patch: UpdateGoal,
): Promise<GoalText> {
  return deps.db.transaction(async (tx) => {
    const stored = await findGoal(tx, scope, goalId, true);
    if (!stored) throw notFound('Målet');
    await assertMayWrite(tx, actor, { ...scope, document: 'plan', permission: 'content.edit' });
    assertVersion(stored, patch.version, present);
    await assertPlace(tx, scope, goalId, patch);
    const { version: _version, ...rest } = patch;
    const fields = { ...rest, planText: sanitizeRichText(rest.planText) };
    const now = deps.clock.now();
    const [row] = await tx
      .update(goals)
      .set({ ...definedFields(fields), version: stored.version + 1, updatedAt: now })
      .where(and(eq(goals.municipalityId, scope.municipalityId), eq(goals.id, goalId)))
      .returning();
    if (!row) throw notFound('Målet');
    const after = present(row);
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'goal',
      entityId: goalId,
      committeeId: scope.committeeId,
      before: present(stored),
      after,
    });
    return after;
  });
}
