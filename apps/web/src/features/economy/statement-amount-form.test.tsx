import type { Me } from '@styr/shared/contracts/auth';
import type { EconomyView, StatementAmountView } from '@styr/shared/contracts/economy';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import type { StyrApi } from '../../api/styr-api.ts';
import { SignedInContext } from '../auth/index.ts';
import { StatementAmountForm } from './statement-amount-form.tsx';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const me: Me = {
  user: { id: id(1), email: 'controller@test.example', displayName: 'Controller', municipalityId: id(2) },
  municipality: { id: id(2), name: 'Testkommun', shortName: null },
  grants: [],
  csrfToken: 'csrf',
};
const printed: StatementAmountView = {
  line: 'resultat',
  year: 2022,
  column: 'actual',
  month: null,
  amount: '81000000',
  version: 1,
};

function economy(amounts: StatementAmountView[]): EconomyView {
  const row = (line: string, label: string, computed: boolean) => ({ line, label, computed, values: {} });
  return {
    year: 2022,
    statement: { amounts },
    tables: [{ rows: [row('intakter', 'Intäkter', false), row('resultat', 'Resultat', true)] }],
  } as unknown as EconomyView;
}

function renderForm(
  amounts: StatementAmountView[],
  setStatementAmount: StyrApi['economy']['setStatementAmount'],
) {
  const api = { economy: { setStatementAmount } } as unknown as StyrApi;
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider api={api}>
        <SignedInContext value={me}>
          <StatementAmountForm
            committeeId={id(3)}
            economy={economy(amounts)}
            documentName="Årsrapport 2022"
          />
        </SignedInContext>
      </ApiProvider>
    </QueryClientProvider>,
  );
}

describe('the statement amount form on a computed line', () => {
  it('enters the printed figure, marked as printed', async () => {
    const setStatementAmount = vi.fn(async () => printed);
    renderForm([], setStatementAmount);
    fireEvent.change(screen.getByLabelText('Rad'), { target: { value: 'resultat' } });
    expect(screen.queryByLabelText('Belopp i tkr')).toBeNull();
    fireEvent.change(screen.getByLabelText('Tryckt belopp i tkr'), { target: { value: '81 000' } });
    fireEvent.click(screen.getByRole('button', { name: /^Ange tryckt belopp/ }));
    await vi.waitFor(() => expect(setStatementAmount).toHaveBeenCalledTimes(1));
    expect(setStatementAmount).toHaveBeenCalledWith(
      { municipalityId: id(2), committeeId: id(3), year: 2022 },
      { line: 'resultat', year: 2022, column: 'actual', month: null, amount: '81000000', printed: true },
    );
    expect(await screen.findByText('Resultat är sparat.')).toBeTruthy();
  });

  it('removes a stored printed figure against its version', async () => {
    const setStatementAmount = vi.fn(async () => null);
    renderForm([printed], setStatementAmount);
    fireEvent.change(screen.getByLabelText('Rad'), { target: { value: 'resultat' } });
    expect((screen.getByLabelText('Tryckt belopp i tkr') as HTMLInputElement).value).toBe('81\u00a0000');
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort tryckt belopp för Resultat' }));
    await vi.waitFor(() => expect(setStatementAmount).toHaveBeenCalledTimes(1));
    expect(setStatementAmount).toHaveBeenCalledWith(expect.anything(), {
      version: 1,
      line: 'resultat',
      year: 2022,
      column: 'actual',
      month: null,
      amount: null,
      printed: true,
    });
    expect(await screen.findByText('Det tryckta beloppet för Resultat är borttaget.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ta bort tryckt belopp för Resultat' })).toBeNull();
  });

  it('keeps an entered line’s figure unmarked', async () => {
    const setStatementAmount = vi.fn(async () => ({ ...printed, line: 'intakter' }));
    renderForm([], setStatementAmount);
    fireEvent.change(screen.getByLabelText('Belopp i tkr'), { target: { value: '128 300' } });
    fireEvent.click(screen.getByRole('button', { name: /^Spara/ }));
    await vi.waitFor(() => expect(setStatementAmount).toHaveBeenCalledTimes(1));
    expect(setStatementAmount).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ line: 'intakter', amount: '128300000', printed: false }),
    );
  });
});
