import { beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';
import { deleteGoal } from './goal-structure.service.ts';

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
const send = (method: Method, path: string, payload?: unknown, session = controller) =>
  call(context.app, session, { method, url: `${yearUrl}${path}`, ...(payload ? { payload } : {}) });
const view = async () => (await send('GET', '')).json();
const exported = async () => (await send('GET', '/export')).json();
const created = async (path: string, payload: unknown) => {
  const response = await send('POST', path, payload);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const areaInput = (name: string) => ({ name, description: null, responsible: null, processLead: null });
const goalInput = (title: string, fields: Record<string, unknown> = {}) => ({
  kind: 'committee',
  title,
  goalAreaId: null,
  parentGoalId: null,
  focus: null,
  ...fields,
});
const adoptPlan = async () => {
  await send('POST', '/documents/plan/status', { status: 'review' });
  const adopted = await send('POST', '/documents/plan/status', {
    version: 2,
    status: 'adopted',
    decision: { date: '2022-02-15', paragraph: '§ 20' },
  });
  expect(adopted.statusCode, adopted.body).toBe(200);
};

describe('building the plan', () => {
  it('creates goal areas, a council goal adapted to two areas, a committee goal beneath it and an activity, and the export carries them in order', async () => {
    const trygghet = await created('/goal-areas', {
      ...areaInput('Trygghet och stadsutveckling'),
      responsible: 'Avdelningschef',
    });
    expect(trygghet).toMatchObject({ key: 'trygghet-och-stadsutveckling', version: 1 });
    const tidiga = await created('/goal-areas', areaInput('Tidiga insatser'));
    const council = await created(
      '/goals',
      goalInput('Segregationen i Göteborg ska brytas', {
        kind: 'kfActivity',
        goalAreaId: tidiga.id,
        focus: 'fokus tidiga insatser',
      }),
    );
    const adapted = await created(`/goals/${council.id}/adaptations`, {
      goalAreaId: trygghet.id,
      focus: 'fokus trygghet',
    });
    expect(adapted).toMatchObject({ kind: 'kfActivity', title: council.title, key: `${council.key}-2` });
    const own = await created(
      '/goals',
      goalInput('Fler barn känner sig trygga', { parentGoalId: council.id, goalAreaId: tidiga.id }),
    );
    const activity = await created(`/goals/${own.id}/activities`, {
      title: 'Fältarbete i Angered',
      ownerNodeId: context.tenant.nodes.unit,
      due: '2022-10-31',
    });
    expect(activity).toMatchObject({ status: 'notStarted', version: 1 });

    const year = await view();
    expect(year.goalAreas.map((area: { name: string }) => area.name)).toEqual([
      'Arbete och sysselsättning',
      'Trygghet och stadsutveckling',
      'Tidiga insatser',
    ]);
    expect(year.goals.find((goal: { id: string }) => goal.id === own.id)).toMatchObject({
      depth: 1,
      parentGoalId: council.id,
      activities: [{ title: 'Fältarbete i Angered', due: '2022-10-31' }],
    });

    const file = await exported();
    expect(file.goalAreas.map((area: { key: string }) => area.key)).toEqual([
      'arbete',
      'trygghet-och-stadsutveckling',
      'tidiga-insatser',
    ]);
    expect(file.goals.filter((goal: { key: string }) => goal.key !== 'bidragsberoende')).toMatchObject([
      { key: council.key, kind: 'kfActivity', goalArea: 'tidiga-insatser', focus: 'fokus tidiga insatser' },
      {
        key: own.key,
        kind: 'committee',
        parent: council.key,
        activities: [{ title: 'Fältarbete i Angered', owner: context.tenant.nodes.unit }],
      },
      { key: adapted.key, goalArea: 'trygghet-och-stadsutveckling', focus: 'fokus trygghet' },
    ]);
  });

  it('edits a goal area, a goal’s kind and an activity, with the version they were based on', async () => {
    const area = (await view()).goalAreas[0];
    const renamed = await send('PATCH', `/goal-areas/${area.id}`, {
      ...areaInput('Arbete'),
      processLead: 'Processledare',
      version: area.version,
    });
    expect(renamed.json()).toMatchObject({ name: 'Arbete', processLead: 'Processledare', version: 2 });
    const stale = await send('PATCH', `/goal-areas/${area.id}`, {
      ...areaInput('Annat'),
      version: area.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' }, current: { name: 'Arbete' } });

    const goal = (await view()).goals[0];
    const kind = await send('PATCH', `/goals/${goal.id}`, { version: goal.version, kind: 'committee' });
    expect(kind.json()).toMatchObject({ kind: 'committee', version: goal.version + 1 });
    const activity = goal.activities[0];
    const moved = await send('PATCH', `/goals/${goal.id}/activities/${activity.id}`, {
      version: activity.version,
      title: 'IPS i hela staden',
      ownerNodeId: null,
      due: null,
    });
    expect(moved.json()).toMatchObject({ title: 'IPS i hela staden', ownerNodeId: null, status: 'ongoing' });
  });
});

describe('validation', () => {
  it('names the field in Swedish and saves nothing', async () => {
    const before = await view();
    const empty = await send('POST', '/goals', goalInput('  '));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details).toContainEqual({
      path: 'body.title',
      message: 'Målet behöver en rubrik',
    });
    const long = await send('POST', '/goal-areas', areaInput('x'.repeat(501)));
    expect(long.json().error.details).toContainEqual({
      path: 'body.name',
      message: 'Rubriken får vara högst 500 tecken',
    });
    const own = before.goals[0];
    const underOwn = await send(
      'POST',
      '/goals',
      goalInput('KF-mål', { kind: 'kfActivity', parentGoalId: own.id }),
    );
    expect(underOwn.statusCode).toBe(400);
    expect(underOwn.json().error.details[0]).toMatchObject({
      path: 'body.parentGoalId',
      message: expect.stringMatching(/samma eller en högre nivå/),
    });
    const child = await created('/goals', goalInput('Delmål', { kind: 'kfCommittee', parentGoalId: own.id }));
    const demoted = await send('PATCH', `/goals/${own.id}`, { version: own.version, kind: 'committee' });
    expect(demoted.json().error.details[0]).toEqual({
      path: 'body.kind',
      message: 'Målet ”Delmål” ligger under detta mål och kan inte stå under ett mål av det slaget',
    });
    const cycle = await send('PATCH', `/goals/${own.id}`, { version: own.version, parentGoalId: child.id });
    expect(cycle.json().error.details[0].path).toBe('body.parentGoalId');
    const otherArea = await send('POST', '/goals', goalInput('Mål', { goalAreaId: crypto.randomUUID() }));
    expect(otherArea.json().error.details[0]).toEqual({
      path: 'body.goalAreaId',
      message: 'Målområdet finns inte i årets plan',
    });
    const owner = await send('POST', `/goals/${own.id}/activities`, {
      title: 'Aktivitet',
      ownerNodeId: context.tenant.nodes.otherCommittee,
      due: null,
    });
    expect(owner.json().error.details[0].path).toBe('body.ownerNodeId');
    const after = await view();
    expect(after.goals.map((goal: { id: string }) => goal.id)).toEqual([own.id, child.id]);
    expect(after.goalAreas).toEqual(before.goalAreas);
  });
});

describe('ordering', () => {
  it('puts goal areas and goals in the order named, refuses an incomplete or stale order', async () => {
    const second = await created('/goal-areas', areaInput('Trygghet'));
    const { goalAreas } = await view();
    const reversed = [...goalAreas].reverse().map(({ id, version }) => ({ id, version }));
    const ordered = await send('PUT', '/goal-areas/order', { items: reversed });
    expect(ordered.statusCode, ordered.body).toBe(200);
    expect((await exported()).goalAreas.map((area: { key: string }) => area.key)).toEqual([
      'trygghet',
      'arbete',
    ]);
    const stale = await send('PUT', '/goal-areas/order', { items: reversed });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const partial = await send('PUT', '/goal-areas/order', { items: [{ id: second.id, version: 2 }] });
    expect(partial.json().error.details).toEqual([
      { path: 'body.items', message: 'Ordningen måste nämna varje sak i listan' },
    ]);

    const goal = await created('/goals', goalInput('Nytt mål'));
    const goals = (await view()).goals.map(({ id, version }: { id: string; version: number }) => ({
      id,
      version,
    }));
    const goalOrder = await send('PUT', '/goals/order', { items: [...goals].reverse() });
    expect(goalOrder.json().items[0]).toEqual({ id: goal.id, version: 2 });
    expect((await exported()).goals.map((entry: { title: string }) => entry.title)[0]).toBe('Nytt mål');
  });

  it('orders a goal’s activities', async () => {
    const goal = (await view()).goals[0];
    const added = await created(`/goals/${goal.id}/activities`, {
      title: 'Andra',
      ownerNodeId: null,
      due: null,
    });
    const items = [
      { id: added.id, version: 1 },
      { id: goal.activities[0].id, version: goal.activities[0].version },
    ];
    expect((await send('PUT', `/goals/${goal.id}/activities/order`, { items })).statusCode).toBe(200);
    expect((await view()).goals[0].activities.map((entry: { title: string }) => entry.title)).toEqual([
      'Andra',
      'Införa IPS i hela avdelningen',
    ]);
  });
});

describe('removal', () => {
  it('counts what goes with a goal, asks for its version, and removes the goal with its sub-goals', async () => {
    const goal = (await view()).goals[0];
    const sub = await created('/goals', goalInput('Delmål', { parentGoalId: goal.id }));
    await created(`/goals/${sub.id}/activities`, { title: 'Under delmålet', ownerNodeId: null, due: null });
    const removal = await send('GET', `/goals/${goal.id}/removal`);
    expect(removal.json()).toMatchObject({
      subGoals: 1,
      activities: 2,
      assessments: 1,
      indicatorLinks: 2,
      assignmentLinks: 0,
    });
    expect((await send('DELETE', `/goals/${goal.id}`)).statusCode).toBe(400);
    const stale = await send('DELETE', `/goals/${goal.id}?version=${goal.version + 1}`);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const removed = await send('DELETE', `/goals/${goal.id}?version=${goal.version}`);
    expect(removed.statusCode, removed.body).toBe(204);
    const after = await view();
    expect(after.goals).toEqual([]);
    expect(after.indicators).toHaveLength(2);
    const { auditLog } = await import('../../db/schema/index.ts');
    const { and, eq } = await import('drizzle-orm');
    const [entry] = await context.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, goal.id), eq(auditLog.action, 'delete')));
    expect(entry?.before).toMatchObject({
      title: goal.title,
      removedWithIt: { subGoals: 1, goalIds: [sub.id] },
    });
  });

  it('removes a goal area and leaves its goals in the plan without one', async () => {
    const [area] = (await view()).goalAreas;
    expect((await send('GET', `/goal-areas/${area.id}/removal`)).json()).toMatchObject({
      goalsLeftWithoutArea: 1,
      subGoals: 0,
    });
    expect((await send('DELETE', `/goal-areas/${area.id}?version=${area.version}`)).statusCode).toBe(204);
    const after = await view();
    expect(after.goalAreas).toEqual([]);
    expect(after.goals[0]).toMatchObject({ goalAreaId: null, version: 2 });
  });

  it('removes an activity', async () => {
    const goal = (await view()).goals[0];
    const [activity] = goal.activities;
    const path = `/goals/${goal.id}/activities/${activity.id}?version=${activity.version}`;
    expect((await send('DELETE', path)).statusCode).toBe(204);
    expect((await send('DELETE', path)).statusCode).toBe(404);
  });
});

describe('authority', () => {
  it('refuses every change once the plan is adopted, and leaves the year as it was', async () => {
    await adoptPlan();
    const before = await view();
    const goal = before.goals[0];
    const area = before.goalAreas[0];
    const attempts = [
      await send('POST', '/goal-areas', areaInput('Nytt')),
      await send('POST', '/goals', goalInput('Nytt')),
      await send('POST', `/goals/${goal.id}/adaptations`, { goalAreaId: area.id, focus: null }),
      await send('PUT', '/goals/order', { items: [{ id: goal.id, version: goal.version }] }),
      await send('DELETE', `/goals/${goal.id}?version=${goal.version}`),
      await send('DELETE', `/goal-areas/${area.id}?version=${area.version}`),
      await send('POST', `/goals/${goal.id}/activities`, { title: 'Ny', ownerNodeId: null, due: null }),
    ];
    for (const response of attempts) {
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json().error.code).toBe('FROZEN');
    }
    expect(await view()).toEqual(before);
  });

  it('keeps to the committee in the path and to those who edit it', async () => {
    const goal = (await view()).goals[0];
    const otherYear = `${context.base}/committees/${context.tenant.nodes.otherCommittee}/years/2022`;
    const elsewhere = await call(context.app, controller, {
      method: 'DELETE',
      url: `${otherYear}/goals/${goal.id}?version=${goal.version}`,
    });
    // The controller edits their own committee only; one who may write the other committee finds no such goal.
    expect(elsewhere.statusCode).toBe(403);
    const system = { municipalityId: context.tenant.municipalityId, userId: null };
    const otherScope = {
      municipalityId: context.tenant.municipalityId,
      committeeId: context.tenant.nodes.otherCommittee,
      year: 2022,
    };
    await expect(deleteGoal(context.deps, system, otherScope, goal.id, goal.version)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const reader = await signInAs(context.app, context.tenant.users.reader.email);
    expect((await send('POST', '/goal-areas', areaInput('Läsarens'), reader)).statusCode).toBe(403);
    expect((await send('GET', `/goals/${goal.id}/removal`, undefined, reader)).statusCode).toBe(200);
    expect((await view()).goals).toHaveLength(1);
  });
});
