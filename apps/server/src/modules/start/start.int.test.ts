import { beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createTenant,
  createTestApp,
  importTenantYear,
  type Session,
  signInAs,
  type Tenant,
} from '../../../../../test/harness.ts';

let context: Awaited<ReturnType<typeof createTestApp>>;
let tenant: Tenant;
let controller: Session;
let member: Session;
let reporter: Session;
let yearUrl: string;

const get = (session: Session, url: string) => call(context.app, session, { method: 'GET', url });

async function setStatus(document: string, status: 'review' | 'draft') {
  const view = (await get(controller, yearUrl)).json();
  const stored = view.documents.find((entry: { document: string }) => entry.document === document);
  const response = await call(context.app, controller, {
    method: 'POST',
    url: `${yearUrl}/documents/${document}/status`,
    payload: stored ? { version: stored.version, status } : { status },
  });
  expect(response.statusCode).toBe(200);
}

beforeAll(async () => {
  context = await createTestApp();
  tenant = await createTenant(context.deps);
  await importTenantYear(context.deps, tenant);
  controller = await signInAs(context.app, tenant.users.controller.email);
  member = await signInAs(context.app, tenant.users.member.email);
  reporter = await signInAs(context.app, tenant.users.reporter.email);
  yearUrl = `/api/municipalities/${tenant.municipalityId}/committees/${tenant.nodes.committee}/years/2022`;
  await setStatus('augusti', 'review');
});

describe('what a committee member reads', () => {
  it('sees only the documents of a year whose plan is still a draft, and no risks or document pages', async () => {
    const view = await get(member, yearUrl);
    expect(view.statusCode).toBe(200);
    expect(view.json().goals).toEqual([]);
    expect(view.json().assignments).toEqual([]);
    expect((await get(member, `${yearUrl}/risks`)).statusCode).toBe(403);
    const document = await get(member, `${yearUrl}/documents/verksamhetsplan`);
    expect(document.statusCode).toBe(403);
    expect(document.json().error.message).toMatch(/överlämnat till nämnden/);
    expect((await get(member, `${yearUrl}/documents/verksamhetsplan/render/pdf`)).statusCode).toBe(403);
  });

  it('reads the plan, the risk picture and the plan as a document once the plan is handed over', async () => {
    await setStatus('plan', 'review');
    const work = (await get(controller, yearUrl)).json();
    const view = await get(member, yearUrl);
    expect(view.statusCode).toBe(200);
    expect(view.json().goals.map((goal: { id: string }) => goal.id)).toEqual(
      work.goals.map((goal: { id: string }) => goal.id),
    );
    expect((await get(member, `${yearUrl}/risks`)).statusCode).toBe(200);
    expect((await get(member, `${yearUrl}/documents/verksamhetsplan`)).statusCode).toBe(200);
    const pdf = await get(member, `${yearUrl}/documents/verksamhetsplan/render/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toMatch(/application\/pdf/);
  });

  it('does not read what a follow-up still in draft says', async () => {
    const said = (view: { goals: { assessments: { followUp: string }[] }[] }) =>
      new Set(view.goals.flatMap((goal) => goal.assessments.map((entry) => entry.followUp)));
    const work = said((await get(controller, yearUrl)).json());
    expect(work.has('arsrapport')).toBe(true);
    expect(said((await get(member, yearUrl)).json()).has('arsrapport')).toBe(false);
    expect((await get(member, `${yearUrl}/documents/arsrapport`)).statusCode).toBe(403);
  });
});

describe('my start', () => {
  const start = async (session: Session) => {
    const response = await get(session, `/api/municipalities/${tenant.municipalityId}/my-start`);
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it('lists a controller’s committee with every plan and follow-up, and what awaits their review', async () => {
    const { committees } = await start(controller);
    expect(committees.map((entry: { committee: { name: string } }) => entry.committee.name)).toEqual([
      'Socialnämnden Test',
    ]);
    const [committee] = committees;
    expect(committee.reading).toBe('work');
    const documents = committee.years.find((entry: { year: number }) => entry.year === 2022).documents;
    const plan = documents.find((entry: { document: string }) => entry.document === 'plan');
    expect(plan).toMatchObject({
      name: 'Verksamhetsplan',
      kind: 'verksamhetsplan',
      status: 'review',
      files: [],
    });
    expect(plan.awaitingReview).toBe(0);
  });

  it('lists for a member only what has been handed over, and for a rapportör nothing to review', async () => {
    const [committee] = (await start(member)).committees;
    expect(committee.reading).toBe('handedOver');
    const statuses = committee.years.flatMap((entry: { documents: { status: string }[] }) =>
      entry.documents.map((doc) => doc.status),
    );
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses).not.toContain('draft');
    expect(committee.years[0].documents[0].awaitingReview).toBeNull();
    const reporting = (await start(reporter)).committees;
    expect(reporting.map((entry: { reading: string }) => entry.reading)).toEqual(['work']);
    expect(reporting[0].years[0].documents[0].awaitingReview).toBeNull();
  });
});
