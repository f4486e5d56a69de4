import type { AuditLogEntry, AuditLogPage } from '@styr/shared/contracts/audit';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createTenant,
  createTestApp,
  importTenantYear,
  type Session,
  signInAs,
  type Tenant,
  TestClock,
  testPassword,
} from '../../../../../test/harness.ts';
import { createRisk } from '../risks/risks.service.ts';

/**
 * The audit log through the API: writes at known times in two committees, then each filter, paging, and who sees
 * what. The clock is the test's, so "from" and "to" can be checked at the edge of a Swedish day.
 */
const clock = new TestClock();
let context: Awaited<ReturnType<typeof createTestApp>>;
let tenant: Tenant;
let base: string;
let goalId: string;
let controllerB: { id: string; email: string };
const sessions: Record<string, Session> = {};

const at = (iso: string) => {
  clock.current = new Date(iso);
};
const get = (session: Session, url: string) => call(context.app, session, { method: 'GET', url });
async function page(session: Session, query = ''): Promise<AuditLogPage> {
  const response = await get(session, `${base}/audit${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const ids = (entries: AuditLogEntry[]) => entries.map((entry) => entry.id);

beforeAll(async () => {
  at('2026-03-01T10:00:00Z');
  context = await createTestApp({ clock });
  tenant = await createTenant(context.deps, 'Ändringslogg');
  base = `/api/municipalities/${tenant.municipalityId}`;
  await importTenantYear(context.deps, tenant);
  const year = `${base}/committees/${tenant.nodes.committee}/years/2022`;

  // 1 March, committee A: the controller changes a goal's text.
  const controller = await signInAs(context.app, tenant.users.controller.email);
  const goal = (await get(controller, year)).json().goals[0];
  goalId = goal.id;
  const patched = await call(context.app, controller, {
    method: 'PATCH',
    url: `${year}/goals/${goal.id}`,
    payload: { version: goal.version, planText: '<p>Ny text</p>' },
  });
  expect(patched.statusCode, patched.body).toBe(200);

  // 23:30 UTC on 1 March is 00:30 on 2 March in Sweden: committee B gets a risk from the system.
  at('2026-03-01T23:30:00Z');
  await createRisk(
    context.deps,
    { municipalityId: tenant.municipalityId, userId: null },
    { municipalityId: tenant.municipalityId, committeeId: tenant.nodes.otherCommittee, year: 2022 },
    {
      nodeId: tenant.nodes.otherCommittee,
      area: 'processer',
      title: 'Risk i B',
      probability: 2,
      consequence: 2,
    },
  );

  // 5 March: the controller adds a risk in committee A, and the admin makes a controller for committee B.
  at('2026-03-05T09:00:00Z');
  const later = await signInAs(context.app, tenant.users.controller.email);
  const risk = await call(context.app, later, {
    method: 'POST',
    url: `${year}/risks`,
    payload: { nodeId: tenant.nodes.unit, area: 'lagar', title: 'Risk i A', probability: 1, consequence: 2 },
  });
  expect(risk.statusCode, risk.body).toBe(201);
  const admin = await signInAs(context.app, tenant.users.admin.email);
  const email = `controller-b-${crypto.randomUUID().slice(0, 8)}@test.example`;
  const created = await call(context.app, admin, {
    method: 'POST',
    url: `${base}/users`,
    payload: { email, displayName: 'Controller B', password: testPassword },
  });
  controllerB = { id: created.json().id, email };
  await call(context.app, admin, {
    method: 'POST',
    url: `${base}/users/${controllerB.id}/grants`,
    payload: { role: 'controller', nodeId: tenant.nodes.otherCommittee },
  });

  sessions.admin = admin;
  sessions.controller = later;
  sessions.controllerB = await signInAs(context.app, email);
  sessions.auditor = await signInAs(context.app, tenant.users.auditor.email);
  sessions.reader = await signInAs(context.app, tenant.users.reader.email);
});

describe('the audit log', () => {
  it('lists every row newest first for the whole municipality, with actor, object, committee and change', async () => {
    const { entries, nextCursor } = await page(sessions.admin as Session, '?limit=200');
    expect(nextCursor).toBeNull();
    const numbers = entries.map((entry) => Number(entry.id));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    const goal = entries.find((entry) => entry.entityType === 'goal');
    expect(goal).toMatchObject({
      action: 'update',
      entityId: goalId,
      actor: { id: tenant.users.controller.id, displayName: 'Test controller' },
      committee: { id: tenant.nodes.committee, name: 'Socialnämnden Test' },
      at: '2026-03-01T10:00:00.000Z',
      after: { planText: '<p>Ny text</p>' },
    });
    const system = entries.find((entry) => entry.entityType === 'risk' && entry.actor.id === null);
    expect(system?.actor.displayName).toBe('Systemet');
    // What concerns the whole municipality (people, grants) has no committee.
    expect(entries.some((entry) => entry.entityType === 'user' && entry.committee === null)).toBe(true);
  });

  it('narrows by committee, object, person and Swedish calendar days, each alone', async () => {
    const admin = sessions.admin as Session;
    const a = (await page(admin, `?committeeId=${tenant.nodes.committee}`)).entries;
    expect(a.map((entry) => entry.entityType).sort()).toEqual(['committee_year', 'goal', 'risk']);
    const b = (await page(admin, `?committeeId=${tenant.nodes.otherCommittee}`)).entries;
    expect(b.map((entry) => [entry.entityType, entry.committee?.name])).toEqual([
      ['risk', 'Kulturnämnden Test'],
    ]);

    const goals = (await page(admin, '?entityType=goal')).entries;
    expect(goals.map((entry) => entry.entityId)).toEqual([goalId]);
    expect((await page(admin, `?entityId=${goalId}`)).entries).toHaveLength(1);
    expect((await page(admin, `?entityType=risk&entityId=${goalId}`)).entries).toHaveLength(0);

    const byController = (await page(admin, `?actorId=${tenant.users.controller.id}`)).entries;
    expect(byController.map((entry) => entry.entityType).sort()).toEqual(['goal', 'risk']);

    const secondOfMarch = (await page(admin, '?from=2026-03-02&to=2026-03-02')).entries;
    expect(secondOfMarch.map((entry) => entry.committee?.id)).toEqual([tenant.nodes.otherCommittee]);
    const firstOfMarch = (await page(admin, '?to=2026-03-01')).entries;
    expect(firstOfMarch.some((entry) => entry.entityType === 'goal')).toBe(true);
    expect(firstOfMarch.some((entry) => entry.at >= '2026-03-01T23:00:00.000Z')).toBe(false);
    const fromThird = (await page(admin, '?from=2026-03-03')).entries;
    expect(fromThird.length).toBeGreaterThan(0);
    expect(fromThird.every((entry) => entry.at >= '2026-03-05')).toBe(true);
  });

  it('pages with a cursor, without gaps or repeats', async () => {
    const admin = sessions.admin as Session;
    const all = ids((await page(admin, '?limit=200')).entries);
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const next: AuditLogPage = await page(admin, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(next.entries.length).toBeLessThanOrEqual(2);
      seen.push(...ids(next.entries));
      cursor = next.nextCursor;
    }
    expect(seen).toEqual(all);
  });

  it('shows a controller only the rows of their committees, never another’s nor the municipality’s', async () => {
    const mine = (await page(sessions.controller as Session, '?limit=200')).entries;
    expect(mine.length).toBe(3);
    expect(mine.every((entry) => entry.committee?.id === tenant.nodes.committee)).toBe(true);
    const theirs = (await page(sessions.controllerB as Session, '?limit=200')).entries;
    expect(theirs.map((entry) => entry.committee?.id)).toEqual([tenant.nodes.otherCommittee]);

    const refused = await get(
      sessions.controller as Session,
      `${base}/audit?committeeId=${tenant.nodes.otherCommittee}`,
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/behörighet att läsa ändringsloggen för den nämnden/);
    // Filters never widen what a person sees: another's rows stay hidden behind every filter.
    const byNobodyElse = await page(
      sessions.controllerB as Session,
      `?actorId=${tenant.users.controller.id}`,
    );
    expect(byNobodyElse.entries).toEqual([]);

    const actors = (await get(sessions.controllerB as Session, `${base}/audit-actors`)).json().actors;
    expect(actors).toEqual([]);
    const allActors = (await get(sessions.admin as Session, `${base}/audit-actors`)).json().actors;
    expect(allActors).toContainEqual({ id: tenant.users.controller.id, displayName: 'Test controller' });
  });

  it('refuses those without audit.read, in Swedish', async () => {
    const response = await get(sessions.reader as Session, `${base}/audit`);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe('Du saknar behörighet att läsa ändringsloggen.');
  });

  it('lets the auditor read everything and change nothing', async () => {
    const auditor = sessions.auditor as Session;
    expect(ids((await page(auditor, '?limit=200')).entries)).toEqual(
      ids((await page(sessions.admin as Session, '?limit=200')).entries),
    );
    const year = `${base}/committees/${tenant.nodes.committee}/years/2022`;
    const goal = (await get(auditor, year)).json().goals[0];
    const writes = [
      { method: 'PATCH', url: `${year}/goals/${goal.id}`, payload: { version: goal.version, planText: 'x' } },
      {
        method: 'POST',
        url: `${year}/risks`,
        payload: { nodeId: tenant.nodes.unit, area: 'lagar', title: 'Nej', probability: 1, consequence: 1 },
      },
      { method: 'PATCH', url: base, payload: { version: 1, shortName: 'Nej' } },
      {
        method: 'POST',
        url: `${base}/users`,
        payload: { email: 'x@test.example', displayName: 'X', password: testPassword },
      },
    ] as const;
    for (const write of writes) {
      const response = await call(context.app, auditor, write);
      expect(response.statusCode, `${write.method} ${write.url}`).toBe(403);
    }
  });

  it('answers bad parameters with 400 and a Swedish message per field', async () => {
    const admin = sessions.admin as Session;
    const cases: [string, string, RegExp][] = [
      ['limit=500', 'query.limit', /högst 200/],
      ['limit=abc', 'query.limit', /heltal/],
      ['limit=0', 'query.limit', /minst 1/],
      ['from=2026-13-01', 'query.from', /ÅÅÅÅ-MM-DD/],
      ['from=2026-03-05&to=2026-03-01', 'query.to', /inte vara senare/],
      [`entityId=${'x'.repeat(201)}`, 'query.entityId', /högst 200 tecken/],
      [`entityType=${'a'.repeat(65)}`, 'query.entityType', /högst 64 tecken/],
      ['entityType=Goal;drop', 'query.entityType', /a–z/],
      ['committeeId=nämnd', 'query.committeeId', /id/],
      ['actorId=1', 'query.actorId', /id/],
      ['cursor=0', 'query.cursor', /ogiltig/],
      [`cursor=${'9'.repeat(16)}`, 'query.cursor', /ogiltig/],
    ];
    for (const [query, path, message] of cases) {
      const response = await get(admin, `${base}/audit?${query}`);
      expect(response.statusCode, query).toBe(400);
      const { error } = response.json();
      expect(error.message).toBe('Uppgifterna är inte giltiga.');
      const detail = error.details.find((entry: { path: string }) => entry.path === path);
      expect(detail?.message, `${query}: ${JSON.stringify(error.details)}`).toMatch(message);
    }
  });
});
