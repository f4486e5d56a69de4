import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';
import { auditLog } from '../../db/schema/index.ts';

// Starting next year's plan carries the handlingsplaner that go on into it, under the same key, without their
// follow-ups; one whose period has ended stays behind.

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
const yearUrl = (year: number) =>
  `${context.base}/committees/${context.tenant.nodes.committee}/years/${year}`;

beforeEach(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  controller = await signInAs(context.app, context.tenant.users.controller.email);
});

const plan = (title: string, periodTo: string | null) => ({
  title,
  partner: 'Hälso- och sjukvårdsnämnden',
  periodFrom: '2022-01-01',
  periodTo,
  funders: [
    { key: 'hsn', name: 'Hälso- och sjukvårdsnämnden' },
    { key: 'sn', name: 'Socialnämnden' },
  ],
  focusAreas: [
    {
      key: 'psykisk-halsa',
      title: 'Öka den psykiska hälsan',
      description: '<p>Främjande och förebyggande.</p>',
      strategies: [
        {
          key: 'kunskap',
          title: 'Kunskapsutveckling',
          actions: [
            { key: 'mhfa', what: 'Utbildning i psykisk hälsa', targetGroup: 'medarbetare' },
            { key: 'unga', what: 'Skolbaserat program', plannedEffect: 'Ökad kunskap' },
          ],
        },
      ],
    },
  ],
  budget: [
    { key: 'ledare', label: 'Utvecklingsledare', amounts: { hsn: '700000', sn: '700000' } },
    { key: 'insatser', label: 'Insatser', amounts: { hsn: '50000', sn: null } },
  ],
});

const list = async (year: number) =>
  (await call(context.app, controller, { method: 'GET', url: `${yearUrl(year)}/action-plans` })).json()
    .actionPlans;
async function create(payload: unknown) {
  const created = await call(context.app, controller, {
    method: 'POST',
    url: `${yearUrl(2022)}/action-plans`,
    payload,
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json();
}
async function followUp(id: string, version: number) {
  const reported = await call(context.app, controller, {
    method: 'PUT',
    url: `${yearUrl(2022)}/action-plans/${id}/follow-ups/arsrapport`,
    payload: { version, entries: [{ action: 'mhfa', status: 'done', comment: 'Fyra utbildningar hölls.' }] },
  });
  expect(reported.statusCode, reported.body).toBe(200);
  return reported.json();
}
const startNext = () => call(context.app, controller, { method: 'POST', url: `${yearUrl(2022)}/start-next` });

/** A plan as it would be written again: what carries, without its id, version and follow-ups. */
const carriedPart = ({ id: _id, version: _version, ...rest }: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(rest).replaceAll(/"followUps":\[[^\]]*\]/g, '"followUps":[]'));

describe('starting the next year with handlingsplaner', () => {
  it('carries each plan that goes on into the year, with its areas, actions and budget, but not its follow-ups', async () => {
    const running = await followUp((await create(plan('Folkhälsa 2022–2024', '2024-12-31'))).id, 1);
    const open = await create(plan('Trygghet utan slutdatum', null));
    await create(plan('Avslutad plan', '2022-12-31'));
    const before = await list(2022);

    const started = await startNext();
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ year: 2023, carriedActionPlans: 2 });

    const next = await list(2023);
    expect(next.map((entry: { title: string }) => entry.title)).toEqual([
      'Folkhälsa 2022–2024',
      'Trygghet utan slutdatum',
    ]);
    expect(next.map(carriedPart)).toEqual([running, open].map(carriedPart));
    expect(next[0].key).toBe(running.key);
    expect(next[0].id).not.toBe(running.id);
    expect(next[0]).toMatchObject({ version: 1, sums: { total: '1450000' } });
    expect(next[0].focusAreas[0].strategies[0].actions[0].followUps).toEqual([]);
    // The year it came from keeps its plans and their follow-ups.
    expect(await list(2022)).toEqual(before);
    expect(before[0].focusAreas[0].strategies[0].actions[0].followUps).toHaveLength(1);

    const audited = await context.deps.db
      .select({ entityId: auditLog.entityId, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'action_plan'), eq(auditLog.entityId, next[0].id)));
    expect(audited).toEqual([
      {
        entityId: next[0].id,
        after: expect.objectContaining({ key: running.key, carriedFrom: { year: 2022, id: running.id } }),
      },
    ]);

    const again = await startNext();
    expect(again.statusCode).toBe(409);
    expect(await list(2023)).toHaveLength(2);
  });

  it('leaves an adopted year as it was, while the new year’s copy can be changed', async () => {
    const created = await create(plan('Folkhälsa 2022–2024', '2024-12-31'));
    const status = (payload: unknown) =>
      call(context.app, controller, {
        method: 'POST',
        url: `${yearUrl(2022)}/documents/plan/status`,
        payload,
      });
    expect((await status({ status: 'review' })).statusCode).toBe(200);
    const adopted = await status({ status: 'adopted', decision: { date: '2022-02-21', paragraph: '§ 12' } });
    expect(adopted.statusCode, adopted.body).toBe(200);
    const before = await list(2022);

    expect((await startNext()).statusCode).toBe(200);
    const [copy] = await list(2023);
    const changed = await call(context.app, controller, {
      method: 'PUT',
      url: `${yearUrl(2023)}/action-plans/${copy.id}`,
      payload: { ...plan('Folkhälsa 2023', '2024-12-31'), version: 1 },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await list(2022)).toEqual(before);
    expect(before[0]).toMatchObject({ id: created.id, title: 'Folkhälsa 2022–2024' });
  });

  it('counts a handlingsplan already in the next year as a started plan, copying nothing', async () => {
    await create(plan('Folkhälsa 2022–2024', '2024-12-31'));
    const early = await call(context.app, controller, {
      method: 'POST',
      url: `${yearUrl(2023)}/action-plans`,
      payload: plan('Skriven i förväg', null),
    });
    expect(early.statusCode, early.body).toBe(201);
    const refused = await startNext();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('Planen för 2023 är redan påbörjad.');
    expect((await list(2023)).map((entry: { title: string }) => entry.title)).toEqual(['Skriven i förväg']);
    expect((await call(context.app, controller, { method: 'GET', url: yearUrl(2023) })).json().goals).toEqual(
      [],
    );
  });
});
