import { describe, expect, it } from 'vitest';
import { goalsInCycles, inHierarchyOrder, parentChain, parentProblem } from './goal-hierarchy.ts';

const goal = (id: string, parent: string | null = null) => ({ id, parent });

describe('inHierarchyOrder', () => {
  it('puts each goal right after its parent, depth first, siblings in the given order', () => {
    const goals = [goal('c1', 'kf'), goal('other'), goal('u1', 'c1'), goal('kf'), goal('c2', 'kf')];
    expect(inHierarchyOrder(goals).map(({ goal: { id }, depth }) => `${id}:${depth}`)).toEqual([
      'other:0',
      'kf:0',
      'c1:1',
      'u1:2',
      'c2:1',
    ]);
  });

  it('leaves no goal out: an unknown parent or a cycle puts the goal at the top', () => {
    const goals = [goal('a', 'missing'), goal('b', 'c'), goal('c', 'b')];
    expect(inHierarchyOrder(goals).map(({ goal: { id } }) => id)).toEqual(['a', 'b', 'c']);
  });
});

describe('goalsInCycles', () => {
  it('finds the goals whose parents lead back to themselves, not those merely below a cycle', () => {
    const goals = [goal('a', 'b'), goal('b', 'a'), goal('c', 'a'), goal('d', 'd'), goal('e')];
    expect([...goalsInCycles(goals)].sort()).toEqual(['a', 'b', 'd']);
  });
});

describe('parentProblem', () => {
  const goals = [goal('kf'), goal('c', 'kf'), goal('u', 'c')];

  it('accepts another goal of the year, or none', () => {
    expect(parentProblem(goals, 'u', 'kf')).toBeNull();
    expect(parentProblem(goals, 'c', null)).toBeNull();
  });

  it('refuses the goal itself, a goal beneath it and a goal not in the year, in Swedish', () => {
    expect(parentProblem(goals, 'c', 'c')).toMatch(/under sig självt/);
    expect(parentProblem(goals, 'kf', 'u')).toMatch(/cirkel/);
    expect(parentProblem(goals, 'c', 'x')).toMatch(/finns inte/);
  });
});

describe('parentChain', () => {
  it('lists the parents from the top down', () => {
    const goals = [goal('kf'), goal('c', 'kf'), goal('u', 'c')];
    expect(parentChain(goals, 'u').map(({ id }) => id)).toEqual(['kf', 'c']);
    expect(parentChain(goals, 'kf')).toEqual([]);
  });
});
