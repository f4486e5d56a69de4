import { describe, expect, it } from 'vitest';
import { type AdoptionCounts, adoptionChecklist, emptyDocumentProblem } from './adoption-checklist.ts';

const none = { done: 0, total: 0 };
const counts = (overrides: Partial<AdoptionCounts>): AdoptionCounts => ({
  document: 'plan',
  annualReport: false,
  goalAreas: 0,
  goals: none,
  indicators: none,
  assignments: none,
  activities: 0,
  ...overrides,
});

describe('emptyDocumentProblem', () => {
  it('refuses a plan without goals, indicators and assignments, and takes one with any of them', () => {
    expect(emptyDocumentProblem(counts({ goalAreas: 2 }))).toMatch(/^Verksamhetsplanen är tom/);
    expect(emptyDocumentProblem(counts({ goals: { done: 1, total: 1 } }))).toBeNull();
    expect(emptyDocumentProblem(counts({ indicators: { done: 0, total: 1 } }))).toBeNull();
    expect(emptyDocumentProblem(counts({ assignments: { done: 0, total: 1 } }))).toBeNull();
  });

  it('refuses an annual report that reports nothing, and takes one that reports anything', () => {
    const unreported = counts({
      document: 'arsrapport',
      annualReport: true,
      goals: { done: 0, total: 3 },
      indicators: { done: 0, total: 2 },
    });
    expect(emptyDocumentProblem(unreported)).toMatch(/^Årsrapporten är tom/);
    expect(emptyDocumentProblem({ ...unreported, indicators: { done: 1, total: 2 } })).toBeNull();
  });

  it('lets another follow-up and the internal control plan be adopted thin', () => {
    expect(emptyDocumentProblem(counts({ document: 'augusti' }))).toBeNull();
    expect(emptyDocumentProblem(counts({ document: 'internkontrollplan' }))).toBeNull();
  });
});

describe('adoptionChecklist', () => {
  it('blocks an empty plan and warns of its empty chapters', () => {
    const checklist = adoptionChecklist(counts({}), ['2 Mål', '3 Uppdrag']);
    expect(checklist.blocking.map((item) => item.key)).toEqual(['empty-plan']);
    expect(checklist.warnings).toEqual([
      { key: 'empty-chapters', message: '2 kapitel saknar innehåll: 2 Mål, 3 Uppdrag.' },
    ]);
  });

  it('warns of what a follow-up lacks, counted, in Swedish', () => {
    const checklist = adoptionChecklist(
      counts({
        document: 'augusti',
        goals: { done: 1, total: 3 },
        indicators: { done: 1, total: 2 },
        assignments: { done: 4, total: 4 },
      }),
      [],
    );
    expect(checklist.blocking).toEqual([]);
    expect(checklist.warnings).toEqual([
      { key: 'goals-unassessed', message: '2 mål saknar bedömning.' },
      { key: 'indicators-without-outcome', message: '1 indikator saknar utfall.' },
    ]);
  });

  it('asks nothing of the plan’s goals and indicators that only follow-ups report on', () => {
    const checklist = adoptionChecklist(counts({ goals: { done: 0, total: 3 } }), []);
    expect(checklist).toEqual({ blocking: [], warnings: [] });
  });
});
