import { beforeAll, describe, expect, it } from 'vitest';
import { call, createSignedInTenant, importTenantYear, type Session, signInAs } from './harness.ts';

/** A stale save is answered with who saved the newer version and when, whichever object it concerns. */
let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let nodeUrl: string;

beforeAll(async () => {
  context = await createSignedInTenant();
  const created = await call(context.app, context.admin, {
    method: 'POST',
    url: `${context.base}/org-nodes`,
    payload: {
      parentId: context.tenant.nodes.department,
      kind: 'unit',
      name: 'Enhet Väster',
      validFrom: '2022-01-01',
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  nodeUrl = `${context.base}/org-nodes/${created.json().id}`;
});

const rename = (session: Session, name: string, version: number) =>
  call(context.app, session, { method: 'PATCH', url: nodeUrl, payload: { version, name } });

describe('a version conflict names who saved in between', () => {
  it('answers a stale save with the stored object, the name of the person who saved it and when', async () => {
    const saved = await rename(context.admin, 'Enhet Väst', 1);
    expect(saved.statusCode, saved.body).toBe(200);

    const stale = await rename(context.admin, 'Enhet Västra', 1);
    expect(stale.statusCode).toBe(409);
    const body = stale.json();
    expect(body).toMatchObject({
      error: { code: 'VERSION_CONFLICT' },
      current: { name: 'Enhet Väst', version: 2 },
      changedBy: { name: 'Test admin' },
    });
    expect(Date.parse(body.changedBy.at)).not.toBeNaN();
  });

  it('names them also for what has no id of its own: a follow-up’s deadline and a unit’s part', async () => {
    await importTenantYear(context.deps, context.tenant);
    const controller = await signInAs(context.app, context.tenant.users.controller.email);
    const reporter = await signInAs(context.app, context.tenant.users.reporter.email);
    const year = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
    const goal = (await call(context.app, context.admin, { method: 'GET', url: year })).json().goals[0];
    const deadline = `${year}/follow-ups/arsrapport/deadline`;
    const part = `${year}/follow-ups/arsrapport/parts/goal/${goal.id}`;
    const put = (session: Session, url: string, payload: unknown) =>
      call(context.app, session, { method: 'PUT', url, payload });

    const first = await put(controller, deadline, { deadline: '2023-02-01' });
    expect(first.statusCode, first.body).toBe(200);
    const { version } = first.json();
    expect((await put(controller, deadline, { deadline: '2023-02-03', version })).statusCode).toBe(200);
    const staleDeadline = await put(controller, deadline, { deadline: '2023-02-05', version });
    expect(staleDeadline.statusCode).toBe(409);
    expect(staleDeadline.json()).toMatchObject({ changedBy: { name: 'Test controller' } });

    expect((await put(controller, part, { nodeId: context.tenant.nodes.unit })).statusCode).toBe(200);
    const contribution = (text: string) =>
      put(reporter, `${part}/contribution`, { version: 1, contribution: text, ready: false });
    expect((await contribution('Första')).statusCode).toBe(200);
    const stalePart = await contribution('Andra');
    expect(stalePart.statusCode).toBe(409);
    expect(stalePart.json()).toMatchObject({ changedBy: { name: 'Test reporter' } });
  });
});
