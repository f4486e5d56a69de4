import type { Me } from '@styr/shared/contracts/auth';
import type { SignificantDeviation } from '@styr/shared/contracts/economy';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import type { StyrApi } from '../../api/styr-api.ts';
import { SignedInContext } from '../auth/index.ts';
import { DeviationSection } from './deviation-section.tsx';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const me: Me = {
  user: { id: id(1), email: 'controller@test.example', displayName: 'Controller', municipalityId: id(2) },
  municipality: { id: id(2), name: 'Testkommun', shortName: null },
  grants: [],
  csrfToken: 'csrf',
};
const deviation = (followUp: string, title: string): SignificantDeviation => ({
  followUp,
  key: `avvikelse-${followUp}`,
  title,
  cause: 'Fler placeringar än budgeterat.',
  consequencesForClients: null,
  consequencesForOrganisation: null,
  economicConsequences: null,
  measures: null,
  version: 1,
});

describe('significant deviations in a year with an adopted follow-up', () => {
  it('shows the adopted follow-up’s deviation as read, and keeps the other one editable', () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ApiProvider api={{} as StyrApi}>
          <SignedInContext value={me}>
            <DeviationSection
              deviations={[
                deviation('augusti', 'Placeringar i augusti'),
                deviation('arsrapport', 'Placeringar'),
              ]}
              year={2022}
              followUpName={(key) => (key === 'augusti' ? 'Delårsrapport augusti' : 'Årsrapport')}
              edit={{ committeeId: id(3), frozen: (followUp) => followUp === 'augusti' }}
            />
          </SignedInContext>
        </ApiProvider>
      </QueryClientProvider>,
    );
    const adopted = screen.getByRole('article', { name: 'Placeringar i augusti' });
    expect(adopted.querySelector('input, textarea, button')).toBeNull();
    expect(adopted.textContent).toContain('Fler placeringar än budgeterat.');
    // The annual report's deviation is still a form.
    expect(screen.getAllByRole('textbox').length).toBeGreaterThan(0);
  });
});
