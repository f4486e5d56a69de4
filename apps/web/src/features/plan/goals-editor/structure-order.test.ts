import { describe, expect, it } from 'vitest';
import { moveTo, removalSentence, stepTarget } from './structure-order.ts';

const none = {
  subGoals: 0,
  activities: 0,
  assessments: 0,
  indicatorLinks: 0,
  assignmentLinks: 0,
  followUpParts: 0,
  goalsLeftWithoutArea: 0,
  assignmentsLeftWithoutArea: 0,
};

describe('moving in an order', () => {
  it('places an item before or after another and steps among siblings', () => {
    expect(moveTo(['a', 'b', 'c'], 'c', 'a', 'before')).toEqual(['c', 'a', 'b']);
    expect(moveTo(['a', 'b', 'c'], 'a', 'b', 'after')).toEqual(['b', 'a', 'c']);
    expect(stepTarget(['a', 'b'], 'b', 'up')).toEqual({ target: 'a', position: 'before' });
    expect(stepTarget(['a', 'b'], 'b', 'down')).toBeNull();
  });
});

describe('removalSentence', () => {
  it('says in Swedish what goes with a goal, and what stays of an area', () => {
    expect(removalSentence('goal', { ...none, subGoals: 2, assessments: 3, activities: 1 })).toBe(
      'Målet har 2 delmål, 1 aktivitet och 3 bedömningar som tas bort med det.',
    );
    expect(removalSentence('goal', none)).toBe(
      'Målet har inga delmål, aktiviteter, bedömningar eller kopplingar.',
    );
    expect(removalSentence('area', { ...none, goalsLeftWithoutArea: 4 })).toBe(
      'Målområdets 4 mål blir kvar i planen utan målområde.',
    );
  });
});
