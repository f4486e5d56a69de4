import type { Me } from '@styr/shared/contracts/auth';
import type { DocumentOverview } from '@styr/shared/contracts/documents';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiProvider } from '../../api/api-context.tsx';
import type { StyrApi } from '../../api/styr-api.ts';
import { SignedInContext } from '../auth/index.ts';

export const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const me: Me = {
  user: { id: id(1), email: 'admin@test.example', displayName: 'Admin', municipalityId: id(2) },
  municipality: { id: id(2), name: 'Testkommun', shortName: null },
  grants: [],
  csrfToken: 'csrf',
};

/** Renders the children signed in as the test municipality's administrator, against an API of only the given parts. */
export function renderWith(api: unknown, children: ReactNode) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider api={api as StyrApi}>
        <SignedInContext value={me}>{children}</SignedInContext>
      </ApiProvider>
    </QueryClientProvider>,
  );
}

/** Årsrapport 2022 of a committee, not adopted, with the chapters and texts given. */
export const overviewWith = (
  chapters: DocumentOverview['chapters'],
  texts: DocumentOverview['texts'] = [],
): DocumentOverview => ({
  kind: 'arsrapport',
  title: 'Årsrapport 2022',
  document: 'arsrapport',
  status: 'draft',
  deadline: null,
  chapters,
  texts,
  snapshots: [],
});
