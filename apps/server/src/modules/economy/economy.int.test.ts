import type { EconomyView, StatementRow } from '@styr/shared/contracts/economy';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeEconomyFixture } from '../../../../../test/fixtures/economy.ts';
import {
  call,
  createSignedInTenant,
  depsFor,
  freshDatabase,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';
import type { Database } from '../../db/connect.ts';
import { exportCommitteeYear } from '../interchange/export.service.ts';
import { importCommitteeYear } from '../interchange/import.service.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let yearUrl: string;
let empty: Database;

beforeAll(async () => {
  empty = await freshDatabase();
});
afterAll(() => empty?.close());

beforeEach(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  const scope = {
    municipalityId: context.tenant.municipalityId,
    committeeId: context.tenant.nodes.committee,
    year: 2022,
  };
  await writeEconomyFixture(context.deps, scope);
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

const economy = async () =>
  (await call(context.app, controller, { method: 'GET', url: `${yearUrl}/economy` })).json();
const setAmount = (payload: Record<string, unknown>) =>
  call(context.app, controller, { method: 'PUT', url: `${yearUrl}/economy/amounts`, payload });
const row = (view: EconomyView, line: string) =>
  view.statement.rows.find((candidate) => candidate.line === line) as StatementRow;

describe('economy of a committee year', () => {
  it('computes the result, deviations, earlier actuals, department totals and kommunbidrag sums', async () => {
    const view = await economy();
    expect(view.statement.columns.map((column: { id: string }) => column.id)).toEqual([
      'actual-2022',
      'budget-2022',
      'deviation-2022',
      'forecast-2022-8',
      'actual-2021',
    ]);
    expect(row(view, 'resultat').values).toMatchObject({
      'actual-2022': '81631000',
      'budget-2022': '85000',
      'deviation-2022': '81546000',
      'actual-2021': '124278000',
    });
    expect(row(view, 'eget-kapital').values['actual-2022']).toBeNull();
    expect(view.departments.total).toEqual({
      resultBudget: '0',
      resultActual: '43595000',
      deviation: '43595000',
      forecasts: [{ month: 10, amount: '38200000' }],
    });
    expect(view.grant).toMatchObject({
      months: [5],
      budgetTotal: '313106000',
      monthTotals: { 5: '46520000' },
      total: '359626000',
      problems: [],
    });
  });

  it('enters a figure with a version check and refuses figures for computed lines', async () => {
    const created = await setAmount({
      line: 'eget-kapital',
      year: 2022,
      column: 'actual',
      amount: '116588000',
    });
    expect(created.json()).toMatchObject({ amount: '116588000', version: 1 });
    const updated = await setAmount({
      version: 1,
      line: 'eget-kapital',
      year: 2022,
      column: 'actual',
      amount: '1',
    });
    expect(updated.json().version).toBe(2);
    const stale = await setAmount({
      version: 1,
      line: 'eget-kapital',
      year: 2022,
      column: 'actual',
      amount: '2',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'VERSION_CONFLICT' },
      current: { amount: '1', version: 2 },
    });
    const computed = await setAmount({ line: 'resultat', year: 2022, column: 'actual', amount: '1' });
    expect(computed.statusCode).toBe(400);
    expect(computed.json().error.message).toBe('Resultat räknas fram ur sina delar och kan inte anges.');
    const noMonth = await setAmount({ line: 'intakter', year: 2022, column: 'forecast', amount: '1' });
    expect(noMonth.json().error.details[0].path).toBe('body.month');
    expect(row(await economy(), 'eget-kapital').values['actual-2022']).toBe('1');
  });

  it('changes a department with a version check', async () => {
    const url = `${yearUrl}/economy/departments/bu-myndighet`;
    const changed = await call(context.app, controller, {
      method: 'PATCH',
      url,
      payload: { version: 1, resultActual: '-1600000', comment: 'Utan tilläggsbeslutet ett underskott.' },
    });
    expect(changed.json()).toMatchObject({ resultActual: '-1600000', deviation: '-1600000', version: 2 });
    const stale = await call(context.app, controller, {
      method: 'PATCH',
      url,
      payload: { version: 1, comment: 'x' },
    });
    expect(stale.statusCode).toBe(409);
    const missing = await call(context.app, controller, {
      method: 'PATCH',
      url: `${yearUrl}/economy/departments/finns-inte`,
      payload: { version: 1, comment: 'x' },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('freezes the figures once the annual report is adopted', async () => {
    const status = (payload: Record<string, unknown>) =>
      call(context.app, controller, {
        method: 'POST',
        url: `${yearUrl}/documents/arsrapport/status`,
        payload,
      });
    // The plan is adopted before the annual report that follows it up.
    for (const payload of [
      { status: 'review' },
      { status: 'adopted', decision: { date: '2022-02-15', paragraph: '§ 20' } },
    ]) {
      await call(context.app, controller, {
        method: 'POST',
        url: `${yearUrl}/documents/plan/status`,
        payload,
      });
    }
    await status({ status: 'review' });
    await status({ version: 2, status: 'adopted', decision: { date: '2023-02-14', paragraph: '§ 5' } });
    const refused = await setAmount({ line: 'intakter', year: 2022, column: 'actual', amount: '1' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('FROZEN');
    expect(row(await economy(), 'intakter').values['actual-2022']).toBe('128122000');
  });
});

describe('economy in the open format', () => {
  const scope = () => ({
    municipalityId: context.tenant.municipalityId,
    committeeId: context.tenant.nodes.committee,
    year: 2022,
  });
  const system = { source: 'prov.json', actor: null, municipalityId: null };

  it('exports, imports into an empty database and exports the same document', async () => {
    const exported = await exportCommitteeYear(context.deps, scope());
    expect(exported.economy?.departments.map((department) => department.key)).toEqual([
      'bu-myndighet',
      'namndreserv',
    ]);
    const into = depsFor(empty);
    const summary = await importCommitteeYear(into, exported, system);
    expect(await exportCommitteeYear(into, summary)).toEqual(exported);
  });

  it('refuses a file whose kommunbidrag does not balance, names where, and saves nothing', async () => {
    const exported = await exportCommitteeYear(context.deps, scope());
    const broken = structuredClone(exported);
    if (!broken.economy) throw new Error('economy missing');
    broken.economy.grantRounds = [{ month: 5, reason: 'Flytt', decisionAmount: null }];
    broken.economy.amounts.push({ line: 'intakter', year: 2022, column: 'budget', month: 3, amount: '1' });
    const first = broken.economy.departments[0];
    if (first) first.name = 'Ändrad';
    const refused = await importCommitteeYear(context.deps, broken, {
      ...system,
      municipalityId: context.tenant.municipalityId,
    }).catch((error) => error);
    expect(refused.details).toEqual(
      expect.arrayContaining([
        {
          path: 'economy.grantRounds[0]',
          message:
            'Justeringarna i maj går inte jämnt ut (46\u00a0520\u00a0tkr) och inget nytt beslut förklarar skillnaden',
        },
        {
          path: `economy.amounts[${broken.economy.amounts.length - 1}].month`,
          message: 'Bara prognos och utfall har en månad',
        },
      ]),
    );
    expect(await exportCommitteeYear(context.deps, scope())).toEqual(exported);
  });

  it('still imports a file without the economy section', async () => {
    const exported = await exportCommitteeYear(context.deps, scope());
    const { economy: _economy, ...older } = exported;
    const into = depsFor(empty);
    const summary = await importCommitteeYear(
      into,
      {
        ...older,
        municipality: {
          ...older.municipality,
          id: crypto.randomUUID(),
          name: `Äldre ${crypto.randomUUID().slice(0, 6)}`,
        },
      },
      system,
    );
    expect((await exportCommitteeYear(into, summary)).economy).toBeUndefined();
  });
});
