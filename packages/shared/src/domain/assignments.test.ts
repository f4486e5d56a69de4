import { describe, expect, it } from 'vitest';
import { carriesOver, sourceProblem } from './assignments.ts';

describe('carriesOver', () => {
  it('carries over every assignment that is not Avslutad, including unreported ones', () => {
    expect(carriesOver('notStarted')).toBe(true);
    expect(carriesOver('ongoing')).toBe(true);
    expect(carriesOver(null)).toBe(true);
    expect(carriesOver('closed')).toBe(false);
  });
});

describe('sourceProblem', () => {
  it('requires the decision for an assignment from outside the budget', () => {
    expect(sourceProblem('council', null)).toMatch(/Ange beslutet/);
    expect(sourceProblem('council', 'KF 2024-11-21 § 458')).toBeNull();
  });

  it('accepts assignments in the budget and from the director without a decision', () => {
    expect(sourceProblem('budget', null)).toBeNull();
    expect(sourceProblem('director', null)).toBeNull();
  });

  it('refuses a decision reference that is not body, date and paragraph', () => {
    expect(sourceProblem('committee', 'SN Hisingen 2023-12-12 § 201')).toMatch(/organ, datum och paragraf/);
    expect(sourceProblem('committee', 'Nämnden 2023-12-12 § 201')).toBeNull();
    expect(sourceProblem('council', 'beslut i november')).toMatch(/organ, datum och paragraf/);
  });
});
