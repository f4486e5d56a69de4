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

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let reporter: Session;
let yearUrl: string;

beforeEach(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  reporter = await signInAs(context.app, context.tenant.users.reporter.email);
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

const plan = {
  title: 'Handlingsplan folkhälsa 2022',
  partner: 'Hälso- och sjukvårdsnämnden',
  periodFrom: '2022-01-01',
  periodTo: '2024-12-31',
  purpose: 'Ett gemensamt folkhälsoarbete.',
  funders: [
    { key: 'hsn', name: 'Hälso- och sjukvårdsnämnden' },
    { key: 'sn', name: 'Socialnämnden' },
  ],
  focusAreas: [
    {
      key: 'psykisk-halsa',
      title: 'Öka den psykiska hälsan',
      description: '<p>Både främjande och förebyggande.</p><script>alert(1)</script>',
      strategies: [
        {
          key: 'kunskap',
          title: 'Kunskapsutveckling',
          actions: [
            {
              key: 'mhfa',
              what: 'Utbildning i första hjälpen till psykisk hälsa',
              targetGroup: 'medarbetare',
            },
            {
              key: 'unga',
              what: 'Skolbaserat program',
              actors: 'Grundskolan',
              plannedEffect: 'Ökad kunskap',
            },
          ],
        },
      ],
    },
  ],
  budget: [
    { key: 'ledare', label: 'Utvecklingsledare', amounts: { hsn: '700000', sn: '700000' } },
    { key: 'insatser', label: 'Insatser', amounts: { hsn: '50000.5', sn: null } },
  ],
};

const list = async () =>
  (await call(context.app, controller, { method: 'GET', url: `${yearUrl}/action-plans` })).json().actionPlans;
const create = (session: Session, payload: unknown = plan) =>
  call(context.app, session, { method: 'POST', url: `${yearUrl}/action-plans`, payload });
const update = (id: string, payload: unknown) =>
  call(context.app, controller, { method: 'PUT', url: `${yearUrl}/action-plans/${id}`, payload });
const followUp = (id: string, point: string, payload: unknown) =>
  call(context.app, controller, {
    method: 'PUT',
    url: `${yearUrl}/action-plans/${id}/follow-ups/${point}`,
    payload,
  });

describe('action plans through the API', () => {
  it('creates a plan with its sums per row, per funder and in all, and keeps a missing amount missing', async () => {
    const created = await create(controller);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      title: 'Handlingsplan folkhälsa 2022',
      purpose: '<p>Ett gemensamt folkhälsoarbete.</p>',
      version: 1,
      focusAreas: [{ description: '<p>Både främjande och förebyggande.</p>' }],
      sums: {
        rows: [
          { key: 'ledare', total: '1400000' },
          { key: 'insatser', total: '50000.5' },
        ],
        funders: [
          { key: 'hsn', total: '750000.5' },
          { key: 'sn', total: '700000' },
        ],
        total: '1450000.5',
      },
    });
    expect(await list()).toEqual([created.json()]);
    expect((await create(reporter)).statusCode).toBe(403);
  });

  it('refuses a stale change with the stored plan, and a change that does not hold together with each path', async () => {
    const { id } = (await create(controller)).json();
    const renamed = await update(id, { ...plan, title: 'Ny rubrik', version: 1 });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ title: 'Ny rubrik', version: 2 });

    const stale = await update(id, { ...plan, title: 'Gammal rubrik', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'VERSION_CONFLICT' },
      current: { title: 'Ny rubrik' },
    });

    const wrong = await update(id, {
      ...plan,
      version: 2,
      periodTo: '2021-12-31',
      budget: [{ key: 'ledare', label: 'Ledare', amounts: { vgr: '1' } }],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.map((detail: { path: string }) => detail.path)).toEqual([
      'body.periodTo',
      'body.budget[0].amounts.vgr',
    ]);
    const tooLong = await update(id, { ...plan, version: 2, title: 'x'.repeat(501) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details[0].path).toBe('body.title');
    expect((await list())[0]).toMatchObject({ title: 'Ny rubrik', version: 2 });

    const removed = await call(context.app, controller, {
      method: 'DELETE',
      url: `${yearUrl}/action-plans/${id}?version=1`,
    });
    expect(removed.statusCode).toBe(409);
    expect(
      (
        await call(context.app, controller, {
          method: 'DELETE',
          url: `${yearUrl}/action-plans/${id}?version=2`,
        })
      ).statusCode,
    ).toBe(204);
    expect(await list()).toEqual([]);
    const audited = await context.deps.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'action_plan'), eq(auditLog.entityId, id)));
    expect(audited.map((row) => row.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('follows the actions up per follow-up point, refusing an action the plan lacks', async () => {
    const { id } = (await create(controller)).json();
    const entries = [{ action: 'mhfa', status: 'ongoing', comment: 'Två utbildningar hölls.' }];
    const unknown = await followUp(id, 'arsrapport', {
      version: 1,
      entries: [{ action: 'saknas', status: 'done' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe('body.entries[0].action');
    expect((await followUp(id, 'mars', { version: 1, entries })).statusCode).toBe(404);

    const reported = await followUp(id, 'arsrapport', { version: 1, entries });
    expect(reported.statusCode, reported.body).toBe(200);
    expect(reported.json().version).toBe(2);
    expect(reported.json().focusAreas[0].strategies[0].actions[0].followUps).toEqual([
      { followUp: 'arsrapport', status: 'ongoing', comment: 'Två utbildningar hölls.' },
    ]);
    expect((await followUp(id, 'arsrapport', { version: 1, entries })).statusCode).toBe(409);
  });

  it('freezes the plan with the adopted verksamhetsplan, while its follow-up stays open until the follow-up is adopted', async () => {
    const { id } = (await create(controller)).json();
    const status = (payload: unknown) =>
      call(context.app, controller, { method: 'POST', url: `${yearUrl}/documents/plan/status`, payload });
    expect((await status({ status: 'review' })).statusCode).toBe(200);
    const adopted = await status({ status: 'adopted', decision: { date: '2022-02-21', paragraph: '§ 12' } });
    expect(adopted.statusCode, adopted.body).toBe(200);

    const frozen = await update(id, { ...plan, title: 'Efter fastställelsen', version: 1 });
    expect(frozen.json()).toMatchObject({ error: { code: 'FROZEN' } });
    expect(
      (
        await call(context.app, controller, {
          method: 'DELETE',
          url: `${yearUrl}/action-plans/${id}?version=1`,
        })
      ).json().error.code,
    ).toBe('FROZEN');
    expect((await create(controller)).json().error.code).toBe('FROZEN');
    expect((await list())[0].title).toBe('Handlingsplan folkhälsa 2022');

    const reported = await followUp(id, 'arsrapport', {
      version: 1,
      entries: [{ action: 'unga', status: 'done' }],
    });
    expect(reported.statusCode, reported.body).toBe(200);
  });
});
