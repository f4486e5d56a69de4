import type { goalTextSchema, UpdateGoal } from '@styr/shared/contracts/plan';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { goals } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import { assertVersion, definedFields } from '../../versioning.ts';
import { recordUpdate } from '../audit/index.ts';
import { assertMayWrite, type YearScope } from '../authority/index.ts';
import { findGoal } from './plan.queries.ts';

type GoalText = z.infer<typeof goalTextSchema>;
const present = ({ id, title, focus, planText, version }: typeof goals.$inferSelect): GoalText => ({
  id,
  title,
  focus,
  planText,
  version,
});

/** A goal's title, focus and plan text belong to the plan: editable until the plan is adopted. */
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
