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

const view = async () => (await call(context.app, controller, { method: 'GET', url: yearUrl })).json();
const status = (document: string, payload: Record<string, unknown>) =>
  call(context.app, controller, { method: 'POST', url: `${yearUrl}/documents/${document}/status`, payload });
/** The plan is adopted before a follow-up of it. */
const adoptPlan = async () => {
  await status('plan', { status: 'review' });
  await status('plan', { status: 'adopted', decision: { date: '2022-02-15', paragraph: '§ 20' } });
};

describe('adoption', () => {
  it('moves the plan through review to adopted with the decision, then refuses every write to it and leaves it unchanged', async () => {
    expect(
      (await status('plan', { status: 'adopted', decision: { date: '2022-02-15', paragraph: '§ 20' } }))
        .statusCode,
    ).toBe(400);
    const review = await status('plan', { status: 'review' });
    expect(review.json()).toMatchObject({ status: 'review', version: 2 });
    const noDecision = await status('plan', { version: 2, status: 'adopted' });
    expect(noDecision.json().error.message).toMatch(/beslutsdatum och paragraf/);
    const adopted = await status('plan', {
      version: 2,
      status: 'adopted',
      decision: { date: '2022-02-15', paragraph: '§ 20' },
    });
    expect(adopted.json()).toMatchObject({
      status: 'adopted',
      decision: { date: '2022-02-15', paragraph: '§ 20' },
    });

    const before = await view();
    const goal = before.goals[0];
    const edit = await call(context.app, controller, {
      method: 'PATCH',
      url: `${yearUrl}/goals/${goal.id}`,
      payload: { version: goal.version, planText: 'Ändrad efter beslut' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error).toMatchObject({
      code: 'FROZEN',
      message: 'Verksamhetsplanen 2022 är fastställd och kan inte ändras.',
    });
    expect((await status('plan', { version: 3, status: 'draft' })).json().error.code).toBe('FROZEN');
    expect(await view()).toEqual(before);
  });

  it('freezes an adopted follow-up: assessments and reports in it are refused', async () => {
    await adoptPlan();
    await status('arsrapport', { status: 'review' });
    await status('arsrapport', { status: 'adopted', decision: { date: '2023-02-14', paragraph: '§ 5' } });
    const current = await view();
    const goal = current.goals[0];
    const assessment = await call(context.app, controller, {
      method: 'PUT',
      url: `${yearUrl}/goals/${goal.id}/assessments/arsrapport`,
      payload: { version: goal.assessments[0].version, level: 'god', analysis: null },
    });
    expect(assessment.json().error.code).toBe('FROZEN');
    const assignment = current.assignments[1];
    const report = await call(context.app, controller, {
      method: 'PUT',
      url: `${yearUrl}/assignments/${assignment.id}/reports/arsrapport`,
      payload: {
        version: assignment.reports[0].version,
        status: 'closed',
        proposedClosed: false,
        comment: null,
      },
    });
    expect(report.json().error.code).toBe('FROZEN');
    expect(await view()).toEqual(current);
  });
});

describe('follow-up writes', () => {
  it('assesses a goal in a new follow-up, refuses a level outside the scale, and detects a stale version', async () => {
    const goal = (await view()).goals[0];
    const url = `${yearUrl}/goals/${goal.id}/assessments/augusti`;
    const outside = await call(context.app, controller, {
      method: 'PUT',
      url,
      payload: { level: 'utmarkt', analysis: null },
    });
    expect(outside.json().error.details[0].path).toBe('body.level');
    const created = await call(context.app, controller, {
      method: 'PUT',
      url,
      payload: { level: 'god', analysis: 'Bra' },
    });
    expect(created.json()).toMatchObject({ followUp: 'augusti', level: 'god', version: 1 });
    const stale = await call(context.app, controller, {
      method: 'PUT',
      url,
      payload: { level: 'viss', analysis: null },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ level: 'god' });
    const assessments = (await view()).goals[0].assessments.map(
      (entry: { followUp: string }) => entry.followUp,
    );
    expect(assessments).toEqual(['augusti', 'arsrapport']);
  });

  it('lets the reporter of the owning unit change the activity status, and the controller sees it', async () => {
    const reporter = await signInAs(context.app, context.tenant.users.reporter.email);
    const activity = (await view()).goals[0].activities[0];
    const response = await call(context.app, reporter, {
      method: 'PATCH',
      url: `${yearUrl}/activities/${activity.id}`,
      payload: { version: activity.version, status: 'done' },
    });
    expect(response.json()).toMatchObject({ status: 'done', version: activity.version + 1 });
    expect((await view()).goals[0].activities[0].status).toBe('done');
    const completeness = (
      await call(context.app, controller, {
        method: 'GET',
        url: `${yearUrl}/follow-ups/arsrapport/completeness`,
      })
    ).json();
    expect(completeness.activities).toEqual([
      expect.objectContaining({
        id: activity.id,
        status: 'done',
        owner: { id: context.tenant.nodes.unit, name: 'Mottagningsenheten' },
      }),
    ]);
    expect(completeness.summary).toEqual({
      goals: { done: 1, total: 1 },
      assignments: { done: 2, total: 2 },
      indicators: { done: 2, total: 2 },
      activities: { done: 1, total: 1 },
    });
    const august = (
      await call(context.app, controller, {
        method: 'GET',
        url: `${yearUrl}/follow-ups/augusti/completeness`,
      })
    ).json();
    expect(august).toMatchObject({
      period: 'augusti',
      summary: { goals: { done: 0 }, indicators: { done: 0, total: 2 } },
    });
  });
});

describe('indicator values', () => {
  it('records an outcome and a missing one, detects a stale version, and freezes with the annual report', async () => {
    const indicator = (await view()).indicators.find((entry: { unit: string }) => entry.unit === 'antal');
    const url = `${yearUrl}/indicators/${indicator.id}/values`;
    const put = (payload: Record<string, unknown>) =>
      call(context.app, controller, { method: 'PUT', url, payload });
    const august = await put({ year: 2022, period: 'augusti', value: 2400 });
    expect(august.json()).toMatchObject({ period: 'augusti', value: 2400, version: 1 });
    const missing = await put({
      year: 2022,
      period: 'augusti',
      value: null,
      note: 'uppgift saknas',
      version: 1,
    });
    expect(missing.json()).toMatchObject({ value: null, note: 'uppgift saknas', version: 2 });
    expect((await put({ year: 2022, period: 'augusti', value: 1, version: 1 })).statusCode).toBe(409);
    expect((await put({ year: 2022, period: 'maj', value: 1 })).statusCode).toBe(404);
    expect((await put({ year: 2022, period: 'year', value: '2 650' })).json().error.details[0].path).toBe(
      'body.value',
    );

    await adoptPlan();
    await status('arsrapport', { status: 'review' });
    await status('arsrapport', { status: 'adopted', decision: { date: '2023-02-14', paragraph: '§ 5' } });
    const frozen = await put({ year: 2022, period: 'year', value: 1, version: 1 });
    expect(frozen.json().error.code).toBe('FROZEN');
    const stored = (await view()).indicators.find((entry: { id: string }) => entry.id === indicator.id);
    expect(
      stored.values.find(
        (entry: { year: number; period: string }) => entry.year === 2022 && entry.period === 'year',
      ).value,
    ).toBe(2650);
  });
});

describe('rich text', () => {
  it('keeps headings, lists, bold and links of a plan text and drops what could run or load', async () => {
    const goal = (await view()).goals[0];
    const hostile = [
      '<h2>Strategi</h2><p style="color:red" onmouseover="steal()">Vi <b>prioriterar</b> ',
      '<a href="https://goteborg.se/plan" target="_blank">planen</a> och ',
      '<a href="javascript:steal()">inte detta</a>.</p><ul><li>Ett</li></ul>',
      '<script>steal()</script><img src="x" onerror="steal()"><iframe src="https://example.org"></iframe>',
    ].join('');
    const edit = await call(context.app, controller, {
      method: 'PATCH',
      url: `${yearUrl}/goals/${goal.id}`,
      payload: { version: goal.version, planText: hostile },
    });
    const stored =
      '<h3>Strategi</h3><p>Vi <strong>prioriterar</strong> <a href="https://goteborg.se/plan">planen</a> och ' +
      '<a>inte detta</a>.</p><ul><li>Ett</li></ul>';
    expect(edit.json()).toMatchObject({ planText: stored, version: goal.version + 1 });
    expect((await view()).goals[0].planText).toBe(stored);

    const emptied = await call(context.app, controller, {
      method: 'PATCH',
      url: `${yearUrl}/goals/${goal.id}`,
      payload: { version: goal.version + 1, planText: '<p> </p><script>x</script>' },
    });
    expect(emptied.json()).toMatchObject({ planText: null });
  });
});

describe('import through the API', () => {
  it('reads a changed export back, and refuses a broken one naming the JSON path, changing nothing', async () => {
    const exported = (
      await call(context.app, controller, { method: 'GET', url: `${yearUrl}/export` })
    ).json();
    exported.goals[0].planText = 'Inläst igen';
    const url = `${context.base}/import`;
    const ok = await call(context.app, controller, { method: 'POST', url, payload: exported });
    expect(ok.json()).toMatchObject({ year: 2022, counts: { goals: 1 } });
    expect((await view()).goals[0].planText).toBe('<p>Inläst igen</p>');

    const before = await view();
    exported.goals[0].planText = 'Ska inte sparas';
    exported.indicators[0].values[0].value = 'nio';
    const broken = await call(context.app, controller, { method: 'POST', url, payload: exported });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.details[0]).toMatchObject({ path: 'indicators[0].values[0].value' });
    expect(await view()).toEqual(before);
  });
});

describe('starting next year', () => {
  it('carries over exactly the assignments that are not Avslutad, keeping their identity and history', async () => {
    const before = await view();
    const response = await call(context.app, controller, { method: 'POST', url: `${yearUrl}/start-next` });
    expect(response.json()).toEqual({
      year: 2023,
      goalAreas: 1,
      goals: 1,
      carriedAssignments: 1,
      carriedActionPlans: 0,
    });
    const next = (
      await call(context.app, controller, { method: 'GET', url: yearUrl.replace('/2022', '/2023') })
    ).json();
    const open = before.assignments.filter(
      (assignment: { reports: { status: string }[] }) => assignment.reports[0]?.status !== 'closed',
    );
    expect(next.assignments.map((assignment: { id: string }) => assignment.id)).toEqual(
      open.map((assignment: { id: string }) => assignment.id),
    );
    expect(next.assignments[0]).toMatchObject({
      carriedOver: true,
      reports: [],
      goalAreaId: next.goalAreas[0].id,
    });
    expect(before.assignments[1].goalAreaId).toBe(before.goalAreas[0].id);
    expect(next.goalAreas[0].id).not.toBe(before.goalAreas[0].id);
    expect(next.goals[0]).toMatchObject({ title: before.goals[0].title, assessments: [] });
    expect(next.goals[0].indicatorIds).toEqual(before.goals[0].indicatorIds);
    const again = await call(context.app, controller, { method: 'POST', url: `${yearUrl}/start-next` });
    expect(again.statusCode).toBe(409);
    // The previous year's reports stay where they were: the history of the assignment.
    expect((await view()).assignments).toEqual(before.assignments);
  });
});
