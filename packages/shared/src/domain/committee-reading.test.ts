import { describe, expect, it } from 'vitest';
import type { CommitteeYearView } from '../contracts/plan.ts';
import { committeeReading, handedOverView, workingYear, yearPages } from './committee-reading.ts';

const paths: Record<string, string[]> = { c: ['c'], d: ['c', 'd'], u: ['c', 'd', 'u'], other: ['o'] };
const pathOf = (nodeId: string) => paths[nodeId] ?? [nodeId];

describe('committeeReading and yearPages', () => {
  it('gives those who read the committee every page of the year', () => {
    const reading = committeeReading([{ role: 'controller', nodeId: 'c' }], 'c', pathOf);
    expect(reading).toBe('work');
    expect(yearPages(reading)).toEqual([
      'overview',
      'economy',
      'organisation',
      'risks',
      'actionPlans',
      'documents',
    ]);
    expect(committeeReading([{ role: 'admin', nodeId: null }], 'c', pathOf)).toBe('work');
  });

  it('lets a rapportör on a unit read the plan of the unit’s committee, not of another', () => {
    const grants = [{ role: 'reporter' as const, nodeId: 'u' }];
    expect(committeeReading(grants, 'c', pathOf)).toBe('work');
    expect(committeeReading(grants, 'o', pathOf)).toBe('none');
  });

  it('keeps a member to what has been handed to the committee', () => {
    const reading = committeeReading([{ role: 'member', nodeId: 'c' }], 'c', pathOf);
    expect(reading).toBe('handedOver');
    expect(yearPages(reading)).toEqual(['overview', 'organisation', 'risks', 'documents']);
    expect(yearPages(committeeReading([{ role: 'member', nodeId: 'c' }], 'o', pathOf))).toEqual([]);
  });
});

describe('workingYear', () => {
  const years = [
    {
      year: 2022,
      documents: [
        { document: 'plan', status: 'adopted' as const },
        { document: 'arsrapport', status: 'review' as const },
      ],
    },
    { year: 2023, documents: [{ document: 'plan', status: 'adopted' as const }] },
    { year: 2024, documents: [{ document: 'plan', status: 'draft' as const }] },
  ];

  it('lands on the latest year with a plan or follow-up in progress, not the calendar year', () => {
    expect(workingYear(years, 2026)).toBe(2024);
  });

  it('counts for a member only what has been handed over', () => {
    expect(workingYear(years, 2026, 'handedOver')).toBe(2022);
  });

  it('takes the latest year when everything is adopted, and the calendar year when there is nothing', () => {
    expect(workingYear(years.slice(1, 2), 2026)).toBe(2023);
    expect(workingYear([], 2026)).toBe(2026);
    expect(
      workingYear([{ year: 2024, documents: [{ document: 'plan', status: 'draft' }] }], 2026, 'handedOver'),
    ).toBe(2026);
  });
});

describe('handedOverView', () => {
  const view = {
    committee: { id: 'c', name: 'Nämnden' },
    year: 2022,
    followUpPoints: [],
    assessmentScales: {},
    documents: [
      { id: '1', document: 'plan', status: 'review', decision: null, deadline: null, version: 1 },
      { id: '2', document: 'augusti', status: 'draft', decision: null, deadline: null, version: 1 },
      {
        id: '3',
        document: 'arsrapport',
        status: 'adopted',
        decision: { date: '2023-02-20', paragraph: '§ 4' },
        deadline: null,
        version: 2,
      },
    ],
    goalAreas: [],
    goals: [
      {
        assessments: [
          { followUp: 'augusti', level: 'viss', analysis: 'Utkast', version: 1 },
          { followUp: 'arsrapport', level: 'god', analysis: 'Fastställd', version: 1 },
        ],
      },
    ],
    indicators: [],
    assignments: [{ reports: [{ followUp: 'augusti' }, { followUp: 'arsrapport' }] }],
    labels: {},
  } as unknown as CommitteeYearView;

  it('leaves out what draft follow-ups say', () => {
    const shown = handedOverView(view);
    expect(shown.goals[0]?.assessments.map((entry) => entry.followUp)).toEqual(['arsrapport']);
    expect(shown.assignments[0]?.reports.map((entry) => entry.followUp)).toEqual(['arsrapport']);
  });

  it('shows only the documents of a year whose plan is a draft', () => {
    const draft = handedOverView({
      ...view,
      documents: view.documents.map((entry) => ({ ...entry, status: 'draft' as const })),
    });
    expect(draft.goals).toEqual([]);
    expect(draft.assignments).toEqual([]);
    expect(draft.documents).toHaveLength(3);
  });
});
