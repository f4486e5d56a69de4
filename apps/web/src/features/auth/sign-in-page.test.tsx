import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import { ApiError } from '../../api/api-error.ts';
import type { StyrApi } from '../../api/styr-api.ts';
import { SignInPage } from './sign-in-page.tsx';

function renderSignIn(signIn: StyrApi['auth']['signIn']) {
  const api = { auth: { getMe: vi.fn(async () => null), signIn: vi.fn(signIn) } };
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider api={api as unknown as StyrApi}>
        <MemoryRouter initialEntries={['/logga-in']}>
          <Routes>
            <Route path="/logga-in" element={<SignInPage />} />
            <Route path="/" element={<h1>Start</h1>} />
          </Routes>
        </MemoryRouter>
      </ApiProvider>
    </QueryClientProvider>,
  );
  return api.auth.signIn;
}

describe('signing in', () => {
  it('says at each field what is missing and sends nothing', async () => {
    const signIn = renderSignIn(async () => {
      throw new Error('not sent');
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Logga in' }));
    expect(await screen.findByText('Ange lösenord')).toBeTruthy();
    expect(screen.getByLabelText('E-postadress').getAttribute('aria-invalid')).toBe('true');
    expect(signIn).not.toHaveBeenCalled();
  });

  it('tells a refused sign-in above the form and empties the password', async () => {
    renderSignIn(async () => {
      throw new ApiError({
        code: 'UNAUTHENTICATED',
        message: 'Fel e-postadress eller lösenord.',
        status: 401,
      });
    });
    await userEvent.type(await screen.findByLabelText('E-postadress'), 'person@test.example');
    await userEvent.type(screen.getByLabelText('Lösenord'), 'fel-losenord');
    await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(await screen.findByText('Inloggningen misslyckades')).toBeTruthy();
    expect(screen.getByText('Fel e-postadress eller lösenord.')).toBeTruthy();
    expect((screen.getByLabelText('Lösenord') as HTMLInputElement).value).toBe('');
  });

  it('goes on to the start page once signed in', async () => {
    const signIn = renderSignIn(async () => ({}) as Awaited<ReturnType<StyrApi['auth']['signIn']>>);
    await userEvent.type(await screen.findByLabelText('E-postadress'), 'person@test.example');
    await userEvent.type(screen.getByLabelText('Lösenord'), 'styr-demo-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(await screen.findByRole('heading', { name: 'Start' })).toBeTruthy();
    expect(signIn.mock.calls[0]?.[0]).toEqual({ email: 'person@test.example', password: 'styr-demo-2026' });
  });
});
