import type { ActionPlan } from '@styr/shared/contracts/action-plans';
import { budgetSums } from '@styr/shared/domain/action-plans';
import type { ActionFollowUpRow, ActionPlanRow } from './action-plans.queries.ts';

/**
 * A stored plan as the API and the open format show it: its actions with their follow-ups in the order of the
 * municipality's follow-up points, and the budget's sums per row, per funder and in all.
 */
export function presentActionPlan(
  row: ActionPlanRow,
  followUps: readonly ActionFollowUpRow[],
  pointOrder: readonly string[],
): ActionPlan {
  const rank = (key: string) => {
    const index = pointOrder.indexOf(key);
    return index < 0 ? pointOrder.length : index;
  };
  const followUpsOf = (actionKey: string) =>
    followUps
      .filter((entry) => entry.actionPlanId === row.id && entry.actionKey === actionKey)
      .sort((a, b) => rank(a.followUp) - rank(b.followUp) || a.followUp.localeCompare(b.followUp))
      .map((entry) => ({ followUp: entry.followUp, status: entry.status, comment: entry.comment }));
  return {
    id: row.id,
    key: row.key,
    version: row.version,
    title: row.title,
    partner: row.partner,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    purpose: row.purpose,
    funders: row.funders,
    focusAreas: row.focusAreas.map((area) => ({
      ...area,
      strategies: area.strategies.map((strategy) => ({
        ...strategy,
        actions: strategy.actions.map((action) => ({ ...action, followUps: followUpsOf(action.key) })),
      })),
    })),
    budget: row.budget,
    sums: budgetSums(row),
  };
}

/** What the audit log keeps of a plan: everything written with it, without the computed sums. */
export function auditedActionPlan(row: ActionPlanRow) {
  return {
    key: row.key,
    title: row.title,
    partner: row.partner,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    purpose: row.purpose,
    funders: row.funders,
    focusAreas: row.focusAreas,
    budget: row.budget,
  };
}
