import { describe, expect, it } from 'vitest';
import { investmentDeviation, investmentTotals } from './investments.ts';

const project = (budget: number | null, actual: number | null, forecast: number | null) => ({
  budget: budget === null ? null : BigInt(budget),
  actual: actual === null ? null : BigInt(actual),
  forecast: forecast === null ? null : BigInt(forecast),
});

describe('investments', () => {
  it('measures the deviation against the forecast, else the outcome, and leaves it missing without a budget', () => {
    expect(investmentDeviation(project(5000, 1200, 4500))).toBe(500n);
    expect(investmentDeviation(project(5000, 5600, null))).toBe(-600n);
    expect(investmentDeviation(project(null, 5600, 5000))).toBeNull();
    expect(investmentDeviation(project(5000, null, null))).toBeNull();
  });

  it('sums each column, a missing figure counting as absent, not zero', () => {
    expect(
      investmentTotals([project(5000, 1200, 4500), project(2000, 2100, null), project(null, null, null)]),
    ).toEqual({
      budget: 7000n,
      actual: 3300n,
      forecast: 4500n,
      deviation: 400n,
    });
  });
});
