import { describe, expect, it } from 'vitest';
import {
  type AssignmentGrouping,
  type AssignmentSource,
  carriesOver,
  groupAssignments,
  sourceProblem,
} from './assignments.ts';

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

describe('groupAssignments', () => {
  const assignment = (
    title: string,
    yearGiven: number,
    source: AssignmentSource,
    category: string | null,
    labels: string[],
  ) => ({ title, yearGiven, source, category, labels });
  const list = [
    assignment('A', 2024, 'director', 'Ekonomi', ['trygghet']),
    assignment('B', 2022, 'budget', null, []),
    assignment('C', 2024, 'council', 'Arbete', ['barn', 'trygghet']),
  ];
  const titles = (by: AssignmentGrouping) =>
    groupAssignments(list, by).map(
      (group) => `${group.title}: ${group.assignments.map((a) => a.title).join('')}`,
    );

  it('groups by year given, upwards, and by source in the sources’ order', () => {
    expect(titles('yearGiven')).toEqual(['Givna 2022: B', 'Givna 2024: AC']);
    expect(titles('source')).toEqual([
      'KF/KS uppdrag i budget: B',
      'KF/KS uppdrag utanför budget: C',
      'Förvaltningsdirektörens uppdrag: A',
    ]);
  });

  it('groups by category and by label alphabetically, those without one last', () => {
    expect(titles('category')).toEqual(['Arbete: C', 'Ekonomi: A', 'Utan kategori: B']);
    expect(titles('label')).toEqual(['barn: C', 'trygghet: AC', 'Utan etikett: B']);
  });
});
