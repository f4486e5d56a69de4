import type { goalTextSchema, UpdateGoal } from '@styr/shared/contracts/plan';
import { goalPlaceProblem } from '@styr/shared/domain/plan-structure';
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
  kind: row.kind,
  title: row.title,
  focus: row.focus,
  planText: row.planText,
  parentGoalId: row.parentGoalId,
  goalAreaId: row.goalAreaId,
  version: row.version,
});

/**
 * A new parent must be another goal of the year not beneath this one, of the goal's level or a higher one; a
 * new kind must fit the parent and the goals beneath; a new area must be one of the year's.
 */
async function assertPlace(tx: Tx, scope: YearScope, stored: typeof goals.$inferSelect, patch: UpdateGoal) {
  if (patch.parentGoalId !== undefined || patch.kind !== undefined) {
    const year = await goalsInYear(tx, scope);
    const problem = goalPlaceProblem(
      year.map((goal) => ({ id: goal.id, parent: goal.parentGoalId, kind: goal.kind, title: goal.title })),
      {
        id: stored.id,
        kind: patch.kind ?? stored.kind,
        parent: patch.parentGoalId === undefined ? stored.parentGoalId : patch.parentGoalId,
      },
    );
    if (problem)
      throw new AppError('VALIDATION', problem.message, {
        details: [{ path: `body.${problem.field}`, message: problem.message }],
      });
  }
  if (patch.goalAreaId) {
    const areas = await goalAreasInYear(tx, scope);
    const message = 'Målområdet finns inte i årets plan';
    if (!areas.some((area) => area.id === patch.goalAreaId))
      throw new AppError('VALIDATION', message, { details: [{ path: 'body.goalAreaId', message }] });
  }
}

/** A goal's kind, title, focus, plan text and place (parent goal, goal area) belong to the plan: editable until adoption. */
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
    await assertPlace(tx, scope, stored, patch);
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
