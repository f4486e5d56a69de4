import type { AdoptionChecklistView } from '@styr/shared/contracts/adoption';
import type { Me } from '@styr/shared/contracts/auth';
import type { Assignment, CommitteeYearView, Goal, Indicator } from '@styr/shared/contracts/plan';
import { documentLabelDefaults } from '@styr/shared/domain/document-labels';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { ApiProvider } from '../../api/api-context.tsx';
import type { StyrApi } from '../../api/styr-api.ts';
import { SignedInContext } from '../auth/index.ts';

/** A committee's year in small, as the plan's component tests read it from the server. */
export const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const goal = (n: number, title: string, fields: Partial<Goal> = {}): Goal => ({
  id: id(n),
  key: `mal-${n}`,
  kind: 'committee',
  title,
  goalAreaId: null,
  parentGoalId: null,
  depth: 0,
  focus: null,
  planText: null,
  indicatorIds: [],
  activities: [],
  assessments: [],
  version: 1,
  ...fields,
});

export const indicator = (n: number, name: string, fields: Partial<Indicator> = {}): Indicator => ({
  id: id(n),
  key: `ind-${n}`,
  name,
  unit: 'procent',
  valueKind: 'number',
  decimals: 0,
  direction: 'higher',
  source: 'manual',
  sourceReference: null,
  definition: null,
  definitionKey: null,
  values: [],
  targets: [],
  status: 'noTarget',
  version: 1,
  ...fields,
});

export const assignment = (n: number, title: string, fields: Partial<Assignment> = {}): Assignment => ({
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

export const area = (n: number, name: string): CommitteeYearView['goalAreas'][number] => ({
  id: id(n),
  key: `omrade-${n}`,
  name,
  description: null,
  responsible: null,
  processLead: null,
  programmes: [],
  version: 1,
});

export const yearView = (fields: Partial<CommitteeYearView> = {}): CommitteeYearView => ({
  committee: { id: id(1), name: 'Socialnämnden Prov' },
  year: 2023,
  followUpPoints: [],
  assessmentScales: {},
  documents: [],
  goalAreas: [],
  goals: [],
  indicators: [],
  assignments: [],
  labels: documentLabelDefaults,
  ...fields,
});

export const adoptionChecklist = (fields: Partial<AdoptionChecklistView> = {}): AdoptionChecklistView => ({
  document: 'arsrapport',
  blocking: [],
  warnings: [],
  contents: {
    goalAreas: 2,
    goals: { done: 3, total: 5 },
    indicators: { done: 4, total: 4 },
    assignments: { done: 1, total: 2 },
    activities: 7,
  },
  chapters: [
    { number: '1', title: 'Sammanfattning', lacking: null },
    { number: '2', title: 'Mål', lacking: null },
  ],
  ...fields,
});

/** Types the decision date into the date picker's first part once it is shown; the picker moves on by itself. */
export async function typeDecisionDate(iso: string) {
  const user = userEvent.setup();
  const picker = await screen.findByRole('group', { name: 'Beslutsdatum' });
  await user.click(within(picker).getAllByRole('spinbutton')[0] as HTMLElement);
  await user.keyboard(iso);
}

export const me: Me = {
  user: { id: id(98), email: 'controller@prov.example', displayName: 'Controller', municipalityId: id(99) },
  municipality: { id: id(99), name: 'Provkommunen', shortName: null },
  grants: [],
  csrfToken: 'csrf',
};

/** Renders as the app does for a signed-in person, in Swedish, with `api` answering in place of the server. */
export function renderSignedIn(ui: ReactNode, api: Partial<StyrApi['plan']>) {
  return render(
    <I18nProvider locale="sv-SE">
      <QueryClientProvider client={new QueryClient()}>
        <ApiProvider api={{ plan: api } as unknown as StyrApi}>
          <SignedInContext value={me}>{ui}</SignedInContext>
        </ApiProvider>
      </QueryClientProvider>
    </I18nProvider>,
  );
}
