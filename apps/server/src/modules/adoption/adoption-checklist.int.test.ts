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

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;

beforeEach(async () => {
  context = await createSignedInTenant();
  controller = await signInAs(context.app, context.tenant.users.controller.email);
});

const yearUrl = (year: number) =>
  `${context.base}/committees/${context.tenant.nodes.committee}/years/${year}`;
const decision = { date: '2024-02-20', paragraph: '§ 14' };
const get = (url: string) => call(context.app, controller, { method: 'GET', url });
const setStatus = (year: number, document: string, payload: Record<string, unknown>) =>
  call(context.app, controller, {
    method: 'POST',
    url: `${yearUrl(year)}/documents/${document}/status`,
    payload,
  });
const toReview = async (year: number, document: string) =>
  expect((await setStatus(year, document, { status: 'review' })).statusCode).toBe(200);
const adopt = (year: number, document: string) => setStatus(year, document, { status: 'adopted', decision });
const checklist = async (year: number, document: string) =>
  (await get(`${yearUrl(year)}/documents/${document}/checklist`)).json();
const documentOf = async (year: number, document: string) =>
  (await get(yearUrl(year)))
    .json()
    .documents.find((entry: { document: string }) => entry.document === document);

/** The fixture's plan in 2023 with nothing reported on it: no assessment, outcome or assignment status. */
async function importUnreportedYear() {
  const document = tenantYearDocument(context.tenant, 2023);
  document.assessments = [];
  document.documents = [];
  document.assignments = (document.assignments ?? []).map((assignment) => ({ ...assignment, reports: [] }));
  await importCommitteeYear(context.deps, document, {
    source: 'test',
    actor: null,
    municipalityId: context.tenant.municipalityId,
  });
}

describe('refusing an empty document', () => {
  it('refuses an empty plan with 422 and a Swedish message, storing nothing', async () => {
    await toReview(2030, 'plan');
    expect((await checklist(2030, 'plan')).blocking).toEqual([
      {
        key: 'empty-plan',
        message:
          'Verksamhetsplanen är tom: den har inga mål, indikatorer eller uppdrag och kan inte fastställas.',
      },
    ]);
    const refused = await adopt(2030, 'plan');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'UNPROCESSABLE',
      message:
        'Verksamhetsplanen är tom: den har inga mål, indikatorer eller uppdrag och kan inte fastställas.',
      details: [{ path: 'body.status' }],
    });
    expect(await documentOf(2030, 'plan')).toMatchObject({ status: 'review', decision: null });
    const files = (await get(`${yearUrl(2030)}/documents/verksamhetsplan`)).json();
    expect(files.snapshots).toEqual([]);
  });

  it('refuses an annual report that reports nothing, and adopts it once one outcome is there', async () => {
    await importUnreportedYear();
    await toReview(2023, 'plan');
    expect((await adopt(2023, 'plan')).statusCode).toBe(200);
    await toReview(2023, 'arsrapport');
    const refused = await adopt(2023, 'arsrapport');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toMatch(/^Årsrapporten är tom: inget mål är bedömt/);

    const view = (await get(yearUrl(2023))).json();
    const indicator = view.indicators[0];
    const value = await call(context.app, controller, {
      method: 'PUT',
      url: `${yearUrl(2023)}/indicators/${indicator.id}/values`,
      payload: { year: 2023, period: 'year', value: 9.1 },
    });
    expect(value.statusCode, value.body).toBe(200);
    const adopted = await adopt(2023, 'arsrapport');
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(await documentOf(2023, 'arsrapport')).toMatchObject({ status: 'adopted', decision });
  });
});

describe('the checklist before adoption', () => {
  it('counts what the plan holds and lists the chapters it will print', async () => {
    await importTenantYear(context.deps, context.tenant);
    const plan = await checklist(2022, 'plan');
    expect(plan).toMatchObject({
      document: 'plan',
      blocking: [],
      contents: {
        goalAreas: 1,
        goals: { total: 1 },
        indicators: { total: 2 },
        assignments: { total: 2 },
        activities: 1,
      },
    });
    expect(plan.chapters.length).toBeGreaterThan(0);
    expect(plan.chapters[0]).toMatchObject({ number: '1' });
    const emptyChapters = plan.chapters.filter((chapter: { lacking: string | null }) => chapter.lacking);
    expect(plan.warnings.map((item: { key: string }) => item.key)).toEqual(
      emptyChapters.length > 0 ? ['empty-chapters'] : [],
    );
  });

  it('warns of the goals, outcomes and assignment statuses a follow-up lacks', async () => {
    await importUnreportedYear();
    const report = await checklist(2023, 'arsrapport');
    expect(report.contents).toMatchObject({
      goals: { done: 0, total: 1 },
      indicators: { done: 0, total: 2 },
      assignments: { done: 0, total: 2 },
    });
    expect(report.blocking.map((item: { key: string }) => item.key)).toEqual(['empty-report']);
    expect(report.warnings.slice(0, 3)).toEqual([
      { key: 'goals-unassessed', message: '1 mål saknar bedömning.' },
      { key: 'indicators-without-outcome', message: '2 indikatorer saknar utfall.' },
      { key: 'assignments-without-status', message: '2 uppdrag saknar status.' },
    ]);
  });

  it('answers 404 for a document the municipality does not have', async () => {
    const response = await get(`${yearUrl(2022)}/documents/oktober/checklist`);
    expect(response.statusCode).toBe(404);
  });
});

describe('the decision', () => {
  it('stores the decision date and paragraph and shows them with the document, not the day of the click', async () => {
    await importTenantYear(context.deps, context.tenant);
    await toReview(2022, 'plan');
    expect((await adopt(2022, 'plan')).statusCode).toBe(200);
    await toReview(2022, 'arsrapport');
    const adopted = await adopt(2022, 'arsrapport');
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(await documentOf(2022, 'arsrapport')).toMatchObject({ status: 'adopted', decision });
  });
});
