import { describe, expect, it } from 'vitest';
import {
  countPlan,
  followUpProgress,
  goalStatusIn,
  outcomeIn,
  outcomePeriod,
  unassessedStatus,
  unreportedStatus,
  wordsOnlyStatus,
} from './plan-counts.ts';

const goal = (assessments: { followUp: string; level: string | null }[], activities: string[] = []) => ({
  assessments,
  activities: activities.map((status) => ({ status })),
});
const value = (period: string, amount: number | null, gender = 'T', year = 2024) => ({
  year,
  period,
  gender,
  value: amount,
});
const report = (followUp: string, status: 'notStarted' | 'ongoing' | 'closed', proposedClosed = false) => ({
  followUp,
  status,
  proposedClosed,
});

describe('goalStatusIn', () => {
  it("gives the level of the follow-up's assessment, words only, or not assessed", () => {
    const assessed = goal([
      { followUp: 'augusti', level: 'god' },
      { followUp: 'arsrapport', level: null },
    ]);
    expect(goalStatusIn(assessed, 'augusti')).toBe('god');
    expect(goalStatusIn(assessed, 'arsrapport')).toBe(wordsOnlyStatus);
    expect(goalStatusIn(assessed, 'april')).toBe(unassessedStatus);
    expect(goalStatusIn(assessed, null)).toBe(unassessedStatus);
  });
});

describe('outcomePeriod', () => {
  it("stores the last follow-up's outcomes as the whole year's, the others under their own key", () => {
    const points = [
      { key: 'arsrapport', month: 12 },
      { key: 'april', month: 4 },
      { key: 'augusti', month: 8 },
    ];
    expect(outcomePeriod(points, 'arsrapport')).toBe('year');
    expect(outcomePeriod(points, 'augusti')).toBe('augusti');
  });
});

describe('outcomeIn', () => {
  it('tells a value from "uppgift saknas" and from nothing entered, counting only the total', () => {
    const values = [value('year', 12), value('augusti', null), value('april', 3, 'K')];
    expect(outcomeIn(values, 2024, 'year')).toBe('value');
    expect(outcomeIn(values, 2024, 'augusti')).toBe('missing');
    expect(outcomeIn(values, 2024, 'april')).toBe('absent');
    expect(outcomeIn(values, 2023, 'year')).toBe('absent');
  });

  it('counts zero as a value', () => {
    expect(outcomeIn([value('year', 0)], 2024, 'year')).toBe('value');
  });
});

const set = {
  goals: [
    goal([{ followUp: 'augusti', level: 'god' }], ['done', 'ongoing']),
    goal([{ followUp: 'augusti', level: null }], ['done']),
    goal([{ followUp: 'april', level: 'ingen' }]),
  ],
  indicators: [
    { status: 'met' as const, values: [value('augusti', 5)] },
    { status: 'noValue' as const, values: [value('augusti', null)] },
    { status: 'noValue' as const, values: [] },
  ],
  assignments: [
    { reports: [report('augusti', 'ongoing')] },
    { reports: [report('augusti', 'closed', true)] },
    { reports: [report('april', 'ongoing')] },
  ],
};

describe('countPlan', () => {
  it('counts goals, indicators, assignments and activities by status in the follow-up', () => {
    const counts = countPlan(set, 'augusti');
    expect(counts.goals).toEqual({
      total: 3,
      assessed: 2,
      byStatus: new Map([
        ['god', 1],
        [wordsOnlyStatus, 1],
        [unassessedStatus, 1],
      ]),
    });
    expect(counts.indicators).toEqual({
      total: 3,
      byStatus: new Map([
        ['met', 1],
        ['noValue', 2],
      ]),
    });
    expect(counts.assignments).toEqual({
      total: 3,
      reported: 2,
      proposedClosed: 1,
      byStatus: new Map([
        ['ongoing', 1],
        ['closed', 1],
        [unreportedStatus, 1],
      ]),
    });
    expect(counts.activities).toEqual({
      total: 3,
      byStatus: new Map([
        ['done', 2],
        ['ongoing', 1],
      ]),
    });
  });

  it('counts nothing as assessed or reported before the first follow-up', () => {
    const counts = countPlan(set, null);
    expect(counts.goals.assessed).toBe(0);
    expect(counts.assignments.reported).toBe(0);
    expect(counts.assignments.byStatus.get(unreportedStatus)).toBe(3);
  });
});

describe('followUpProgress', () => {
  it('counts the same objects as countPlan, and only a value as an outcome', () => {
    const progress = followUpProgress(set, { followUp: 'augusti', year: 2024, period: 'augusti' });
    const counts = countPlan(set, 'augusti');
    expect(progress).toEqual({
      goals: { done: counts.goals.assessed, total: counts.goals.total },
      assignments: { done: counts.assignments.reported, total: counts.assignments.total },
      indicators: { done: 1, total: 3 },
      activities: { done: 2, total: 3 },
    });
  });
});
