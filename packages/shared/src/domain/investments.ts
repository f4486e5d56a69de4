import { sumOre } from './money.ts';

/** An investment project's figures in öre; a missing figure is null, never zero. */
export interface InvestmentFigures {
  budget: bigint | null;
  actual: bigint | null;
  forecast: bigint | null;
}

/**
 * Budget minus the forecast, or minus the outcome where no forecast is made: positive when the project costs
 * less than budgeted. Missing when the budget or both of the others are.
 */
export function investmentDeviation({ budget, actual, forecast }: InvestmentFigures): bigint | null {
  const expected = forecast ?? actual;
  return budget === null || expected === null ? null : budget - expected;
}

/** The sums of every column, the deviation summed row by row so that it agrees with the rows shown. */
export function investmentTotals(
  rows: readonly InvestmentFigures[],
): InvestmentFigures & { deviation: bigint | null } {
  return {
    budget: sumOre(rows.map((row) => row.budget)),
    actual: sumOre(rows.map((row) => row.actual)),
    forecast: sumOre(rows.map((row) => row.forecast)),
    deviation: sumOre(rows.map(investmentDeviation)),
  };
}
