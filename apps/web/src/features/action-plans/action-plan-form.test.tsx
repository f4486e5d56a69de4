import type { ActionPlan } from '@styr/shared/contracts/action-plans';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import { createHttpClient } from '../../api/http-client.ts';
import { createStyrApi } from '../../api/styr-api.ts';
import { ActionPlanForm } from './action-plan-form.tsx';
import { BudgetTable } from './action-plan-view.tsx';

const scope = { municipalityId: crypto.randomUUID(), committeeId: crypto.randomUUID(), year: 2023 };

const plan: ActionPlan = {
  id: crypto.randomUUID(),
  key: 'folkhalsa',
  version: 3,
  title: 'Handlingsplan folkhälsa 2023',
  partner: 'Hälso- och sjukvårdsnämnden',
  periodFrom: '2023-01-01',
  periodTo: '2025-12-31',
  purpose: null,
  funders: [
    { key: 'hsng', name: 'HSNG' },
    { key: 'sn', name: 'SN' },
  ],
  focusAreas: [
    {
      key: 'aldrande',
      title: 'Åldrande med livskvalitet',
      description: null,
      strategies: [
        {
          key: 'ensamhet',
          title: 'Motverka ofrivillig ensamhet',
          actions: [
            {
              key: 'aktiviteter',
              what: 'Sociala aktiviteter',
              targetGroup: 'äldre',
              actors: null,
              plannedEffect: null,
              followUps: [],
            },
          ],
        },
      ],
    },
  ],
  budget: [
    { key: 'ledare', label: 'Utvecklingsledare', amounts: { hsng: '700000', sn: '700000' } },
    { key: 'aldrande', label: 'Åldrande', amounts: { hsng: '2200000', sn: '2200000' } },
  ],
  sums: {
    rows: [
      { key: 'ledare', total: '1400000' },
      { key: 'aldrande', total: '4400000' },
    ],
    funders: [
      { key: 'hsng', total: '2900000' },
      { key: 'sn', total: '2900000' },
    ],
    total: '5800000',
  },
};

/** The form against a server that answers each write with `answer`; the requests it gets are kept. */
function renderForm(answer: (body: unknown) => { status: number; body: unknown }) {
  const requests: { method: string; url: string; body: unknown }[] = [];
  const fetchFn = vi.fn(async (url: string, init: RequestInit) => {
    if (url === '/api/auth/csrf') return new Response(JSON.stringify({ csrfToken: 'token' }));
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    requests.push({ method: String(init.method), url, body });
    const reply = answer(body);
    return new Response(JSON.stringify(reply.body), { status: reply.status });
  });
  const onSaved = vi.fn();
  const api = createStyrApi({ http: createHttpClient({ fetchFn: fetchFn as unknown as typeof fetch }) });
  const view = render(
    <ApiProvider api={api}>
      <QueryClientProvider client={new QueryClient()}>
        <ActionPlanForm scope={scope} plan={plan} onSaved={onSaved} onCancel={() => {}} />
      </QueryClientProvider>
    </ApiProvider>,
  );
  const field = (name: string) => {
    const found = view.container.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (!found) throw new Error(`no field ${name}`);
    return found;
  };
  const save = () => fireEvent.click(screen.getByRole('button', { name: 'Spara handlingsplanen' }));
  return { requests, onSaved, field, save };
}

describe('the action plan form', () => {
  it('sends amounts typed in tkr as exact kronor, against the version the plan was read at', async () => {
    const form = renderForm(() => ({ status: 200, body: { ...plan, version: 4 } }));
    expect(form.field('budget-1-hsng').value).toBe('2\u00a0200');
    fireEvent.change(form.field('budget-1-hsng'), { target: { value: '1 300,5' } });
    fireEvent.change(form.field('budget-1-sn'), { target: { value: '' } });
    form.save();
    await waitFor(() => expect(form.onSaved).toHaveBeenCalledOnce());
    expect(form.requests).toHaveLength(1);
    expect(form.requests[0]).toMatchObject({
      method: 'PUT',
      url: `/api/municipalities/${scope.municipalityId}/committees/${scope.committeeId}/years/2023/action-plans/${plan.id}`,
      body: {
        version: 3,
        budget: [
          { key: 'ledare', amounts: { hsng: '700000', sn: '700000' } },
          { key: 'aldrande', amounts: { hsng: '1300500', sn: null } },
        ],
      },
    });
  });

  it('lists what is wrong, at each field too, and sends nothing', () => {
    const form = renderForm(() => ({ status: 500, body: {} }));
    fireEvent.change(form.field('title'), { target: { value: ' ' } });
    fireEvent.change(form.field('budget-0-sn'), { target: { value: 'sju' } });
    form.save();
    const alert = screen.getByRole('alert');
    const items = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^Belopp: /);
    expect(items[1]).toMatch(/^Rubrik: /);
    expect(form.field('title').getAttribute('aria-invalid')).toBe('true');
    expect(form.field('budget-0-sn').getAttribute('aria-invalid')).toBe('true');
    expect(form.requests).toEqual([]);
  });

  it('places the server’s problems at the action they concern', async () => {
    const form = renderForm(() => ({
      status: 400,
      body: {
        error: {
          code: 'VALIDATION',
          message: 'Uppgifterna är inte giltiga.',
          details: [{ path: 'body.focusAreas[0].strategies[0].actions[0].what', message: 'För lång' }],
        },
      },
    }));
    form.save();
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Fokusområde 1, strategi 1, insats 1: För lång',
      ),
    );
    expect(form.field('focusAreas-0-strategy-0-action-0-what').getAttribute('aria-invalid')).toBe('true');
    expect(form.onSaved).not.toHaveBeenCalled();
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
