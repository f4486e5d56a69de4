import type { DepartmentResult, EquityView } from '@styr/shared/contracts/economy';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import type { StyrApi } from '../../api/styr-api.ts';
import { conflictCells } from '../../test-queries.ts';
import { departmentForm, equityForm } from './amount-forms.ts';
import { AmountsForm } from './amounts-form.tsx';
import { committeeId, renderWithApi, scope } from './economy-test-setup.tsx';

const department: DepartmentResult = {
  key: 'forsorjningsstod',
  name: 'Avd Försörjningsstöd',
  resultBudget: '-80000000',
  resultActual: '-78500000',
  deviation: '1500000',
  forecasts: [],
  comment: null,
  version: 4,
};

/** Where the forms stand: the committee's year 2022, frozen by its annual report. */
const year = { committeeId, year: 2022, documentName: 'Årsrapport 2022' };

function renderDepartment(updateDepartment: StyrApi['economy']['updateDepartment']) {
  const user = renderWithApi(<AmountsForm kind={departmentForm} item={department} {...year} />, {
    economy: { updateDepartment },
  });
  return { user, form: screen.getByRole('form', { name: 'Avd Försörjningsstöd' }) };
}

const savedDepartment = (_scope: unknown, _key: unknown, body: Partial<DepartmentResult>) =>
  Promise.resolve({ ...department, ...body, version: department.version + 1 });

describe('a department’s result', () => {
  it('shows the stored figures in tkr and saves typed tkr as kronor, with the comment', async () => {
    const updateDepartment = vi.fn(savedDepartment);
    const { user, form } = renderDepartment(updateDepartment);
    const actual = within(form).getByLabelText<HTMLInputElement>(/^Resultat i tkr/);
    expect(actual.value).toBe('−78\u00a0500');
    await user.clear(actual);
    await user.type(actual, '-79 250,5');
    await user.type(within(form).getByLabelText(/^Kommentar till resultatet/), ' Färre hushåll. ');
    expect(within(form).getByText('Ej sparad ändring')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: /^Spara/ }));
    await vi.waitFor(() => expect(updateDepartment).toHaveBeenCalledOnce());
    expect(updateDepartment).toHaveBeenCalledWith(scope, 'forsorjningsstod', {
      version: 4,
      resultActual: '-79250500',
      resultBudget: '-80000000',
      comment: 'Färre hushåll.',
    });
    expect(await within(form).findByText('Avd Försörjningsstöd är sparad.')).toBeTruthy();
  });

  it('says at the field what in a typed amount does not read, and sends nothing', async () => {
    const updateDepartment = vi.fn(savedDepartment);
    const { user, form } = renderDepartment(updateDepartment);
    const budget = within(form).getByLabelText(/^Budget i tkr/);
    await user.clear(budget);
    await user.type(budget, 'åttio');
    await user.click(within(form).getByRole('button', { name: /^Spara/ }));
    expect(await within(form).findByText(/inte ett tal/)).toBeTruthy();
    expect(budget.getAttribute('aria-invalid')).toBe('true');
    expect(updateDepartment).not.toHaveBeenCalled();
  });

  it('names who saved in between and compares the figures, keeping what the person typed', async () => {
    const theirs = { ...department, resultActual: '-79000000', version: 5 };
    const changedBy = { name: 'Anna Andersson', at: '2022-10-03T09:15:00Z' };
    const conflict = new ApiError({
      code: 'VERSION_CONFLICT',
      message: 'Ändrad',
      current: theirs,
      changedBy,
    });
    const updateDepartment = vi.fn().mockRejectedValueOnce(conflict).mockImplementation(savedDepartment);
    const { user, form } = renderDepartment(updateDepartment);
    const actual = within(form).getByLabelText(/^Resultat i tkr/);
    await user.clear(actual);
    await user.type(actual, '-78 000');
    await user.click(within(form).getByRole('button', { name: /^Spara/ }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Anna Andersson har ändrat resultatet för Avd Försörjningsstöd');
    expect(conflictCells(alert, 'Resultat i tkr')).toEqual(['-78 000', '−79\u00a0000']);
    await user.click(within(alert).getByRole('button', { name: 'Spara min version i stället' }));
    await vi.waitFor(() => expect(updateDepartment).toHaveBeenCalledTimes(2));
    expect(updateDepartment.mock.calls[1]?.[2]).toMatchObject({ version: 5, resultActual: '-78000000' });
  });

  it('names the adopted annual report when the save is refused', async () => {
    const updateDepartment = vi.fn(async () => {
      throw new ApiError({ code: 'FROZEN', status: 409, message: 'Årsrapport 2022 är fastställd.' });
    });
    const { user, form } = renderDepartment(updateDepartment);
    await user.type(within(form).getByLabelText(/^Kommentar till resultatet/), 'Sent.');
    await user.click(within(form).getByRole('button', { name: /^Spara/ }));
    expect((await within(form).findByRole('alert')).textContent).toContain(
      'Årsrapport 2022 är fastställd och kan inte ändras',
    );
  });
});

describe('the assessment of eget kapital', () => {
  it('is saved without a version while none is stored', async () => {
    const equity: EquityView = {
      closing: '41600000',
      decidedLevel: null,
      proposedLevel: null,
      toReturn: null,
      assessment: null,
      version: 0,
    };
    const setEquity = vi.fn(async (_scope: unknown, body: Partial<EquityView>) => ({
      ...equity,
      ...body,
      version: 1,
    }));
    const user = renderWithApi(<AmountsForm kind={equityForm} item={equity} {...year} />, {
      economy: { setEquity },
    });
    const form = screen.getByRole('form', { name: 'Värdering av eget kapital' });
    await user.type(within(form).getByLabelText(/^Föreslagen nivå i tkr/), '40 000');
    await user.type(within(form).getByLabelText(/^Nämndens värdering/), 'Nivån räcker.');
    await user.click(within(form).getByRole('button', { name: /^Spara/ }));
    await vi.waitFor(() => expect(setEquity).toHaveBeenCalledOnce());
    expect(setEquity).toHaveBeenCalledWith(scope, {
      decidedLevel: null,
      proposedLevel: '40000000',
      assessment: 'Nivån räcker.',
    });
    expect(await within(form).findByText('Värderingen av det egna kapitalet är sparad.')).toBeTruthy();
  });
});
