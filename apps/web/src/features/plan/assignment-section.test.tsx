import type { Assignment, CommitteeYearView, Goal } from '@styr/shared/contracts/plan';
import { documentLabelDefaults } from '@styr/shared/domain/document-labels';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AssignmentSection } from './assignment-section.tsx';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const goal = (n: number, title: string, parentGoalId: string | null): Goal => ({
  id: id(n),
  key: `mal-${n}`,
  kind: 'committee',
  title,
  goalAreaId: null,
  parentGoalId,
  depth: parentGoalId ? 1 : 0,
  focus: null,
  planText: null,
  indicatorIds: [],
  activities: [],
  assessments: [],
  version: 1,
});

const assignment = (n: number, title: string, fields: Partial<Assignment>): Assignment => ({
  id: id(n),
  key: `uppdrag-${n}`,
  title,
  description: null,
  source: 'budget',
  decisionReference: null,
  yearGiven: 2023,
  alsoGivenTo: [],
  coordinatedBy: null,
  category: null,
  labels: [],
  goalIds: [],
  goalAreaId: null,
  planText: null,
  carriedOver: false,
  reports: [],
  version: 1,
  ...fields,
});

const view: CommitteeYearView = {
  committee: { id: id(1), name: 'Socialnämnden Prov' },
  year: 2023,
  followUpPoints: [],
  assessmentScales: {},
  documents: [],
  goalAreas: [],
  goals: [goal(2, 'Trygg stad', null), goal(3, 'Trygga barn', id(2))],
  indicators: [],
  assignments: [
    assignment(10, 'Fritidsbanker', { labels: ['fritid', 'barn'], category: 'Samverkan', goalIds: [id(3)] }),
    assignment(11, 'Tillnyktringsenhet', { labels: [], yearGiven: 2022 }),
  ],
  labels: documentLabelDefaults,
};

describe('AssignmentSection', () => {
  it('shows the goals an assignment serves, its category and labels, and groups the list by label', () => {
    render(<AssignmentSection view={view} latest={null} />);
    expect(
      screen.getByText(/Kategori: Samverkan · Etiketter: fritid, barn · Bidrar till: Trygga barn/),
    ).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Gruppera uppdragen efter'), { target: { value: 'label' } });
    const groups = screen.getAllByRole('heading', { level: 3 }).map((heading) => [
      heading.textContent,
      within(heading.parentElement as HTMLElement)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.querySelector('td, th')?.firstChild?.textContent),
    ]);
    expect(groups).toEqual([
      ['barn', ['Fritidsbanker']],
      ['fritid', ['Fritidsbanker']],
      ['Utan etikett', ['Tillnyktringsenhet']],
    ]);
  });
});
