import { beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  signInAs,
  tenantYearDocument,
} from '../../../../../test/harness.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let url: string;

beforeAll(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  url = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

const view = async () => (await call(context.app, context.admin, { method: 'GET', url })).json();

describe('the committee-year view, built once per revision', () => {
  it('shows every change at once: a goal text, an outcome and a whole import', async () => {
    const controller = await signInAs(context.app, context.tenant.users.controller.email);
    const first = await view();
    expect(await view()).toEqual(first);

    const goal = first.goals[0];
    const text = await call(context.app, controller, {
      method: 'PATCH',
      url: `${url}/goals/${goal.id}`,
      payload: { planText: '<p>Ny strategi</p>', version: goal.version },
    });
    expect(text.statusCode, text.body).toBe(200);
    expect((await view()).goals[0].planText).toBe('<p>Ny strategi</p>');

    const indicator = first.indicators[0];
    const value = await call(context.app, controller, {
      method: 'PUT',
      url: `${url}/indicators/${indicator.id}/values`,
      payload: { year: 2019, period: 'year', value: 4711 },
    });
    expect(value.statusCode, value.body).toBe(200);
    const stored = (await view()).indicators[0].values;
    expect(stored.find((entry: { year: number }) => entry.year === 2019)?.value).toBe(4711);

    const document = tenantYearDocument(context.tenant);
    document.goals = (document.goals ?? []).map((entry, index) =>
      index === 0 ? { ...entry, title: 'Ett mål från en ny fil' } : entry,
    );
    const imported = await call(context.app, controller, {
      method: 'POST',
      url: `${context.base}/import`,
      payload: document,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect((await view()).goals[0].title).toBe('Ett mål från en ny fil');
  });
});
