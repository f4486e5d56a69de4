import { kronorFromOre, oreFromKronor, sumOre } from './money.ts';
import type { Problem } from './problem.ts';

/** How far an action of a handlingsplan has come at a follow-up. */
export const actionFollowUpStatuses = ['notStarted', 'ongoing', 'done'] as const;
export type ActionFollowUpStatus = (typeof actionFollowUpStatuses)[number];
export const actionFollowUpStatusLabels: Record<ActionFollowUpStatus, string> = {
  notStarted: 'Ej påbörjad',
  ongoing: 'Pågående',
  done: 'Genomförd',
};

/** What the sums need of a plan: its funders in order and its budget rows with an amount (kronor) per funder. */
export interface BudgetShape {
  funders: readonly { key: string }[];
  budget: readonly { key: string; amounts: Readonly<Record<string, string | null>> }[];
}

export interface BudgetSums {
  /** Each row's total over its funders, in the rows' order; null when the row has no amount at all. */
  rows: { key: string; total: string | null }[];
  /** Each funder's total over the rows, in the funders' order. */
  funders: { key: string; total: string | null }[];
  total: string | null;
}

/**
 * A handlingsplan's budget summed per row, per funder and in all, in exact öre: a missing amount is not zero,
 * so a row or funder with no amounts has no sum.
 */
export function budgetSums(plan: BudgetShape): BudgetSums {
  const amount = (row: BudgetShape['budget'][number], funder: string) => {
    const value = row.amounts[funder];
    return value === null || value === undefined ? null : oreFromKronor(value);
  };
  const kronor = (ore: bigint | null) => (ore === null ? null : kronorFromOre(ore));
  const rowTotals = plan.budget.map((row) => sumOre(plan.funders.map((funder) => amount(row, funder.key))));
  const funderTotals = plan.funders.map((funder) =>
    sumOre(plan.budget.map((row) => amount(row, funder.key))),
  );
  return {
    rows: plan.budget.map((row, index) => ({ key: row.key, total: kronor(rowTotals[index] ?? null) })),
    funders: plan.funders.map((funder, index) => ({
      key: funder.key,
      total: kronor(funderTotals[index] ?? null),
    })),
    total: kronor(sumOre(rowTotals)),
  };
}

/** What the structural check needs of a plan, as the API and the open format both carry it. */
export interface PlanShape extends BudgetShape {
  periodFrom?: string | null;
  periodTo?: string | null;
  focusAreas: readonly {
    key: string;
    strategies: readonly {
      key: string;
      actions: readonly { key: string; followUps?: readonly { followUp: string }[] }[];
    }[];
  }[];
}

function uniqueKeys(list: readonly { key: string }[], path: string, name: string, seen = new Set<string>()) {
  const problems: Problem[] = [];
  list.forEach((entry, index) => {
    if (seen.has(entry.key))
      problems.push({
        path: `${path}[${index}].key`,
        message: `”${entry.key}” förekommer mer än en gång bland planens ${name}`,
      });
    seen.add(entry.key);
  });
  return problems;
}

/**
 * What the schema alone cannot check in a handlingsplan: keys unique within their kind (strategies and actions
 * across the whole plan, since follow-ups name actions by key), amounts only for the plan's funders, a period
 * that does not end before it starts, and follow-ups only at the municipality's follow-up points, once each.
 */
export function actionPlanProblems(
  plan: PlanShape,
  path: string,
  followUpKeys: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [
    ...uniqueKeys(plan.funders, `${path}.funders`, 'finansiärer'),
    ...uniqueKeys(plan.focusAreas, `${path}.focusAreas`, 'fokusområden'),
    ...uniqueKeys(plan.budget, `${path}.budget`, 'budgetrader'),
  ];
  if (plan.periodFrom && plan.periodTo && plan.periodTo < plan.periodFrom)
    problems.push({ path: `${path}.periodTo`, message: 'Perioden kan inte sluta innan den börjar' });
  const strategies = new Set<string>();
  const actions = new Set<string>();
  plan.focusAreas.forEach((area, a) => {
    const areaPath = `${path}.focusAreas[${a}]`;
    problems.push(...uniqueKeys(area.strategies, `${areaPath}.strategies`, 'strategier', strategies));
    area.strategies.forEach((strategy, s) => {
      const strategyPath = `${areaPath}.strategies[${s}]`;
      problems.push(...uniqueKeys(strategy.actions, `${strategyPath}.actions`, 'insatser', actions));
      strategy.actions.forEach((action, i) => {
        const points = new Set<string>();
        action.followUps?.forEach((entry, f) => {
          const at = `${strategyPath}.actions[${i}].followUps[${f}].followUp`;
          if (!followUpKeys.has(entry.followUp))
            problems.push({ path: at, message: `Uppföljningen ”${entry.followUp}” finns inte i kommunen` });
          else if (points.has(entry.followUp))
            problems.push({
              path: at,
              message: `Uppföljningen ”${entry.followUp}” förekommer mer än en gång`,
            });
          points.add(entry.followUp);
        });
      });
    });
  });
  const funders = new Set(plan.funders.map((funder) => funder.key));
  plan.budget.forEach((row, index) => {
    for (const funder of Object.keys(row.amounts))
      if (!funders.has(funder))
        problems.push({
          path: `${path}.budget[${index}].amounts.${funder}`,
          message: `Finansiären ”${funder}” finns inte bland planens finansiärer`,
        });
  });
  return problems;
}

/** Every action of a plan with where it stands, in the plan's order. */
export function actionsOf<A>(plan: {
  focusAreas: readonly { strategies: readonly { actions: readonly A[] }[] }[];
}): A[] {
  return plan.focusAreas.flatMap((area) => area.strategies.flatMap((strategy) => strategy.actions));
}

/**
 * Whether a plan goes on into `year`, so that starting that year's plan carries it: its period ends in that
 * year or later, or it names no end. A plan that ended the year before stays where it was.
 */
export function continuesInto(plan: { periodTo?: string | null }, year: number): boolean {
  return !plan.periodTo || plan.periodTo >= `${year}-01-01`;
}

/** How many of a plan's actions stand at each status at one follow-up point, and how many have no follow-up there. */
export function followUpCounts(
  plan: {
    focusAreas: readonly {
      strategies: readonly {
        actions: readonly { followUps: readonly { followUp: string; status: ActionFollowUpStatus }[] }[];
      }[];
    }[];
  },
  followUp: string,
): Record<ActionFollowUpStatus | 'missing', number> {
  const counts = { notStarted: 0, ongoing: 0, done: 0, missing: 0 };
  for (const action of actionsOf(plan)) {
    const entry = action.followUps.find((candidate) => candidate.followUp === followUp);
    counts[entry ? entry.status : 'missing'] += 1;
  }
  return counts;
}
