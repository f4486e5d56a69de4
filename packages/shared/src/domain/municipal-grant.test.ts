import { describe, expect, it } from 'vitest';
import { type GrantAdjustment, grantRoundProblems, grantTable } from './municipal-grant.ts';

const tkr = (value: number) => BigInt(value) * 100_000n;
const adjust = (month: number, department: string, amount: number): GrantAdjustment => ({
  month,
  department,
  amount: tkr(amount),
});

// Part of Socialnämnden Hisingen's kommunbidrag 2022 (reference 003, 5.2), in tkr.
const departments = [
  { key: 'bu-myndighet', budget: tkr(293_106) },
  { key: 'bu-resurs', budget: tkr(59_589) },
  { key: 'stod', budget: tkr(115_013) },
  { key: 'valfard', budget: tkr(61_961) },
  { key: 'reserv', budget: tkr(20_000) },
];
const adjustments = [
  adjust(2, 'valfard', 564),
  adjust(2, 'stod', -564),
  adjust(4, 'bu-myndighet', -77_283),
  adjust(4, 'bu-resurs', 77_283),
  adjust(5, 'bu-myndighet', -1_800),
  adjust(5, 'bu-resurs', 1_800),
  adjust(5, 'reserv', 46_520),
];
const rounds = [
  { month: 2, reason: 'Lokalhyra', decisionAmount: null },
  { month: 4, reason: 'Familjehem', decisionAmount: null },
  { month: 5, reason: 'Tilläggsbeslut', decisionAmount: tkr(46_520) },
];

describe('kommunbidrag', () => {
  it('sums per department, per month and in total', () => {
    const table = grantTable(departments, adjustments);
    expect(table.months).toEqual([2, 4, 5]);
    expect(table.budgetTotal).toBe(tkr(549_669));
    expect(table.rows[0]?.total).toBe(tkr(293_106 - 77_283 - 1_800));
    expect(table.rows[4]?.total).toBe(tkr(66_520));
    expect(table.monthTotals.get(2)).toBe(0n);
    expect(table.monthTotals.get(5)).toBe(tkr(46_520));
    expect(table.total).toBe(tkr(549_669 + 46_520));
  });

  it('accepts rounds that balance or that a new decision explains', () => {
    expect(grantRoundProblems(adjustments, rounds, 'rounds')).toEqual([]);
  });

  it('refuses a round that does not balance without a decision', () => {
    const unbalanced = [...adjustments, adjust(2, 'reserv', 10)];
    expect(grantRoundProblems(unbalanced, rounds, 'rounds')).toEqual([
      {
        path: 'rounds[0]',
        message:
          'Justeringarna i februari går inte jämnt ut (10\u00a0tkr) och inget nytt beslut förklarar skillnaden',
      },
    ]);
  });

  it('refuses a decision whose amount differs from what the month adds', () => {
    const wrong = rounds.map((round) =>
      round.month === 5 ? { ...round, decisionAmount: tkr(47_000) } : round,
    );
    expect(grantRoundProblems(adjustments, wrong, 'rounds')[0]?.message).toBe(
      'Justeringarna i maj summerar till 46\u00a0520\u00a0tkr men beslutet gäller 47\u00a0000\u00a0tkr',
    );
  });

  it('requires a reason for every month with adjustments', () => {
    expect(grantRoundProblems(adjustments, rounds.slice(1), 'rounds')).toEqual([
      { path: 'rounds', message: 'Justeringarna i februari saknar förklaring' },
    ]);
  });
});
