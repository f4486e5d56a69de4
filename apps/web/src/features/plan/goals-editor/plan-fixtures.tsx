import type { Me } from '@styr/shared/contracts/auth';
import type { Assignment, CommitteeYearView, Goal, Indicator } from '@styr/shared/contracts/plan';
import { documentLabelDefaults } from '@styr/shared/domain/document-labels';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { ApiProvider } from '../../../api/api-context.tsx';
import { ApiError } from '../../../api/api-error.ts';
import type { StyrApi } from '../../../api/styr-api.ts';
import { SignedInContext } from '../../auth/index.ts';

/** The plan's objects as the component tests of the plan editors build them; each test sets what it is about. */
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

export const indicator = (n: number, name: string, fields: Partial<Indicator> = {}): Indicator => ({
  id: id(n),
  key: `matt-${n}`,
  name,
  unit: '%',
  valueKind: 'share',
  decimals: 1,
  direction: 'higher',
  source: 'manual',
  sourceReference: null,
  definition: null,
  definitionKey: null,
  values: [],
  targets: [],
  status: 'noValue',
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
  yearGiven: 2025,
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

/** Socialnämnden Prov's year 2025, empty but for what the test gives. */
export const committeeYear = (fields: Partial<CommitteeYearView> = {}): CommitteeYearView => ({
  committee: { id: id(1), name: 'Socialnämnden Prov' },
  year: 2025,
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

/** A controller of Ekmarks kommun, with the given grants. */
export const me = (grants: Me['grants'] = []): Me => ({
  user: { id: id(9), email: 'controller@ekmark.example', displayName: 'Controller', municipalityId: id(8) },
  municipality: { id: id(8), name: 'Ekmarks kommun', shortName: 'Ekmark' },
  grants,
  csrfToken: 'csrf',
});

/** The server's 400 naming one field of the request. */
export const refusal = (path: string, message: string) =>
  new ApiError({
    code: 'VALIDATION',
    message: 'Uppgifterna kunde inte sparas.',
    details: [{ path, message }],
  });

/** The server's 409: Eva Ek saved `current` while the person edited. */
export const conflict = (current: unknown) =>
  new ApiError({
    code: 'VERSION_CONFLICT',
    message: 'Någon annan har ändrat uppgifterna medan du redigerade.',
    current,
    changedBy: { name: 'Eva Ek', at: '2025-03-04T10:00:00.000Z' },
  });

/** Renders as the app does (Swedish dates, the API, the signed-in person); answers a user for the test. */
export function renderWithApi(
  ui: ReactNode,
  api: Partial<{ [K in keyof StyrApi]: Partial<StyrApi[K]> }>,
  person = me(),
) {
  const user = userEvent.setup();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <I18nProvider locale="sv-SE">
      <QueryClientProvider client={client}>
        <ApiProvider api={api as StyrApi}>
          <SignedInContext value={person}>{ui}</SignedInContext>
        </ApiProvider>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { user, ...view };
}
