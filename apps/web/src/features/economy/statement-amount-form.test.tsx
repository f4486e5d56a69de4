import type { EconomyView, StatementAmountView } from '@styr/shared/contracts/economy';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import type { StyrApi } from '../../api/styr-api.ts';
import { renderWithApi, scope, yearView } from './economy-test-setup.tsx';
import { StatementAmountForm } from './statement-amount-form.tsx';

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
  setStatementAmount: StyrApi['economy']['setStatementAmount'] = vi.fn(),
  {
    view = yearView(),
    earlier = yearView([], 2021),
  }: { view?: CommitteeYearView; earlier?: CommitteeYearView } = {},
) {
  const getCommitteeYear = vi.fn(async () => earlier);
  const api = { economy: { setStatementAmount }, plan: { getCommitteeYear } };
  const user = renderWithApi(<StatementAmountForm view={view} economy={economy(amounts)} />, api);
  return { user, getCommitteeYear };
}

const amountField = () => screen.getByLabelText<HTMLInputElement>(/^Belopp i tkr/);

describe('the statement amount form on a computed line', () => {
  it('enters the printed figure, marked as printed', async () => {
    const setStatementAmount = vi.fn(async () => printed);
    const { user } = renderForm([], setStatementAmount);
    await user.selectOptions(screen.getByLabelText('Rad'), 'resultat');
    expect(screen.queryByLabelText(/^Belopp i tkr/)).toBeNull();
    await user.type(screen.getByLabelText(/^Tryckt belopp i tkr/), '81 000');
    await user.click(screen.getByRole('button', { name: /^Ange tryckt belopp/ }));
    await vi.waitFor(() => expect(setStatementAmount).toHaveBeenCalledTimes(1));
    expect(setStatementAmount).toHaveBeenCalledWith(scope, {
      line: 'resultat',
      year: 2022,
      column: 'actual',
      month: null,
      amount: '81000000',
      printed: true,
    });
    expect(await screen.findByText('Resultat är sparat.')).toBeTruthy();
  });

  it('removes a stored printed figure against its version', async () => {
    const setStatementAmount = vi.fn(async () => null);
    const { user } = renderForm([printed], setStatementAmount);
    await user.selectOptions(screen.getByLabelText('Rad'), 'resultat');
    expect(screen.getByLabelText<HTMLInputElement>(/^Tryckt belopp i tkr/).value).toBe('81\u00a0000');
    await user.click(screen.getByRole('button', { name: 'Ta bort tryckt belopp för Resultat' }));
    await vi.waitFor(() => expect(setStatementAmount).toHaveBeenCalledTimes(1));
    expect(setStatementAmount).toHaveBeenCalledWith(scope, {
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
});

describe('the statement amount form on an entered line', () => {
  it('keeps the figure unmarked', async () => {
    const setStatementAmount = vi.fn(async () => ({ ...printed, line: 'intakter' }));
    const { user } = renderForm([], setStatementAmount);
    await user.type(amountField(), '128 300');
    await user.click(screen.getByRole('button', { name: /^Spara/ }));
    await vi.waitFor(() => expect(setStatementAmount).toHaveBeenCalledTimes(1));
    expect(setStatementAmount).toHaveBeenCalledWith(
      scope,
      expect.objectContaining({ line: 'intakter', amount: '128300000', printed: false }),
    );
  });

  it('says at the field, in Swedish, an amount with more than whole öre, and sends nothing', async () => {
    const setStatementAmount = vi.fn();
    const { user } = renderForm([], setStatementAmount);
    await user.type(amountField(), '1,234567');
    await user.click(screen.getByRole('button', { name: /^Spara/ }));
    expect(await screen.findByText('Beloppet får ha högst fem decimaler i tkr (hela ören)')).toBeTruthy();
    expect(amountField().getAttribute('aria-invalid')).toBe('true');
    expect(setStatementAmount).not.toHaveBeenCalled();
  });

  it('starts from what is stored in the cell chosen next, and saves against its version', async () => {
    const forecast = { ...printed, line: 'intakter', column: 'forecast' as const, month: 10, amount: '5000' };
    const setStatementAmount = vi.fn(async () => ({ ...forecast, version: 3 }));
    const { user } = renderForm([{ ...forecast, version: 2 }], setStatementAmount);
    expect(amountField().value).toBe('');
    await user.selectOptions(screen.getByLabelText('Kolumn'), 'forecast-2022');
    expect(amountField().value).toBe('5');
    await user.clear(amountField());
    await user.type(amountField(), '6');
    await user.click(screen.getByRole('button', { name: /^Spara/ }));
    await vi.waitFor(() => expect(setStatementAmount).toHaveBeenCalledTimes(1));
    expect(setStatementAmount).toHaveBeenCalledWith(
      scope,
      expect.objectContaining({ version: 2, column: 'forecast', month: 10, amount: '6000' }),
    );
  });

  it('shows a refusal by an adopted document with the document named', async () => {
    const refusal = new ApiError({ code: 'FROZEN', status: 409, message: 'Årsrapport 2022 är fastställd.' });
    const { user } = renderForm(
      [],
      vi.fn(async () => {
        throw refusal;
      }),
    );
    await user.type(amountField(), '1');
    await user.click(screen.getByRole('button', { name: /^Spara/ }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Årsrapport 2022 är fastställd och kan inte ändras',
    );
    expect(screen.getByRole('button', { name: 'Visa uppgifterna som de fastställdes' })).toBeTruthy();
  });
});

describe('a figure of an adopted document', () => {
  it('shows a forecast of an adopted interim report’s month as read, naming the report', async () => {
    const augusti = { ...printed, line: 'intakter', column: 'forecast' as const, month: 8, amount: '7000' };
    const { user } = renderForm([augusti], vi.fn(), { view: yearView(['augusti']) });
    await user.selectOptions(screen.getByLabelText('Kolumn'), 'forecast-2022');
    expect(amountField().disabled).toBe(false);
    await user.selectOptions(screen.getByLabelText('Prognosens månad'), '8');
    expect(amountField().disabled).toBe(true);
    expect(amountField().value).toBe('7');
    expect(
      screen.getByText(/Delårsrapport augusti 2022 är fastställd, så beloppet kan inte ändras\./),
    ).toBeTruthy();
    expect(amountField().getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Spara/ })).toBeNull();
  });

  it('reads whether an earlier year’s annual report is adopted before its outcome may be entered', async () => {
    const { user, getCommitteeYear } = renderForm([], vi.fn(), { earlier: yearView(['arsrapport'], 2021) });
    await user.selectOptions(screen.getByLabelText('Kolumn'), 'actual-2021');
    expect(
      await screen.findByText(/Årsrapport 2021 är fastställd, så beloppet kan inte ändras\./),
    ).toBeTruthy();
    expect(amountField().disabled).toBe(true);
    expect(getCommitteeYear).toHaveBeenCalledWith(scope.municipalityId, scope.committeeId, 2021);
  });

  it('lets an earlier year’s outcome be entered while its annual report is not adopted', async () => {
    const { user } = renderForm([], vi.fn());
    await user.selectOptions(screen.getByLabelText('Kolumn'), 'actual-2021');
    await vi.waitFor(() => expect(amountField().disabled).toBe(false));
    expect(screen.getByRole('button', { name: /^Spara/ })).toBeTruthy();
  });
});
