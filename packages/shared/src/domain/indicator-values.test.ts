import { describe, expect, it } from 'vitest';
import {
  formatIndicatorValue,
  seriesYears,
  statusInYear,
  targetText,
  yearTotal,
} from './indicator-values.ts';

const points = [
  { key: 'april', month: 4 },
  { key: 'augusti', month: 8 },
];
const value = (year: number, period: string, amount: number | null, gender: 'T' | 'K' = 'T') => ({
  year,
  period,
  gender,
  value: amount,
  note: null,
  version: 1,
});

describe('an indicator’s outcomes', () => {
  it('takes the whole-year total, else the latest follow-up’s, and never another gender', () => {
    const indicator = {
      values: [
        value(2022, 'april', 1),
        value(2022, 'augusti', 2),
        value(2022, 'year', 3, 'K'),
        value(2021, 'year', 5),
      ],
    };
    expect(yearTotal(indicator, 2022, points)).toMatchObject({ value: 2, period: 'augusti' });
    expect(yearTotal(indicator, 2021, points)).toMatchObject({ value: 5, period: 'year' });
    expect(yearTotal(indicator, 2020, points)).toMatchObject({ value: null, period: null });
  });

  it('shows values and targets as the documents and pages do', () => {
    expect(formatIndicatorValue({ valueKind: 'number', decimals: 2 }, 8.9)).toBe('8,90');
    expect(formatIndicatorValue({ valueKind: 'yesPartlyNo', decimals: 0 }, 0.5)).toBe('Delvis');
    expect(formatIndicatorValue({ valueKind: 'number', decimals: 0 }, null)).toBeNull();
    expect(
      targetText(
        { valueKind: 'number', decimals: 0 },
        { kind: 'relative', relation: 'higher', baseYear: 2021 },
      ),
    ).toBe('Högre än 2021');
    expect(targetText({ valueKind: 'number', decimals: 0 }, null)).toBeNull();
  });

  it('judges a year against its target with the year before, and lists the years with gaps', () => {
    const indicator = {
      valueKind: 'number' as const,
      direction: 'lower' as const,
      decimals: 2,
      values: [value(2021, 'year', 8.93), value(2022, 'year', 9.42), value(2024, 'year', 8.5)],
      targets: [{ year: 2022, target: { kind: 'numeric' as const, value: 8.9 } }],
    };
    expect(statusInYear(indicator, 2022, points)).toBe('notMet');
    expect(seriesYears(indicator)).toEqual([2021, 2022, 2023, 2024]);
  });
});
