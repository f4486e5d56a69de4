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
let reporter: Session;
let yearUrl: string;

beforeEach(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  reporter = await signInAs(context.app, context.tenant.users.reporter.email);
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

const overview = async (session = controller, url = yearUrl) =>
  (await call(context.app, session, { method: 'GET', url: `${url}/risks` })).json();
const newRisk = (session: Session, payload: Record<string, unknown>) =>
  call(context.app, session, { method: 'POST', url: `${yearUrl}/risks`, payload });
const unitRisk = {
  area: 'lagar',
  title: 'Utredningstiden överskrids',
  description: 'Påhittad beskrivning för testet.',
  probability: 3,
  consequence: 4,
  source: 'audit',
  actions: [{ what: 'Veckovis genomgång av ärenden', responsible: 'Enhetschef', due: '2022-06-30' }],
};

describe('risk register', () => {
  it('creates a risk in a unit’s register with its value and level, and refuses a stale update with the current risk', async () => {
    const created = await newRisk(reporter, { nodeId: context.tenant.nodes.unit, ...unitRisk });
    expect(created.statusCode, created.body).toBe(201);
    const risk = created.json();
    expect(risk).toMatchObject({
      origin: { id: context.tenant.nodes.unit, kind: 'unit', name: 'Mottagningsenheten' },
      raisedTo: null,
      value: 12,
      level: 'high',
      source: 'audit',
      actions: [{ what: 'Veckovis genomgång av ärenden', status: 'planned' }],
      version: 1,
    });
    const update = (version: number, probability: number) =>
      call(context.app, reporter, {
        method: 'PATCH',
        url: `${yearUrl}/risks/${risk.id}`,
        payload: { version, probability },
      });
    expect((await update(1, 2)).json()).toMatchObject({
      probability: 2,
      value: 8,
      level: 'medium',
      version: 2,
    });
    const stale = await update(1, 4);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' }, current: { probability: 2 } });

    const history = await call(context.app, controller, {
      method: 'GET',
      url: `${yearUrl}/risks/${risk.id}/history`,
    });
    expect(history.json().entries.map((entry: { action: string }) => entry.action)).toEqual([
      'update',
      'create',
    ]);
    expect(history.json().entries[0]).toMatchObject({
      before: { probability: 3 },
      after: { probability: 2 },
    });

    const removed = await call(context.app, reporter, {
      method: 'DELETE',
      url: `${yearUrl}/risks/${risk.id}?version=2`,
    });
    expect(removed.statusCode).toBe(204);
    expect((await overview()).risks).toEqual([]);
  });

  it('validates area, scale and goals in Swedish with the field’s path', async () => {
    const response = await newRisk(controller, {
      nodeId: context.tenant.nodes.committee,
      ...unitRisk,
      area: 'okant',
      probability: 5,
      goalIds: [crypto.randomUUID()],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'body.area', message: 'Riskområdet "okant" finns inte i kommunens lista.' },
      { path: 'body.probability', message: 'Sannolikheten ska vara ett heltal mellan 1 och 4.' },
      { path: 'body.goalIds[0]', message: 'Målet finns inte i nämndens plan för året.' },
    ]);
  });

  it('links a risk to a goal it threatens', async () => {
    const goal = (await call(context.app, controller, { method: 'GET', url: yearUrl })).json().goals[0];
    const risk = (
      await newRisk(controller, { nodeId: context.tenant.nodes.committee, ...unitRisk, goalIds: [goal.id] })
    ).json();
    expect(risk.goalIds).toEqual([goal.id]);
  });
});

describe('bottom-up compilation', () => {
  it('nominates a unit’s risk to its department and the administration; selection keeps it in the unit’s register', async () => {
    const risk = (await newRisk(reporter, { nodeId: context.tenant.nodes.unit, ...unitRisk })).json();
    const nominate = (session: Session, version: number) =>
      call(context.app, session, {
        method: 'POST',
        url: `${yearUrl}/risks/${risk.id}/nominate`,
        payload: { version },
      });
    expect((await nominate(reporter, 1)).json().raisedTo).toMatchObject({
      id: context.tenant.nodes.department,
    });
    // The reporter holds the unit only: raising the department's risks is for the department.
    expect((await nominate(reporter, 2)).statusCode).toBe(403);
    expect((await nominate(controller, 2)).json().raisedTo).toMatchObject({ kind: 'administration' });
    const beyond = await nominate(controller, 3);
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().error.message).toMatch(/ledningen väljer dem/);

    const select = (payload: Record<string, unknown>) =>
      call(context.app, controller, { method: 'PUT', url: `${yearUrl}/risks/${risk.id}/selection`, payload });
    const noReason = await select({ version: 3, selected: true, reason: '' });
    expect(noReason.json().error.details).toEqual([
      { path: 'body.reason', message: 'Ange varför risken tas med i den samlade riskbilden.' },
    ]);
    expect(
      (
        await select({ version: 3, selected: true, reason: 'Hög risk i flera enheter', toControlPlan: true })
      ).json(),
    ).toMatchObject({
      selected: true,
      selectionReason: 'Hög risk i flera enheter',
      toControlPlan: true,
      origin: { id: context.tenant.nodes.unit },
    });
    expect((await select({ version: 4, selected: false })).json()).toMatchObject({
      selected: false,
      selectionReason: null,
      toControlPlan: false,
    });
    const [kept] = (await overview()).risks;
    expect(kept).toMatchObject({ id: risk.id, origin: { id: context.tenant.nodes.unit }, selected: false });
  });
});

describe('internal control plan', () => {
  async function plannedRisk() {
    const risk = (await newRisk(controller, { nodeId: context.tenant.nodes.committee, ...unitRisk })).json();
    await call(context.app, controller, {
      method: 'PUT',
      url: `${yearUrl}/risks/${risk.id}/selection`,
      payload: { version: 1, selected: true, reason: 'Revisionens iakttagelse', toControlPlan: true },
    });
    return risk;
  }
  const status = (payload: Record<string, unknown>) =>
    call(context.app, controller, {
      method: 'POST',
      url: `${yearUrl}/documents/internkontrollplan/status`,
      payload,
    });

  it('freezes control activities once adopted, while results are still recorded until the annual report is adopted', async () => {
    const risk = await plannedRisk();
    const created = await call(context.app, controller, {
      method: 'POST',
      url: `${yearUrl}/risks/${risk.id}/controls`,
      payload: {
        what: 'Utredningar avslutas inom fyra månader',
        method: 'Stickprov 10 ärenden',
        frequency: 'Två gånger per år',
        responsible: 'Avdelningschef',
        reportWhen: 'Årsrapport',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const control = created.json();
    expect((await status({ status: 'review' })).json()).toMatchObject({
      document: 'internkontrollplan',
      status: 'review',
    });
    await status({ version: 2, status: 'adopted', decision: { date: '2022-02-15', paragraph: '§ 21' } });

    const edit = await call(context.app, controller, {
      method: 'PATCH',
      url: `${yearUrl}/controls/${control.id}`,
      payload: { version: 1, what: 'Ändrat efter beslut' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error).toMatchObject({
      code: 'FROZEN',
      message: 'Internkontrollplanen 2022 är fastställd och kan inte ändras.',
    });
    const deselect = await call(context.app, controller, {
      method: 'PUT',
      url: `${yearUrl}/risks/${risk.id}/selection`,
      payload: { version: 2, selected: true, reason: 'Ändrat', toControlPlan: false },
    });
    expect(deselect.json().error.code).toBe('FROZEN');

    const result = (payload: Record<string, unknown>) =>
      call(context.app, controller, {
        method: 'PUT',
        url: `${yearUrl}/controls/${control.id}/result`,
        payload,
      });
    const recorded = await result({
      performedOn: '2022-11-30',
      findings: 'Två ärenden över tiden',
      deviations: 2,
      assessment: 'Delvis godtagbart',
      actionsDecided: 'Ny rutin',
    });
    expect(recorded.json()).toMatchObject({ deviations: 2, version: 1 });
    expect((await result({ performedOn: '2022-11-30', deviations: 3 })).json().error.code).toBe(
      'VERSION_CONFLICT',
    );
    const plan = (await overview()).controlPlan;
    expect(plan).toMatchObject({ status: 'adopted', resultsOpen: true });
    expect(plan.activities[0]).toMatchObject({
      what: 'Utredningar avslutas inom fyra månader',
      result: { deviations: 2, findings: 'Två ärenden över tiden' },
    });

    const yearEnd = (payload: Record<string, unknown>) =>
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
    await yearEnd({ status: 'review' });
    await yearEnd({ version: 2, status: 'adopted', decision: { date: '2023-02-20', paragraph: '§ 5' } });
    expect((await result({ version: 1, performedOn: '2022-11-30', deviations: 1 })).json().error.code).toBe(
      'FROZEN',
    );
    expect((await overview()).controlPlan.resultsOpen).toBe(false);
  });

  it('takes control activities only for a risk sent to the plan', async () => {
    const risk = (await newRisk(controller, { nodeId: context.tenant.nodes.committee, ...unitRisk })).json();
    const response = await call(context.app, controller, {
      method: 'POST',
      url: `${yearUrl}/risks/${risk.id}/controls`,
      payload: { what: 'Kontroll' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('Risken är inte vald till internkontrollplanen.');
  });
});

describe('next year', () => {
  it('starts next year’s registers with this year’s assessment kept beside the new one', async () => {
    const risk = (await newRisk(reporter, { nodeId: context.tenant.nodes.unit, ...unitRisk })).json();
    const started = await call(context.app, controller, {
      method: 'POST',
      url: `${yearUrl}/risks/start-next`,
    });
    expect(started.json()).toEqual({ year: 2023, risks: 1 });
    const nextUrl = yearUrl.replace('/2022', '/2023');
    const [carried] = (await overview(controller, nextUrl)).risks;
    expect(carried).toMatchObject({
      key: risk.key,
      probability: 3,
      previous: { probability: 3, consequence: 4, value: 12 },
    });
    const reassessed = await call(context.app, reporter, {
      method: 'PATCH',
      url: `${nextUrl}/risks/${carried.id}`,
      payload: { version: 1, probability: 1 },
    });
    expect(reassessed.json()).toMatchObject({ value: 4, previous: { value: 12 } });
    expect((await overview()).risks[0]).toMatchObject({ id: risk.id, probability: 3, previous: null });
    const again = await call(context.app, controller, { method: 'POST', url: `${yearUrl}/risks/start-next` });
    expect(again.json().error.code).toBe('CONFLICT');
  });
});
