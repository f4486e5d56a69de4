import { formatAmount } from '../format/number.ts';
import type { Problem } from './problem.ts';

/**
 * Kommunbidrag: the committee's grant as budgeted per department, and the adjustments that move it
 * between departments month by month. Moving money nets to zero; a month whose adjustments add
 * money must be explained by a new decision of that amount (a tilläggsbeslut).
 */
export interface GrantAdjustment {
  month: number;
  department: string;
  amount: bigint;
}

export interface GrantRound {
  month: number;
  reason: string;
  /** The amount a new decision adds in the month; null when the month only moves money. */
  decisionAmount: bigint | null;
}

export interface GrantRow {
  department: string;
  budget: bigint;
  byMonth: Map<number, bigint>;
  total: bigint;
}

export interface GrantTable {
  months: number[];
  rows: GrantRow[];
  budgetTotal: bigint;
  monthTotals: Map<number, bigint>;
  total: bigint;
}

export const monthNames = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export const monthName = (month: number) => monthNames[month - 1] ?? String(month);

/** Budget, adjustments per month and sums, per department in the order given and in total. */
export function grantTable(
  departments: readonly { key: string; budget: bigint }[],
  adjustments: readonly GrantAdjustment[],
): GrantTable {
  const months = [...new Set(adjustments.map((adjustment) => adjustment.month))].sort((a, b) => a - b);
  const monthTotals = new Map(months.map((month) => [month, 0n]));
  const rows = departments.map(({ key, budget }) => {
    const byMonth = new Map<number, bigint>();
    for (const adjustment of adjustments) {
      if (adjustment.department !== key) continue;
      byMonth.set(adjustment.month, (byMonth.get(adjustment.month) ?? 0n) + adjustment.amount);
      monthTotals.set(adjustment.month, (monthTotals.get(adjustment.month) ?? 0n) + adjustment.amount);
    }
    const total = [...byMonth.values()].reduce((sum, amount) => sum + amount, budget);
    return { department: key, budget, byMonth, total };
  });
  const budgetTotal = rows.reduce((sum, row) => sum + row.budget, 0n);
  const total = rows.reduce((sum, row) => sum + row.total, 0n);
  return { months, rows, budgetTotal, monthTotals, total };
}

const tkr = (ore: bigint) => formatAmount(ore, { unit: 'tkr', withUnit: true });

/**
 * Every month with adjustments needs its reason, and its adjustments must balance (sum to zero)
 * unless a new decision adds exactly their sum. `path` names the list of rounds.
 */
export function grantRoundProblems(
  adjustments: readonly GrantAdjustment[],
  rounds: readonly GrantRound[],
  path: string,
): Problem[] {
  const problems: Problem[] = [];
  const sums = new Map<number, bigint>();
  for (const adjustment of adjustments)
    sums.set(adjustment.month, (sums.get(adjustment.month) ?? 0n) + adjustment.amount);
  for (const [month, sum] of [...sums].sort(([a], [b]) => a - b)) {
    const index = rounds.findIndex((round) => round.month === month);
    const round = rounds[index];
    if (!round) {
      problems.push({ path, message: `Justeringarna i ${monthName(month)} saknar förklaring` });
      continue;
    }
    const decided = round.decisionAmount ?? 0n;
    if (sum === decided) continue;
    problems.push({
      path: `${path}[${index}]`,
      message:
        round.decisionAmount === null
          ? `Justeringarna i ${monthName(month)} går inte jämnt ut (${tkr(sum)}) och inget nytt beslut förklarar skillnaden`
          : `Justeringarna i ${monthName(month)} summerar till ${tkr(sum)} men beslutet gäller ${tkr(decided)}`,
    });
  }
  return problems;
}
