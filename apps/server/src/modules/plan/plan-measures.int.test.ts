import { beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let yearUrl: string;

beforeEach(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const send = (method: Method, url: string, payload?: unknown) =>
  call(context.app, controller, { method, url: `${yearUrl}${url}`, payload });
const view = async () => (await call(context.app, controller, { method: 'GET', url: yearUrl })).json();
const exported = async () => (await send('GET', '/export')).json();
const history = async (entityId: string) =>
  (
    await call(context.app, context.admin, {
      method: 'GET',
      url: `${context.base}/audit?entityType=indicator&entityId=${entityId}`,
    })
  ).json().entries;

describe('measures in the year’s plan', () => {
  it('creates a measure with its goals and target, and the year and its export carry both', async () => {
    const goal = (await view()).goals[0];
    const created = await send('POST', '/indicators', {
      name: 'Andel nöjda brukare',
      unit: '%',
      direction: 'higher',
      source: 'kolada',
      sourceReference: 'U21468',
      goalIds: [goal.id],
      target: { kind: 'numeric', value: 80 },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Andel nöjda brukare', decimals: 1, version: 1 });
    const after = await view();
    const indicator = after.indicators.find((entry: { id: string }) => entry.id === created.json().id);
    expect(indicator).toMatchObject({ source: 'kolada', sourceReference: 'U21468' });
    expect(after.goals[0].indicatorIds.at(-1)).toBe(indicator.id);
    const file = await exported();
    const row = file.indicators.find((entry: { key: string }) => entry.key === 'andel-nojda-brukare');
    expect(row.targets).toEqual([{ year: 2022, target: { kind: 'numeric', value: 80 } }]);
    expect(file.goals[0].indicators.at(-1)).toBe('andel-nojda-brukare');
  });

  it('sets targets of every kind for the plan’s years, checks them against the unit, and removes one', async () => {
    const goal = (await view()).goals[0];
    const yesNo = await send('POST', '/indicators', {
      name: 'Rutin finns',
      unit: 'ja/nej',
      direction: 'higher',
      goalIds: [goal.id],
    });
    const id = yesNo.json().id;
    const numeric = await send('PUT', `/indicators/${id}/targets/2022`, {
      version: 1,
      target: { kind: 'numeric', value: 3 },
    });
    expect(numeric.statusCode).toBe(400);
    expect(numeric.json().error.details[0].path).toBe('body.target.kind');
    const ja = await send('PUT', `/indicators/${id}/targets/2022`, {
      version: 1,
      target: { kind: 'yesNo', value: 'ja' },
    });
    expect(ja.json()).toEqual({ id, version: 2 });

    const share = (
      await send('POST', '/indicators', { name: 'Andel', unit: '%', direction: 'lower', goalIds: [goal.id] })
    ).json().id;
    expect(
      (
        await send('PUT', `/indicators/${share}/targets/2022`, {
          version: 1,
          target: { kind: 'numeric', value: 140 },
        })
      ).statusCode,
    ).toBe(400);
    const relative = { kind: 'relative', relation: 'lower', baseYear: 2021 };
    expect(
      (await send('PUT', `/indicators/${share}/targets/2023`, { version: 1, target: relative })).statusCode,
    ).toBe(200);
    const tooFar = await send('PUT', `/indicators/${share}/targets/2030`, { version: 2, target: relative });
    expect(tooFar.json().error.message).toBe('Målvärden sätts för 2022–2025 i planen för 2022');
    const sameYear = await send('PUT', `/indicators/${share}/targets/2022`, {
      version: 2,
      target: { ...relative, baseYear: 2022 },
    });
    expect(sameYear.json().error.details[0]).toEqual({
      path: 'body.target.baseYear',
      message: 'Jämförelseåret ska vara före 2022',
    });
    expect(
      (await send('PUT', `/indicators/${share}/targets/2023`, { version: 2, target: null })).json().version,
    ).toBe(3);
    const indicators = (await view()).indicators;
    const targetsOf = (indicatorId: string) =>
      indicators.find((entry: { id: string }) => entry.id === indicatorId).targets;
    expect(targetsOf(share)).toEqual([]);
    expect(targetsOf(id)).toEqual([{ year: 2022, target: { kind: 'yesNo', value: 'ja' } }]);
  });

  it('refuses a measure outside the year, of an unknown unit or goal, and says which field', async () => {
    const none = await send('POST', '/indicators', {
      name: 'Fristående',
      unit: 'antal',
      direction: 'higher',
    });
    expect(none.json().error.details[0]).toEqual({
      path: 'body.goalIds',
      message: 'Välj minst ett mål som måttet mäter eller ange ett målvärde för 2022',
    });
    const unit = await send('POST', '/indicators', {
      name: 'X',
      unit: 'liter',
      direction: 'higher',
      target: null,
    });
    expect(unit.json().error.details[0].path).toBe('body.unit');
    const goal = await send('POST', '/indicators', {
      name: 'X',
      unit: 'antal',
      direction: 'higher',
      goalIds: [crypto.randomUUID()],
    });
    expect(goal.json().error.details[0]).toEqual({
      path: 'body.goalIds[0]',
      message: 'Målet finns inte i årets plan',
    });
    const long = await send('POST', '/indicators', {
      name: 'x'.repeat(501),
      unit: 'antal',
      direction: 'higher',
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details[0]).toMatchObject({
      path: 'body.name',
      message: 'Namnet får vara högst 500 tecken',
    });
    expect((await view()).indicators.map((entry: { name: string }) => entry.name)).not.toContain('X');
  });

  it('links, orders and removes a measure, telling first what goes with it', async () => {
    const [first] = (await view()).goals;
    const a = (
      await send('POST', '/indicators', {
        name: 'A',
        unit: 'antal',
        direction: 'higher',
        target: { kind: 'numeric', value: 5 },
      })
    ).json();
    const goals = await send('PUT', `/indicators/${a.id}/goals`, { version: 1, goalIds: [first.id] });
    expect(goals.json()).toEqual({ id: a.id, version: 2 });
    expect((await view()).goals[0].indicatorIds.at(-1)).toBe(a.id);
    const moved = await send('PUT', `/goals/${first.id}/indicators/${a.id}/position`, {
      version: 2,
      position: 0,
    });
    expect(moved.json().version).toBe(3);
    expect((await view()).goals[0].indicatorIds[0]).toBe(a.id);
    const stale = await send('PUT', `/goals/${first.id}/indicators/${a.id}/position`, {
      version: 2,
      position: 1,
    });
    expect(stale.statusCode).toBe(409);

    await send('PUT', `/indicators/${a.id}/values`, { year: 2022, period: 'year', value: 4 });
    const impact = await send('GET', `/indicators/${a.id}/removal`);
    expect(impact.json()).toEqual({
      values: 1,
      targets: 1,
      reports: 0,
      parts: 0,
      links: 1,
      keptElsewhere: false,
      blocker: null,
    });
    expect((await send('DELETE', `/indicators/${a.id}?version=2`)).statusCode).toBe(409);
    expect((await send('DELETE', `/indicators/${a.id}?version=3`)).statusCode).toBe(204);
    const after = await view();
    expect(after.indicators.map((entry: { id: string }) => entry.id)).not.toContain(a.id);
    expect(after.goals[0].indicatorIds).not.toContain(a.id);
    const actions = (await history(a.id)).map((entry: { action: string }) => entry.action);
    expect([actions[0], actions.at(-1)]).toEqual(['delete', 'create']);
  });

  it('keeps a measure another year holds, removing only this year’s outcomes', async () => {
    const indicator = (await view()).indicators[0];
    const impact = (await send('GET', `/indicators/${indicator.id}/removal`)).json();
    expect(impact.keptElsewhere).toBe(true);
    expect(
      (await send('DELETE', `/indicators/${indicator.id}?version=${indicator.version}`)).statusCode,
    ).toBe(204);
    expect((await view()).indicators.map((entry: { id: string }) => entry.id)).not.toContain(indicator.id);
    const earlier = indicator.values.filter((value: { year: number }) => value.year < 2022);
    const year2021 = (
      await call(context.app, controller, {
        method: 'GET',
        url: `${context.base}/committees/${context.tenant.nodes.committee}/years/2021/export`,
      })
    ).json();
    expect(earlier.length).toBeGreaterThan(0);
    expect(year2021.indicators.map((entry: { id: string }) => entry.id)).toContain(indicator.id);
  });
});

describe('assignments in the year’s plan', () => {
  it('creates, edits, orders and removes an assignment serving a goal', async () => {
    const goal = (await view()).goals[0];
    const created = await send('POST', '/assignments', {
      title: 'Utred öppettider för mötesplatser',
      source: 'council',
      decisionReference: 'KF 2021-11-18 § 12',
      alsoGivenTo: ['Socialnämnden Nordost'],
      coordinatedBy: 'Socialnämnden Test',
      goalIds: [goal.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const assignment = created.json();
    expect(assignment).toMatchObject({
      key: 'utred-oppettider-for-motesplatser',
      yearGiven: 2022,
      version: 1,
    });
    const edited = await send('PATCH', `/assignments/${assignment.id}/details`, {
      version: 1,
      title: 'Utred öppettider',
      decisionReference: null,
    });
    expect(edited.json()).toMatchObject({ title: 'Utred öppettider', decisionReference: null, version: 2 });
    const moved = await send('PUT', `/assignments/${assignment.id}/position`, { version: 2, position: 0 });
    expect(moved.json().version).toBe(3);
    const file = await exported();
    expect(file.assignments[0]).toMatchObject({
      key: 'utred-oppettider-for-motesplatser',
      title: 'Utred öppettider',
      source: 'council',
      alsoGivenTo: ['Socialnämnden Nordost'],
      coordinatedBy: 'Socialnämnden Test',
      goals: [goal.key],
    });

    expect((await send('GET', `/assignments/${assignment.id}/removal`)).json()).toMatchObject({
      reports: 0,
      links: 1,
      keptElsewhere: false,
    });
    expect((await send('DELETE', `/assignments/${assignment.id}?version=2`)).statusCode).toBe(409);
    expect((await send('DELETE', `/assignments/${assignment.id}?version=3`)).statusCode).toBe(204);
    expect((await view()).assignments.map((entry: { id: string }) => entry.id)).not.toContain(assignment.id);
  });

  it('counts the statuses reported before removing an assignment', async () => {
    const reported = (await view()).assignments.find(
      (entry: { reports: unknown[] }) => entry.reports.length > 0,
    );
    const impact = (await send('GET', `/assignments/${reported.id}/removal`)).json();
    expect(impact.reports).toBe(reported.reports.length);
  });

  it('refuses an empty title, a goal of no year and a committee of another', async () => {
    const empty = await send('POST', '/assignments', { title: ' ', source: 'budget' });
    expect(empty.json().error.details[0]).toMatchObject({
      path: 'body.title',
      message: 'Uppdraget behöver en rubrik',
    });
    const other = await call(context.app, controller, {
      method: 'POST',
      url: `${context.base}/committees/${context.tenant.nodes.otherCommittee}/years/2022/assignments`,
      payload: { title: 'Fel nämnd', source: 'budget' },
    });
    expect(other.statusCode).toBe(403);
    const assignment = (await view()).assignments[0];
    const elsewhere = await call(context.app, controller, {
      method: 'DELETE',
      url: `${context.base}/committees/${context.tenant.nodes.committee}/years/2030/assignments/${assignment.id}?version=${assignment.version}`,
    });
    expect(elsewhere.statusCode).toBe(404);
  });
});

describe('an adopted plan', () => {
  it('refuses every change to its measures and assignments', async () => {
    await send('POST', '/documents/plan/status', { status: 'review' });
    await send('POST', '/documents/plan/status', {
      version: 2,
      status: 'adopted',
      decision: { date: '2022-02-15', paragraph: '§ 20' },
    });
    const before = await view();
    const [indicator] = before.indicators;
    const [assignment] = before.assignments;
    const writes: [Method, string, unknown?][] = [
      [
        'POST',
        '/indicators',
        { name: 'Nytt', unit: 'antal', direction: 'higher', goalIds: [before.goals[0].id] },
      ],
      ['PUT', `/indicators/${indicator.id}/goals`, { version: indicator.version, goalIds: [] }],
      ['PUT', `/indicators/${indicator.id}/targets/2022`, { version: indicator.version, target: null }],
      ['DELETE', `/indicators/${indicator.id}?version=${indicator.version}`],
      ['POST', '/assignments', { title: 'Nytt', source: 'budget' }],
      ['PATCH', `/assignments/${assignment.id}/details`, { version: assignment.version, title: 'Ändrat' }],
      ['PUT', `/assignments/${assignment.id}/position`, { version: assignment.version, position: 3 }],
      ['DELETE', `/assignments/${assignment.id}?version=${assignment.version}`],
    ];
    for (const [method, url, payload] of writes) {
      const response = await send(method, url, payload);
      expect(response.json().error.code, `${method} ${url}`).toBe('FROZEN');
    }
    expect(await view()).toEqual(before);
  });
});
