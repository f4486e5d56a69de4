import type { ActionPlan } from '@styr/shared/contracts/action-plans';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { renderInApp } from '../../test-providers.tsx';
import { conflictCells } from '../../test-queries.ts';
import { ActionPlanForm } from './action-plan-form.tsx';
import { plan, scope, view } from './action-plan-test-data.ts';
import { BudgetTable } from './action-plan-view.tsx';

type Send = (scope: unknown, id: string, body: object) => Promise<ActionPlan>;

/** The form of the stored plan (or a new one) against an API whose writes `send` answers. */
function renderForm(send: Send, stored: ActionPlan | null = plan) {
  const update = vi.fn(send);
  const create = vi.fn(async (at: unknown, body: object) => send(at, '', body));
  const onMessage = vi.fn();
  const onClose = vi.fn();
  const { user } = renderInApp(
    <ActionPlanForm scope={scope} view={view} plan={stored} onMessage={onMessage} onClose={onClose} />,
    { actionPlans: { update, create } },
  );
  const field = (group: string, label: string) =>
    within(screen.getByRole('group', { name: group })).getByLabelText(label) as HTMLInputElement;
  const save = () => user.click(screen.getByRole('button', { name: 'Spara handlingsplanen' }));
  return { user, update, create, onMessage, onClose, field, save };
}

const stored: Send = async (_scope, _id, body) => ({ ...plan, ...body, version: 4 });

describe('the action plan form', () => {
  it('sends amounts typed in tkr as exact kronor, against the version the plan was read at', async () => {
    const form = renderForm(stored);
    const amount = form.field('Budgetrad 2', 'HSNG, tkr (valfritt)');
    expect(amount.value).toBe('2\u00a0200');
    await form.user.clear(amount);
    await form.user.type(amount, '1 300,5');
    await form.user.clear(form.field('Budgetrad 2', 'SN, tkr (valfritt)'));
    await form.save();
    await waitFor(() =>
      expect(form.onMessage).toHaveBeenCalledWith('Handlingsplan folkhälsa 2023 är sparad.'),
    );
    expect(form.onClose).toHaveBeenCalledOnce();
    expect(form.update).toHaveBeenCalledOnce();
    expect(form.update.mock.calls[0]?.[1]).toBe(plan.id);
    expect(form.update.mock.calls[0]?.[2]).toMatchObject({
      version: 3,
      budget: [
        { key: 'ledare', amounts: { hsng: '700000', sn: '700000' } },
        { key: 'aldrande', amounts: { hsng: '1300500', sn: null } },
      ],
    });
  });

  it('reads and sends the amounts of funders whose keys hold a dot or only digits', async () => {
    const funders = [
      { key: 'region.vg', name: 'Regionen' },
      { key: '2023', name: 'Staten' },
    ];
    const keyed = {
      ...plan,
      funders,
      budget: [{ key: 'rad', label: 'Personal', amounts: { 'region.vg': '50000' } }],
    };
    const form = renderForm(stored, keyed);
    expect(form.field('Budgetrad 1', 'Regionen, tkr (valfritt)').value).toBe('50');
    await form.user.type(form.field('Budgetrad 1', 'Staten, tkr (valfritt)'), '7');
    await form.save();
    await waitFor(() => expect(form.update).toHaveBeenCalledOnce());
    expect(form.update.mock.calls[0]?.[2]).toMatchObject({
      budget: [{ key: 'rad', amounts: { 'region.vg': '50000', '2023': '7000' } }],
    });
  });

  it('lists what is wrong above the form, at each field too, and sends nothing', async () => {
    const form = renderForm(stored);
    await form.user.clear(screen.getByLabelText('Rubrik', { selector: '[name="title"]' }));
    await form.user.type(form.field('Budgetrad 1', 'SN, tkr (valfritt)'), 'sju');
    await form.save();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Planen är inte sparad. Rätta följande:/);
    const items = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toBe('Rubrik: Rubriken får inte vara tom');
    expect(items[1]).toMatch(/^Budgetrad 1, belopp: /);
    const title = screen.getByLabelText('Rubrik', { selector: '[name="title"]' });
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(title);
    expect(form.field('Budgetrad 1', 'SN, tkr (valfritt)').getAttribute('aria-invalid')).toBe('true');
    expect(form.update).not.toHaveBeenCalled();
  });

  it('places the server’s problems at the action they concern', async () => {
    const form = renderForm(async () => {
      throw new ApiError({
        code: 'VALIDATION',
        message: 'Uppgifterna är inte giltiga.',
        status: 400,
        details: [{ path: 'body.focusAreas.0.strategies.0.actions.0.what', message: 'För lång' }],
      });
    });
    await form.save();
    expect(await screen.findByText('Fokusområde 1, strategi 1, insats 1: För lång')).toBeTruthy();
    expect(form.field('Insats 1', 'Insats').getAttribute('aria-invalid')).toBe('true');
    expect(form.onMessage).not.toHaveBeenCalled();
  });

  it('on a version conflict compares each list as one row of its parts, not field by field', async () => {
    const [area] = plan.focusAreas;
    if (!area) throw new Error('The plan has a focus area');
    const theirs: ActionPlan = { ...plan, focusAreas: [{ ...area, title: 'Åldrande' }], version: 4 };
    const form = renderForm(async () => {
      throw new ApiError({ code: 'VERSION_CONFLICT', message: 'Ändrad', status: 409, current: theirs });
    });
    const title = screen.getByLabelText('Rubrik', { selector: '[name="title"]' });
    await form.user.clear(title);
    await form.user.type(title, 'Folkhälsa 2023');
    await form.save();

    const alert = await screen.findByRole('alert');
    // One "Rubrik": the focus area's own is part of its list's row.
    expect(conflictCells(alert, 'Rubrik')).toEqual(['Folkhälsa 2023', 'Handlingsplan folkhälsa 2023']);
    expect(conflictCells(alert, 'Fokusområden')).toEqual(['Åldrande med livskvalitet', 'Åldrande']);
    expect(conflictCells(alert, 'Finansiärer')).toEqual(['HSNG; SN', 'HSNG; SN']);
    expect(conflictCells(alert, 'Budgetrader')).toEqual([
      'Utvecklingsledare; Åldrande',
      'Utvecklingsledare; Åldrande',
    ]);
    expect(within(alert).queryByRole('row', { name: /^Insats/ })).toBeNull();
  });

  it('builds a new plan part by part; a funder removed takes its amounts along', async () => {
    const form = renderForm(stored, null);
    const { user, field } = form;
    await user.type(screen.getByLabelText('Rubrik', { selector: '[name="title"]' }), 'Trygg uppväxt');
    const period = screen.getByRole('group', { name: /Gäller från/ });
    await user.click(within(period).getAllByRole('spinbutton')[0] as HTMLElement);
    await user.keyboard('20240101');
    await user.type(field('Fokusområde 1', 'Rubrik'), 'Skola');
    await user.type(field('Strategi 1', 'Strategi'), 'Närvaro');
    await user.type(field('Insats 1', 'Insats'), 'Närvarocoacher');
    await user.click(screen.getByRole('button', { name: 'Lägg till en insats' }));
    await user.keyboard('Läxhjälp');
    await user.type(field('Finansiär 1', 'Namn'), 'Region');
    await user.click(screen.getByRole('button', { name: 'Lägg till en finansiär' }));
    await user.keyboard('Kommunen');
    await user.click(screen.getByRole('button', { name: 'Lägg till en budgetrad' }));
    await user.keyboard('Personal');
    await user.type(field('Budgetrad 1', 'Region, tkr (valfritt)'), '500');
    await user.type(field('Budgetrad 1', 'Kommunen, tkr (valfritt)'), '250');
    await user.click(screen.getByRole('button', { name: 'Ta bort finansiär 2' }));
    await form.save();

    await waitFor(() => expect(form.onMessage).toHaveBeenCalledOnce());
    const body = form.create.mock.calls[0]?.[1];
    expect(body).toMatchObject({
      title: 'Trygg uppväxt',
      periodFrom: '2024-01-01',
      periodTo: null,
      focusAreas: [
        {
          title: 'Skola',
          strategies: [{ title: 'Närvaro', actions: [{ what: 'Närvarocoacher' }, { what: 'Läxhjälp' }] }],
        },
      ],
      funders: [{ name: 'Region' }],
      budget: [{ label: 'Personal' }],
    });
    const [funder] = (body as { funders: { key: string }[] }).funders;
    expect((body as { budget: { amounts: object }[] }).budget[0]?.amounts).toEqual({
      [funder?.key ?? '']: '500000',
    });
  });
});

describe('the budget table', () => {
  it('shows each row’s sum and the funders’ sums and the total at its foot, in tkr', () => {
    render(<BudgetTable plan={plan} />);
    const rows = screen
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Budgetpost', 'HSNG', 'SN', 'Summa'],
      ['Utvecklingsledare', '700', '700', '1\u00a0400'],
      ['Åldrande', '2\u00a0200', '2\u00a0200', '4\u00a0400'],
      ['Summa', '2\u00a0900', '2\u00a0900', '5\u00a0800'],
    ]);
  });
});
