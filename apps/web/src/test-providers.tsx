import type { Me } from '@styr/shared/contracts/auth';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { ApiProvider } from './api/api-context.tsx';
import type { StyrApi } from './api/styr-api.ts';
import { SignedInContext } from './features/auth/index.ts';

export const testId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A controller signed in to the test municipality. */
export const testMe: Me = {
  user: {
    id: testId(901),
    email: 'controller@prov.example',
    displayName: 'Controller',
    municipalityId: testId(902),
  },
  municipality: { id: testId(902), name: 'Provkommunen', shortName: null },
  grants: [],
  csrfToken: 'csrf',
};

/**
 * Renders part of a page as the app does: with the API (only the calls the test gives), a signed-in person and
 * dates in the Swedish order; returns a user-event session to work it with.
 */
export function renderInApp(ui: ReactNode, api: object) {
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider api={api as StyrApi}>
        <SignedInContext value={testMe}>
          <I18nProvider locale="sv-SE">{ui}</I18nProvider>
        </SignedInContext>
      </ApiProvider>
    </QueryClientProvider>,
  );
  return { user };
}
