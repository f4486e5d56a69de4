import { describe, expect, it } from 'vitest';
import type { Target } from '../contracts/indicators.ts';
import { indicatorStatus, roundShown, type StatusInput } from './indicator-status.ts';

const base: StatusInput = {
  valueKind: 'number',
  direction: 'higher',
  decimals: 0,
  value: 10,
  target: { kind: 'numeric', value: 10 },
  previousValue: null,
  valueInYear: () => null,
};
const status = (overrides: Partial<StatusInput>) => indicatorStatus({ ...base, ...overrides });
const numeric = (value: number): Target => ({ kind: 'numeric', value });

describe('indicatorStatus with a numeric target', () => {
  it('judges the reference case: 9,42 tkr against 8,9, lower is better, worse than 8,93 the year before', () => {
    expect(
      status({
        valueKind: 'number',
        direction: 'lower',
        decimals: 2,
        value: 9.42,
        target: numeric(8.9),
        previousValue: 8.93,
      }),
    ).toBe('notMet');
  });

  it('counts reaching the target exactly as met, in both directions', () => {
    expect(status({ direction: 'higher', value: 10, target: numeric(10) })).toBe('met');
    expect(status({ direction: 'lower', value: 10, target: numeric(10) })).toBe('met');
  });

  it('respects the direction', () => {
    expect(status({ direction: 'higher', value: 12, target: numeric(10) })).toBe('met');
    expect(status({ direction: 'lower', value: 12, target: numeric(10) })).toBe('notMet');
    expect(status({ direction: 'lower', value: 8, target: numeric(10) })).toBe('met');
    expect(status({ direction: 'higher', value: 8, target: numeric(10) })).toBe('notMet');
  });

  it('gives partly when the target is missed but the outcome is better than the period before', () => {
    expect(
      status({ direction: 'lower', decimals: 2, value: 8.95, target: numeric(8.9), previousValue: 9.42 }),
    ).toBe('partly');
    expect(status({ direction: 'higher', value: 9, target: numeric(10), previousValue: 8 })).toBe('partly');
    expect(status({ direction: 'higher', value: 9, target: numeric(10), previousValue: 9 })).toBe('notMet');
  });

  it('compares values as they are shown with the indicator’s decimals', () => {
    expect(status({ valueKind: 'share', decimals: 1, value: 79.96, target: numeric(80) })).toBe('met');
    expect(status({ valueKind: 'share', decimals: 2, value: 79.96, target: numeric(80) })).toBe('notMet');
    expect(
      status({ valueKind: 'number', direction: 'lower', decimals: 1, value: 8.94, target: numeric(8.9) }),
    ).toBe('met');
  });

  it('handles negative outcomes and targets', () => {
    expect(status({ valueKind: 'number', decimals: 1, value: -2.1, target: numeric(-2) })).toBe('notMet');
    expect(status({ valueKind: 'number', decimals: 1, value: -1.9, target: numeric(-2) })).toBe('met');
  });
});

describe('indicatorStatus with missing parts', () => {
  it('keeps a missing outcome apart from zero', () => {
    expect(status({ value: null, target: numeric(0) })).toBe('noValue');
    expect(status({ value: 0, target: numeric(0) })).toBe('met');
  });

  it('says the target is missing before anything else', () => {
    expect(status({ value: null, target: null })).toBe('noTarget');
    expect(status({ value: 5, target: null })).toBe('noTarget');
  });

  it('ignores a missing previous value when telling partly', () => {
    expect(status({ value: 9, target: numeric(10), previousValue: null })).toBe('notMet');
  });
});

describe('indicatorStatus with a relative target', () => {
  const outcomes: Record<number, number | null> = { 2021: 100, 2020: null };
  const valueInYear = (year: number) => outcomes[year] ?? null;
  const higherThan2021: Target = { kind: 'relative', relation: 'higher', baseYear: 2021 };

  it('is met only when the outcome passes the base year', () => {
    expect(status({ value: 101, target: higherThan2021, valueInYear })).toBe('met');
    expect(status({ value: 100, target: higherThan2021, valueInYear })).toBe('notMet');
    expect(status({ value: 99, target: higherThan2021, valueInYear })).toBe('notMet');
  });

  it('uses the relation of the target, not the direction of the indicator', () => {
    const lowerThan2021: Target = { kind: 'relative', relation: 'lower', baseYear: 2021 };
    expect(status({ direction: 'higher', value: 90, target: lowerThan2021, valueInYear })).toBe('met');
  });

  it('has no target to judge against when the base year has no outcome', () => {
    expect(
      status({ value: 101, target: { kind: 'relative', relation: 'higher', baseYear: 2020 }, valueInYear }),
    ).toBe('noTarget');
  });
});

describe('indicatorStatus for ja/nej indicators', () => {
  const yes: Target = { kind: 'yesNo', value: 'ja' };

  it('reads 1 as ja, 0.5 as delvis and 0 as nej', () => {
    expect(status({ valueKind: 'yesPartlyNo', value: 1, target: yes })).toBe('met');
    expect(status({ valueKind: 'yesPartlyNo', value: 0.5, target: yes })).toBe('partly');
    expect(status({ valueKind: 'yesPartlyNo', value: 0, target: yes })).toBe('notMet');
    expect(status({ valueKind: 'yesPartlyNo', value: 0, target: { kind: 'yesNo', value: 'nej' } })).toBe(
      'met',
    );
  });

  it('treats a target of the wrong kind as no target', () => {
    expect(status({ valueKind: 'yesPartlyNo', value: 1, target: numeric(1) })).toBe('noTarget');
    expect(status({ valueKind: 'number', value: 1, target: yes })).toBe('noTarget');
  });
});

describe('roundShown', () => {
  it('rounds half away from zero without binary surprises', () => {
    expect(roundShown(1.005, 2)).toBe(1.01);
    expect(roundShown(8.925, 2)).toBe(8.93);
    expect(roundShown(-2.5, 0)).toBe(-3);
    expect(roundShown(1710932, 0)).toBe(1710932);
  });
});
