import type { Me } from '@styr/shared/contracts/auth';
import type { Assignment, CommitteeYearView, Indicator } from '@styr/shared/contracts/plan';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { ApiProvider } from '../../../api/api-context.tsx';
import { ApiError } from '../../../api/api-error.ts';
import type { StyrApi } from '../../../api/styr-api.ts';
import { SignedInContext } from '../../auth/index.ts';
import * as shared from '../plan-test-data.tsx';

/** The plan's objects as the component tests of the plan editors build them; each test sets what it is about. */
export const { id, goal, area } = shared;

export const indicator = (n: number, name: string, fields: Partial<Indicator> = {}): Indicator =>
  shared.indicator(n, name, {
    key: `matt-${n}`,
    unit: '%',
    valueKind: 'share',
    decimals: 1,
    status: 'noValue',
    ...fields,
  });

export const assignment = (n: number, title: string, fields: Partial<Assignment> = {}): Assignment =>
  shared.assignment(n, title, { yearGiven: 2025, ...fields });

/** Socialnämnden Prov's year 2025, empty but for what the test gives. */
export const committeeYear = (fields: Partial<CommitteeYearView> = {}): CommitteeYearView =>
  shared.yearView({ year: 2025, ...fields });

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
