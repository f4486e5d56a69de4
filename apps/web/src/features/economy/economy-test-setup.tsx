import type { Me } from '@styr/shared/contracts/auth';
import type { CommitteeYearView, PlanDocument } from '@styr/shared/contracts/plan';
import { documentLabelDefaults } from '@styr/shared/domain/document-labels';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { ApiProvider } from '../../api/api-context.tsx';
import type { StyrApi } from '../../api/styr-api.ts';
import { SignedInContext } from '../auth/index.ts';

/** A controller of Testkommun and the committee year 2022, as the economy page's tests render them. */
export const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const committeeId = id(3);
export const scope = { municipalityId: id(2), committeeId, year: 2022 };

const me: Me = {
  user: { id: id(1), email: 'controller@test.example', displayName: 'Controller', municipalityId: id(2) },
  municipality: { id: id(2), name: 'Testkommun', shortName: null },
  grants: [],
  csrfToken: 'csrf',
};

/** The year with its follow-ups; the named documents adopted. */
export function yearView(adopted: readonly string[] = [], year = 2022): CommitteeYearView {
  const document = (key: string, index: number): PlanDocument => ({
    id: id(10 + index),
    document: key,
    status: 'adopted',
    decision: null,
    deadline: null,
    version: 1,
  });
  return {
    committee: { id: committeeId, name: 'Socialnämnden Prov' },
    year,
    followUpPoints: [
      { key: 'augusti', name: 'Delårsrapport augusti', month: 8 },
      { key: 'arsrapport', name: 'Årsrapport', month: 12 },
    ],
    assessmentScales: {},
    documents: adopted.map(document),
    goalAreas: [],
    goals: [],
    indicators: [],
    assignments: [],
    labels: documentLabelDefaults,
  };
}

/** Renders signed in against the given parts of the API, with a person to type and click. */
export function renderWithApi(ui: ReactNode, api: object = {}) {
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ApiProvider api={api as StyrApi}>
        <SignedInContext value={me}>{ui}</SignedInContext>
      </ApiProvider>
    </QueryClientProvider>,
  );
  return user;
}
