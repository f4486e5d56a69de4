import { beforeEach, describe, expect, it } from 'vitest';
import { writeEconomyFixture } from '../../../../../test/fixtures/economy.ts';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let economyUrl: string;

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
  economyUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022/economy`;
});

const economy = async () => (await call(context.app, controller, { method: 'GET', url: economyUrl })).json();
const setEquity = (payload: Record<string, unknown>) =>
  call(context.app, controller, { method: 'PUT', url: `${economyUrl}/equity`, payload });

describe('state grants, kommuncentrala poster and equity', () => {
  it('sums the state grants and computes the kommuncentral deviation as budget minus outcome', async () => {
    const view = await economy();
    expect(view.stateGrants).toEqual({
      rows: [
        { name: 'Lönebidrag och anställningsstöd', amount: '676000', code: '1669068', grantor: 'AMS' },
        { name: 'Särskild momsersättning', amount: '14347000', code: null, grantor: 'Svenska staten' },
      ],
      total: '15023000',
    });
    expect(view.centralItems[0]).toMatchObject({
      actual: '6189000',
      budget: '8400000',
      deviation: '2211000',
    });
  });

  it('reads the closing equity from the statement and computes what exceeds the proposed level', async () => {
    expect((await economy()).equity).toMatchObject({ closing: null, toReturn: null, version: 1 });
    await call(context.app, controller, {
      method: 'PUT',
      url: `${economyUrl}/amounts`,
      payload: { line: 'eget-kapital', year: 2022, column: 'actual', amount: '116588000' },
    });
    const changed = await setEquity({
      version: 1,
      decidedLevel: '35000000',
      proposedLevel: '75000000',
      assessment: 'Motiverat av riskerna.',
    });
    expect(changed.json()).toEqual({
      closing: '116588000',
      decidedLevel: '35000000',
      proposedLevel: '75000000',
      toReturn: '41588000',
      assessment: 'Motiverat av riskerna.',
      version: 2,
    });
    const stale = await setEquity({ version: 1, decidedLevel: null, proposedLevel: null, assessment: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ version: 2, assessment: 'Motiverat av riskerna.' });
  });
});

describe('significant deviations', () => {
  const url = () => `${economyUrl}/deviations/arsrapport/personal`;
  const patch = (payload: Record<string, unknown>) =>
    call(context.app, controller, { method: 'PATCH', url: url(), payload });

  it('changes a part with a version check and freezes with the annual report', async () => {
    expect((await economy()).significantDeviations[0]).toMatchObject({
      title: 'Svårt att rekrytera till myndighetsutövning',
      cause: 'Få sökande.',
      economicConsequences: null,
      version: 1,
    });
    const changed = await patch({ version: 1, economicConsequences: 'Dyrare konsulter.' });
    expect(changed.json()).toMatchObject({
      cause: 'Få sökande.',
      economicConsequences: 'Dyrare konsulter.',
      version: 2,
    });
    expect((await patch({ version: 1, measures: 'x' })).statusCode).toBe(409);

    const status = (payload: Record<string, unknown>) =>
      call(context.app, controller, {
        method: 'POST',
        url: `${economyUrl.replace(/\/economy$/, '')}/documents/arsrapport/status`,
        payload,
      });
    // The plan is adopted before the annual report that follows it up.
    for (const payload of [
      { status: 'review' },
      { status: 'adopted', decision: { date: '2022-02-15', paragraph: '§ 20' } },
    ]) {
      await call(context.app, controller, {
        method: 'POST',
        url: `${economyUrl.replace(/\/economy$/, '')}/documents/plan/status`,
        payload,
      });
    }
    await status({ status: 'review' });
    await status({ version: 2, status: 'adopted', decision: { date: '2023-02-14', paragraph: '§ 5' } });
    const frozen = await patch({ version: 2, measures: 'Efter beslut' });
    expect(frozen.json().error.code).toBe('FROZEN');
  });
});
