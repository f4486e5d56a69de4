import { describe, expect, it } from 'vitest';
import {
  descendantsOf,
  goalPlaceProblem,
  keyFromTitle,
  orderProblem,
  parentKindProblem,
} from './plan-structure.ts';

describe('parentKindProblem', () => {
  it('lets a committee goal stand beneath a council goal and a council goal beneath another', () => {
    expect(parentKindProblem('committee', 'kfActivity')).toBeNull();
    expect(parentKindProblem('committee', 'committee')).toBeNull();
    expect(parentKindProblem('kfCommittee', 'kfOrganisation')).toBeNull();
    expect(parentKindProblem('kfActivity', 'kfOrganisation')).toBeNull();
  });

  it('refuses a council goal beneath the committee’s own goal', () => {
    expect(parentKindProblem('kfActivity', 'committee')).toMatch(/samma eller en högre nivå/);
    expect(parentKindProblem('kfOrganisation', 'kfCommittee')).toMatch(/högre nivå/);
  });
});

describe('descendantsOf', () => {
  it('finds the goals beneath a goal at any depth, and survives a cycle', () => {
    const goals = [
      { id: 'kf', parent: null },
      { id: 'a', parent: 'kf' },
      { id: 'b', parent: 'a' },
      { id: 'other', parent: null },
      { id: 'x', parent: 'y' },
      { id: 'y', parent: 'x' },
    ];
    expect([...descendantsOf(goals, 'kf')].sort()).toEqual(['a', 'b']);
    expect([...descendantsOf(goals, 'x')]).toEqual(['y']);
  });
});

describe('keyFromTitle', () => {
  it('writes the title as a key and numbers a repeated one', () => {
    expect(keyFromTitle('Trygg stad för barn – äldre', new Set(), 'mal')).toBe('trygg-stad-for-barn-aldre');
    expect(keyFromTitle('Trygg', new Set(['trygg', 'trygg-2']), 'mal')).toBe('trygg-3');
    expect(keyFromTitle('!!!', new Set(), 'mal')).toBe('mal');
  });
});

describe('orderProblem', () => {
  it('accepts every id once and refuses an unknown, a repeated or a missing one', () => {
    expect(orderProblem(['a', 'b'], ['b', 'a'])).toBeNull();
    expect(orderProblem(['a', 'b'], ['a', 'c'])).toMatch(/inte finns/);
    expect(orderProblem(['a', 'b'], ['a', 'a'])).toMatch(/två gånger/);
    expect(orderProblem(['a', 'b'], ['a'])).toMatch(/varje sak/);
  });
});

describe('goalPlaceProblem', () => {
  const goals = [
    { id: 'kf', parent: null, kind: 'kfActivity', title: 'Trygg stad' },
    { id: 'own', parent: 'kf', kind: 'committee', title: 'Trygga barn' },
  ];
  it('places a committee goal beneath a council goal', () => {
    expect(goalPlaceProblem(goals, { id: 'new', kind: 'committee', parent: 'kf' })).toBeNull();
  });
  it('names the parent when it is of a lower level, missing or beneath the goal', () => {
    expect(goalPlaceProblem(goals, { id: 'new', kind: 'kfActivity', parent: 'own' })?.field).toBe(
      'parentGoalId',
    );
    expect(goalPlaceProblem(goals, { id: 'new', kind: 'committee', parent: 'gone' })?.message).toMatch(
      /finns inte/,
    );
    expect(goalPlaceProblem(goals, { id: 'kf', kind: 'kfActivity', parent: 'own' })?.message).toMatch(
      /cirkel/,
    );
  });
  it('names the kind when a goal beneath would no longer fit', () => {
    expect(goalPlaceProblem(goals, { id: 'kf', kind: 'committee', parent: null })).toBeNull();
    const stricter = [...goals, { id: 'kf2', parent: 'own', kind: 'kfCommittee', title: 'KF-mål' }];
    expect(goalPlaceProblem(stricter, { id: 'own', kind: 'committee', parent: 'kf' })).toEqual({
      field: 'kind',
      message: 'Målet ”KF-mål” ligger under detta mål och kan inte stå under ett mål av det slaget',
    });
  });
});
