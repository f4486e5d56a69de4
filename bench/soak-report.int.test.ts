// The soak's check of acknowledged saves against the stored state, on hand-made views (no server needed).
import { describe, expect, it } from 'vitest';
import { editTargets, type YearView } from './soak-edits.ts';
import { type Ledger, verify } from './soak-report.ts';

const viewWith = (planText: string, version: number): YearView => ({
  followUpPoints: [{ key: 'delar1' }],
  assessmentScales: { delar1: { levels: [{ key: 'god' }] } },
  documents: [{ document: 'plan', status: 'draft' }],
  goals: [{ id: 'g1', planText, version, assessments: [] }],
  indicators: [],
  assignments: [],
});

const planTextTarget = () => {
  const target = editTargets(viewWith('<p>start</p>', 1), 2022).find((t) => t.operation === 'planText');
  if (!target) throw new Error('no plan text target');
  return target;
};

const ledgerOf = (saves: { value: string; version: number }[]): Ledger => ({
  saves: saves.map((save) => ({ user: 1, target: planTextTarget(), ...save })),
  errors: new Map(),
  latencies: new Map(),
  unanswered: new Set(),
});

describe('the soak check', () => {
  it('accepts a stored state that holds the last acknowledged save', () => {
    const ledger = ledgerOf([
      { value: '<p>a</p>', version: 2 },
      { value: '<p>b</p>', version: 3 },
    ]);
    expect(verify(ledger, viewWith('<p>b</p>', 3))).toEqual({
      objects: 1,
      missing: [],
      duplicateVersions: 0,
    });
  });

  it('reports a save that was acknowledged but is not stored', () => {
    const ledger = ledgerOf([
      { value: '<p>a</p>', version: 2 },
      { value: '<p>b</p>', version: 3 },
    ]);
    const check = verify(ledger, viewWith('<p>a</p>', 2));
    expect(check.missing).toEqual([
      {
        object: 'goal:g1',
        field: 'planText',
        expected: '<p>b</p>',
        version: 3,
        stored: '<p>a</p> (version 2)',
      },
    ]);
  });

  it('counts two acknowledged saves with the same version as a lost update', () => {
    const ledger = ledgerOf([
      { value: '<p>a</p>', version: 2 },
      { value: '<p>b</p>', version: 2 },
    ]);
    expect(verify(ledger, viewWith('<p>b</p>', 2)).duplicateVersions).toBe(1);
  });

  it('allows a newer stored version only where a save went unanswered', () => {
    const ledger = ledgerOf([{ value: '<p>a</p>', version: 2 }]);
    expect(verify(ledger, viewWith('<p>c</p>', 3)).missing).toHaveLength(1);
    ledger.unanswered.add('goal:g1');
    expect(verify(ledger, viewWith('<p>c</p>', 3)).missing).toHaveLength(0);
  });
});
