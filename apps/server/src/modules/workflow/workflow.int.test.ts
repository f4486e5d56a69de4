import { beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
  type TestClock,
} from '../../../../../test/harness.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let reporter: Session;
let year: string;
let part: string;
const clock = () => context.deps.clock as TestClock;
const day = (offset: number) =>
  new Date(clock().now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  reporter = await signInAs(context.app, context.tenant.users.reporter.email);
  year = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
  const goal = (await call(context.app, controller, { method: 'GET', url: year })).json().goals[0];
  part = `${year}/follow-ups/arsrapport/parts/goal/${goal.id}`;
});

const as = (session: Session, method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown) =>
  call(context.app, session, { method, url, ...(payload !== undefined && { payload }) });
const tasks = async () => (await as(reporter, 'GET', `${context.base}/my-tasks`)).json();

describe('reporting a follow-up bottom-up', () => {
  it('runs from assignment through contribution, return, approval and a logged reopening', async () => {
    const deadline = `${year}/follow-ups/arsrapport/deadline`;
    const first = await as(controller, 'PUT', deadline, { deadline: day(3) });
    expect(first.json()).toMatchObject({ deadline: day(3), version: expect.any(Number) });
    const { version } = first.json();
    expect((await as(controller, 'PUT', deadline, { deadline: day(3), version })).statusCode).toBe(200);
    // A second person still holding the earlier version does not overwrite it unseen.
    const stale = await as(controller, 'PUT', deadline, { deadline: day(9), version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'VERSION_CONFLICT' },
      current: { deadline: day(3) },
    });
    const assigned = await as(controller, 'PUT', part, { nodeId: context.tenant.nodes.unit });
    expect(assigned.json()).toMatchObject({
      state: 'open',
      node: { name: 'Mottagningsenheten' },
      version: 1,
    });
    expect(await tasks()).toEqual([
      expect.objectContaining({
        dueSoon: true,
        overdue: false,
        followUp: { key: 'arsrapport', name: 'Årsrapport' },
      }),
    ]);

    const ready = await as(reporter, 'PUT', `${part}/contribution`, {
      version: 1,
      contribution: '<p onclick="steal()">Vi nådde målet <b>delvis</b>.</p><script>steal()</script>',
      ready: true,
    });
    expect(ready.json()).toMatchObject({
      state: 'ready',
      contribution: '<p>Vi nådde målet <strong>delvis</strong>.</p>',
    });
    expect(await tasks()).toEqual([]);
    expect(
      (await as(reporter, 'POST', `${part}/review`, { version: 2, decision: 'approve', comment: null }))
        .statusCode,
    ).toBe(403);

    const noComment = await as(controller, 'POST', `${part}/review`, {
      version: 2,
      decision: 'return',
      comment: null,
    });
    expect(noComment.json().error.details[0].path).toBe('body.comment');
    const returned = await as(controller, 'POST', `${part}/review`, {
      version: 2,
      decision: 'return',
      comment: 'Lägg till siffror.',
    });
    expect(returned.json()).toMatchObject({ state: 'returned', reviewComment: 'Lägg till siffror.' });
    expect((await tasks())[0].part.state).toBe('returned');

    await as(reporter, 'PUT', `${part}/contribution`, {
      version: 3,
      contribution: 'Med siffror.',
      ready: true,
    });
    const approved = await as(controller, 'POST', `${part}/review`, {
      version: 4,
      decision: 'approve',
      comment: null,
    });
    expect(approved.json().state).toBe('approved');
    const late = await as(reporter, 'PUT', `${part}/contribution`, {
      version: 5,
      contribution: 'Ändring',
      ready: true,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/godkänd/);

    const reopened = await as(controller, 'POST', `${part}/reopen`, {
      version: 5,
      reason: 'Fel siffra i tabellen',
    });
    expect(reopened.json()).toMatchObject({ state: 'open', reviewComment: 'Fel siffra i tabellen' });
    const history = await context.deps.db.query.auditLog.findMany({
      where: (log, { and, eq }) =>
        and(eq(log.municipalityId, context.tenant.municipalityId), eq(log.entityType, 'follow_up_part')),
    });
    expect(history.some((entry) => entry.after?.reopenedBecause === 'Fel siffra i tabellen')).toBe(true);
  });

  it('counts parts as late after the deadline and shows them to the controller', async () => {
    clock().advance(5 * 86_400_000);
    // Sessions do not outlive five idle days; the people sign in again.
    controller = await signInAs(context.app, context.tenant.users.controller.email);
    reporter = await signInAs(context.app, context.tenant.users.reporter.email);
    const overview = (await as(controller, 'GET', `${year}/follow-ups/arsrapport/parts`)).json();
    expect(overview).toMatchObject({
      overdue: 1,
      parts: [{ state: 'open', node: { id: context.tenant.nodes.unit } }],
    });
    expect((await tasks())[0]).toMatchObject({ overdue: true, dueSoon: false });
  });

  it('refuses a unit outside the committee and any change once the follow-up is adopted', async () => {
    const outside = await as(controller, 'PUT', part, { nodeId: context.tenant.nodes.otherCommittee });
    expect(outside.json().error.details[0].path).toBe('body.nodeId');
    // The plan is adopted before the annual report that follows it up.
    await as(controller, 'POST', `${year}/documents/plan/status`, { status: 'review' });
    await as(controller, 'POST', `${year}/documents/plan/status`, {
      status: 'adopted',
      decision: { date: '2022-02-15', paragraph: '§ 20' },
    });
    await as(controller, 'POST', `${year}/documents/arsrapport/status`, { status: 'review' });
    await as(controller, 'POST', `${year}/documents/arsrapport/status`, {
      status: 'adopted',
      decision: { date: '2023-02-14', paragraph: '§ 9' },
    });
    const frozen = await as(reporter, 'PUT', `${part}/contribution`, {
      version: 6,
      contribution: 'Sent',
      ready: true,
    });
    expect(frozen.json().error).toMatchObject({
      code: 'FROZEN',
      // The follow-up by its name, never its key ("arsrapport").
      message: 'Årsrapport 2022 är fastställd och kan inte ändras.',
    });
    expect(await tasks()).toEqual([]);
  });
});
