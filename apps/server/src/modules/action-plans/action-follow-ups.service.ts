import type { ActionPlan, SetActionFollowUps } from '@styr/shared/contracts/action-plans';
import type { Problem } from '@styr/shared/domain/problem';
import { and, eq } from 'drizzle-orm';
import { actionFollowUps, actionPlans } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { recordUpdate } from '../audit/index.ts';
import { assertMayWrite, type YearScope } from '../authority/index.ts';
import { followUpOrder, listFollowUps } from './action-plans.queries.ts';
import { actionKeys, assertNoProblems, lockActionPlan, presentStoredPlan } from './action-plans.service.ts';

/**
 * The yearly follow-up of a plan's actions at one follow-up point: the point's entries are replaced by the
 * given ones. They belong to that follow-up's document, so they can be written after the plan is adopted and
 * are frozen when the follow-up is. The plan's version moves, so an editor holding the plan sees the change.
 */
export async function setActionFollowUps(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  id: string,
  followUp: string,
  input: SetActionFollowUps,
): Promise<ActionPlan> {
  return deps.db.transaction(async (tx) => {
    const stored = await lockActionPlan(tx, scope, id, input.version);
    if (!(await followUpOrder(tx, scope.municipalityId)).includes(followUp)) throw notFound('Uppföljningen');
    await assertMayWrite(tx, actor, { ...scope, document: followUp, permission: 'content.edit' });
    const actions = actionKeys(stored);
    const seen = new Set<string>();
    const problems: Problem[] = [];
    input.entries.forEach((entry, index) => {
      const path = `body.entries[${index}].action`;
      if (!actions.has(entry.action))
        problems.push({ path, message: `Insatsen ”${entry.action}” finns inte i handlingsplanen` });
      else if (seen.has(entry.action))
        problems.push({ path, message: `Insatsen ”${entry.action}” förekommer mer än en gång` });
      seen.add(entry.action);
    });
    assertNoProblems(problems);

    const atPoint = (
      entries: { followUp: string; actionKey: string; status: string; comment: string | null }[],
    ) =>
      entries
        .filter((entry) => entry.followUp === followUp)
        .map(({ actionKey, status, comment }) => ({ action: actionKey, status, comment }));
    const before = atPoint(await listFollowUps(tx, scope.municipalityId, [id]));
    await tx
      .delete(actionFollowUps)
      .where(
        and(
          eq(actionFollowUps.municipalityId, scope.municipalityId),
          eq(actionFollowUps.actionPlanId, id),
          eq(actionFollowUps.followUp, followUp),
        ),
      );
    const rows = input.entries.map((entry) => ({
      municipalityId: scope.municipalityId,
      actionPlanId: id,
      actionKey: entry.action,
      followUp,
      status: entry.status,
      comment: entry.comment?.trim() || null,
    }));
    if (rows.length > 0) await tx.insert(actionFollowUps).values(rows);
    const now = deps.clock.now();
    const [row] = await tx
      .update(actionPlans)
      .set({ version: stored.version + 1, updatedAt: now })
      .where(and(eq(actionPlans.municipalityId, scope.municipalityId), eq(actionPlans.id, id)))
      .returning();
    if (!row) throw notFound('Handlingsplanen');
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'action_follow_up',
      entityId: `${id}:${followUp}`,
      committeeId: scope.committeeId,
      before: { entries: before },
      after: {
        entries: rows.map(({ actionKey, status, comment }) => ({ action: actionKey, status, comment })),
      },
    });
    return presentStoredPlan(tx, row);
  });
}
