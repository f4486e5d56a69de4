import { describe, expect, it } from 'vitest';
import {
  actionPlanProblems,
  actionsOf,
  budgetSums,
  continuesInto,
  followUpCounts,
  type PlanShape,
} from './action-plans.ts';

const funders = [{ key: 'hsng' }, { key: 'sn' }];

describe('budgetSums', () => {
  it('sums each row over its funders, each funder over the rows, and the whole, exactly', () => {
    const sums = budgetSums({
      funders,
      budget: [
        { key: 'ledare', amounts: { hsng: '700000', sn: '700000' } },
        { key: 'start', amounts: { hsng: '1300000', sn: '1300000' } },
        { key: 'ore', amounts: { hsng: '0.1', sn: '0.2' } },
      ],
    });
    expect(sums.rows).toEqual([
      { key: 'ledare', total: '1400000' },
      { key: 'start', total: '2600000' },
      { key: 'ore', total: '0.3' },
    ]);
    expect(sums.funders).toEqual([
      { key: 'hsng', total: '2000000.1' },
      { key: 'sn', total: '2000000.2' },
    ]);
    expect(sums.total).toBe('4000000.3');
  });

  it('keeps a missing amount missing rather than zero', () => {
    const sums = budgetSums({
      funders,
      budget: [
        { key: 'omkostnader', amounts: { hsng: null } },
        { key: 'bara-sn', amounts: { sn: '-50' } },
      ],
    });
    expect(sums.rows).toEqual([
      { key: 'omkostnader', total: null },
      { key: 'bara-sn', total: '-50' },
    ]);
    expect(sums.funders).toEqual([
      { key: 'hsng', total: null },
      { key: 'sn', total: '-50' },
    ]);
    expect(sums.total).toBe('-50');
    expect(budgetSums({ funders, budget: [] }).total).toBeNull();
  });
});

const plan = (changes: Partial<PlanShape> = {}): PlanShape => ({
  funders,
  periodFrom: '2023-01-01',
  periodTo: '2025-12-31',
  focusAreas: [
    {
      key: 'start',
      strategies: [
        {
          key: 'stod',
          actions: [{ key: 'sprak', followUps: [{ followUp: 'arsrapport' }] }, { key: 'pappor' }],
        },
      ],
    },
  ],
  budget: [{ key: 'ledare', amounts: { hsng: '1', sn: '1' } }],
  ...changes,
});

describe('actionPlanProblems', () => {
  const points = new Set(['augusti', 'arsrapport']);

  it('finds nothing wrong in a whole plan', () => {
    expect(actionPlanProblems(plan(), 'actionPlans[0]', points)).toEqual([]);
  });

  it('names each problem with its path', () => {
    const problems = actionPlanProblems(
      plan({
        funders: [...funders, { key: 'sn' }],
        periodTo: '2022-12-31',
        focusAreas: [
          {
            key: 'a',
            strategies: [
              {
                key: 's',
                actions: [{ key: 'x', followUps: [{ followUp: 'mars' }, { followUp: 'arsrapport' }] }],
              },
            ],
          },
          {
            key: 'a',
            strategies: [
              {
                key: 's',
                actions: [{ key: 'x', followUps: [{ followUp: 'arsrapport' }, { followUp: 'arsrapport' }] }],
              },
            ],
          },
        ],
        budget: [{ key: 'r', amounts: { vgr: '5' } }],
      }),
      'p',
      points,
    ).map((problem) => problem.path);
    expect(problems).toEqual([
      'p.funders[2].key',
      'p.focusAreas[1].key',
      'p.periodTo',
      'p.focusAreas[0].strategies[0].actions[0].followUps[0].followUp',
      'p.focusAreas[1].strategies[0].key',
      'p.focusAreas[1].strategies[0].actions[0].key',
      'p.focusAreas[1].strategies[0].actions[0].followUps[1].followUp',
      'p.budget[0].amounts.vgr',
    ]);
  });

  it('lists every action in the order of the plan', () => {
    expect(actionsOf(plan()).map((action) => action.key)).toEqual(['sprak', 'pappor']);
  });
});

describe('continuesInto', () => {
  it('carries a plan whose period reaches into the year, or has no end, and not one that ended before', () => {
    expect(continuesInto({ periodTo: '2025-12-31' }, 2024)).toBe(true);
    expect(continuesInto({ periodTo: '2024-01-01' }, 2024)).toBe(true);
    expect(continuesInto({ periodTo: '2023-12-31' }, 2024)).toBe(false);
    expect(continuesInto({ periodTo: null }, 2024)).toBe(true);
    expect(continuesInto({}, 2024)).toBe(true);
  });
});

describe('followUpCounts', () => {
  it('counts the actions per status at the follow-up point, and those without a follow-up there', () => {
    const action = (...followUps: { followUp: string; status: 'notStarted' | 'ongoing' | 'done' }[]) => ({
      followUps,
    });
    const counted = {
      focusAreas: [
        {
          strategies: [
            {
              actions: [
                action({ followUp: 'arsrapport', status: 'done' }),
                action(
                  { followUp: 'augusti', status: 'ongoing' },
                  { followUp: 'arsrapport', status: 'ongoing' },
                ),
                action({ followUp: 'augusti', status: 'notStarted' }),
              ],
            },
          ],
        },
        { strategies: [{ actions: [action({ followUp: 'arsrapport', status: 'done' })] }] },
      ],
    };
    expect(followUpCounts(counted, 'arsrapport')).toEqual({ notStarted: 0, ongoing: 1, done: 2, missing: 1 });
    expect(followUpCounts(counted, 'augusti')).toEqual({ notStarted: 1, ongoing: 1, done: 0, missing: 2 });
  });
});
