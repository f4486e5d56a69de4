import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import type { Problem } from '@styr/shared/domain/problem';
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import { actionFollowUps, actionPlans } from '../../db/schema/index.ts';
import { actionPlanInputProblems, storedActionPlan } from '../action-plans/index.ts';
import type { YearScope } from '../authority/index.ts';
import { actionPlanId } from './import-ids.ts';

/** What the schema cannot check in the file's handlingsplaner, each with its JSON path. */
export function actionPlanFileProblems(
  document: CommitteeYear,
  followUpKeys: ReadonlySet<string>,
): Problem[] {
  const keys = new Set<string>();
  return document.actionPlans.flatMap((plan, index) => {
    const path = `actionPlans[${index}]`;
    const problems = actionPlanInputProblems(plan, path, followUpKeys);
    if (keys.has(plan.key))
      problems.unshift({ path: `${path}.key`, message: `”${plan.key}” förekommer mer än en gång i listan` });
    keys.add(plan.key);
    return problems;
  });
}

/**
 * The year's handlingsplaner become the file's: plans not in it are removed (with their follow-ups), the
 * others written under their ids, and each plan's follow-ups replaced by the file's. A plan the file rewrites
 * gets a new version, so an editor holding the old one is told.
 */
export async function writeActionPlans(tx: Tx, scope: YearScope, document: CommitteeYear, now: Date) {
  const { municipalityId, committeeId, year } = scope;
  const ids = document.actionPlans.map((plan) => actionPlanId(scope, plan));
  const inYear = and(
    eq(actionPlans.municipalityId, municipalityId),
    eq(actionPlans.committeeId, committeeId),
    eq(actionPlans.year, year),
  );
  // Drizzle reads `not in` an empty list as true, so a file without plans removes them all.
  await tx.delete(actionPlans).where(and(inYear, notInArray(actionPlans.id, ids)));
  if (ids.length === 0) return;
  for (const [sortOrder, plan] of document.actionPlans.entries()) {
    const fields = { key: plan.key, ...storedActionPlan(plan), sortOrder, updatedAt: now };
    await tx
      .insert(actionPlans)
      .values({ municipalityId, committeeId, year, id: ids[sortOrder] as string, ...fields, createdAt: now })
      .onConflictDoUpdate({
        target: [actionPlans.municipalityId, actionPlans.id],
        set: { ...fields, version: sql`${actionPlans.version} + 1` },
      });
  }
  await tx
    .delete(actionFollowUps)
    .where(
      and(eq(actionFollowUps.municipalityId, municipalityId), inArray(actionFollowUps.actionPlanId, ids)),
    );
  const followUps = document.actionPlans.flatMap((plan, index) =>
    plan.focusAreas.flatMap((area) =>
      area.strategies.flatMap((strategy) =>
        strategy.actions.flatMap((action) =>
          action.followUps.map((entry) => ({
            municipalityId,
            actionPlanId: ids[index] as string,
            actionKey: action.key,
            followUp: entry.followUp,
            status: entry.status,
            comment: entry.comment ?? null,
          })),
        ),
      ),
    ),
  );
  if (followUps.length > 0) await tx.insert(actionFollowUps).values(followUps);
}
