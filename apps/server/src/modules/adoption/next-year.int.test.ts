import { beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
  tenantYearDocument,
} from '../../../../../test/harness.ts';
import { importCommitteeYear } from '../interchange/import.service.ts';

// Starting the next year, plan and risk registers, is refused the second time with 409 CONFLICT, sequentially or
// concurrently; the locks themselves are the committee year's, as adoption and import take them.

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let reporter: Session;

beforeEach(async () => {
  context = await createSignedInTenant();
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  reporter = await signInAs(context.app, context.tenant.users.reporter.email);
});

const yearUrl = (year: number) =>
  `${context.base}/committees/${context.tenant.nodes.committee}/years/${year}`;
const post = (url: string) => call(context.app, controller, { method: 'POST', url });
const view = async (year: number) =>
  (await call(context.app, controller, { method: 'GET', url: yearUrl(year) })).json();

describe('starting the next year’s plan', () => {
  it('starts a year whose plan holds only goal areas once when asked three times at once, and refuses a later start', async () => {
    // Without goals or assignments the next year looked unstarted, and a second start copied the areas again.
    const document = tenantYearDocument(context.tenant, 2022);
    document.goals = [];
    document.assessments = [];
    document.assignments = [];
    await importCommitteeYear(context.deps, document, {
      source: 'test',
      actor: null,
      municipalityId: context.tenant.municipalityId,
    });
    const url = `${yearUrl(2022)}/start-next`;
    const answers = await Promise.all([0, 1, 2].map(() => post(url)));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409, 409]);
    expect(answers.find((answer) => answer.statusCode === 200)?.json()).toEqual({
      year: 2023,
      goalAreas: 1,
      goals: 0,
      carriedAssignments: 0,
      carriedActionPlans: 0,
    });
    const again = await post(url);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toEqual({ code: 'CONFLICT', message: 'Planen för 2023 är redan påbörjad.' });
    expect((await view(2023)).goalAreas).toHaveLength(1);
  });
});

describe('starting the next year’s risk registers', () => {
  it('starts them once when asked three times at once, and refuses a later start', async () => {
    await importTenantYear(context.deps, context.tenant);
    for (const title of ['Utredningstiden överskrids', 'Placeringskostnaden ökar', 'Personal slutar']) {
      const created = await call(context.app, reporter, {
        method: 'POST',
        url: `${yearUrl(2022)}/risks`,
        payload: {
          nodeId: context.tenant.nodes.unit,
          area: 'lagar',
          title,
          description: 'Påhittad beskrivning för testet.',
          probability: 3,
          consequence: 4,
          source: 'audit',
          actions: [],
        },
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    const url = `${yearUrl(2022)}/risks/start-next`;
    const answers = await Promise.all([0, 1, 2].map(() => post(url)));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409, 409]);
    expect(answers.find((answer) => answer.statusCode === 200)?.json()).toEqual({ year: 2023, risks: 3 });
    const again = await post(url);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toEqual({
      code: 'CONFLICT',
      message: 'Riskregistren för 2023 är redan påbörjade.',
    });
    const next = (
      await call(context.app, controller, { method: 'GET', url: `${yearUrl(2023)}/risks` })
    ).json();
    expect(next.risks).toHaveLength(3);
  });
});
