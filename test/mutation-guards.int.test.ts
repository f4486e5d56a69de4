import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../apps/server/src/app.ts';
import type { Database } from '../apps/server/src/db/connect.ts';
import { demoPassword } from '../apps/server/src/demo/demo-data.ts';
import { loadDemo } from '../apps/server/src/demo/load-demo.ts';
import { importCommitteeYear } from '../apps/server/src/modules/interchange/import.service.ts';
import {
  call,
  createSignedInTenant,
  depsFor,
  freshDatabase,
  type Session,
  signInAs,
  tenantYearDocument,
} from './harness.ts';

/**
 * Rules a mutation run could change without any test noticing; each test here fails when its rule changes.
 * All through the HTTP API, as the web app and integrations see them.
 */
let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let yearUrl: string;

/** An indicator for the rounding rule: one outcome the year before and one this year, against a target. */
const roundingIndicator = (
  key: string,
  decimals: number,
  direction: 'higher' | 'lower',
  [before, now]: [number, number],
  target: number,
) => ({
  key,
  name: `Avrundning ${key}`,
  unit: 'antal' as const,
  decimals,
  direction,
  source: 'manual' as const,
  values: [
    { year: 2021, period: 'year', gender: 'T' as const, value: before, note: null },
    { year: 2022, period: 'year', gender: 'T' as const, value: now, note: null },
  ],
  targets: [{ year: 2022, target: { kind: 'numeric' as const, value: target } }],
});

beforeAll(async () => {
  context = await createSignedInTenant();
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  const document = tenantYearDocument(context.tenant);
  // The file brings no assessment scale of its own, so the municipality's default one is the one used.
  delete document.municipality.assessmentScale;
  document.indicators = [
    ...(document.indicators ?? []),
    roundingIndicator('hogre-tva', 2, 'higher', [12.345, 12.35], 13),
    roundingIndicator('heltal', 0, 'higher', [2.5, 3], 4),
    roundingIndicator('lagre-tva', 2, 'lower', [12.345, 12.344], 12),
  ];
  // The same two follow-ups, the later one saying the opposite of the earlier one, once each way.
  const [first, second] = document.assignments ?? [];
  if (!first || !second) throw new Error('the fixture has two assignments');
  first.reports = [
    { followUp: 'augusti', status: 'closed', proposedClosed: true, comment: null },
    { followUp: 'arsrapport', status: 'ongoing', proposedClosed: false, comment: 'Arbetet återupptogs.' },
  ];
  second.reports = [
    { followUp: 'arsrapport', status: 'closed', proposedClosed: true, comment: 'Klart.' },
    { followUp: 'augusti', status: 'ongoing', proposedClosed: false, comment: null },
  ];
  await importCommitteeYear(context.deps, document, {
    source: 'test',
    actor: null,
    municipalityId: context.tenant.municipalityId,
  });
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

const get = async (session: Session, url: string) => {
  const response = await call(context.app, session, { method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('a committee year read through the API', () => {
  it('compares an outcome with the year before as both are shown: rounded half away from zero to the indicator’s decimals', async () => {
    const { indicators } = await get(controller, yearUrl);
    const status = (key: string) =>
      indicators.find((indicator: { name: string }) => indicator.name === `Avrundning ${key}`)?.status;
    // 12,345 is shown 12,35 (not 12,34 as binary floating point rounds it): no better than this year's 12,35.
    expect(status('hogre-tva')).toBe('notMet');
    // 2,5 with no decimals is shown 3 (not 2, as rounding half to even would): no better than this year's 3.
    expect(status('heltal')).toBe('notMet');
    // 12,345 shown 12,35 is worse than this year's 12,34, where lower is better: delvis.
    expect(status('lagre-tva')).toBe('partly');
  });

  it('uses the default assessment scale, each level with its tone, when the imported file brings none', async () => {
    const { assessmentScales } = await get(controller, yearUrl);
    expect(assessmentScales.arsrapport.levels).toEqual([
      { key: 'god', label: 'God', tone: 'good' },
      { key: 'viss', label: 'Viss', tone: 'partial' },
      { key: 'ingen', label: 'Ingen', tone: 'bad' },
      { key: 'svarbedomd', label: 'Svårbedömd', tone: 'unknown' },
    ]);
  });

  it('carries an assignment into next year by its latest follow-up’s status, not its earliest', async () => {
    const started = await call(context.app, controller, { method: 'POST', url: `${yearUrl}/start-next` });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ year: 2023, carriedAssignments: 1 });
    const next = await get(controller, yearUrl.replace(/2022$/, '2023'));
    // Avslutad in augusti but Pågående in the annual report: still open. The other way round: closed.
    expect(next.assignments.map((assignment: { title: string }) => assignment.title)).toEqual([
      'Ta fram en plan för att minska antalet hemlösa barnfamiljer',
    ]);
  });
});

describe('the demo data as the server loads it', () => {
  let database: Database;
  afterAll(async () => {
    await database?.close();
  });

  it('has the state grants of Socialnämnden Hisingen 2022 in its economy', async () => {
    database = await freshDatabase();
    const deps = depsFor(database);
    const { municipalityId } = await loadDemo(deps);
    const app = await buildApp(deps);
    await app.ready();
    try {
      const admin = await signInAs(app, 'admin@goteborg.example', demoPassword);
      const base = `/api/municipalities/${municipalityId}`;
      const tree = (await call(app, admin, { method: 'GET', url: `${base}/org-tree` })).json();
      const hisingen = tree.nodes.find((node: { name: string }) => node.name === 'Socialnämnden Hisingen');
      const response = await call(app, admin, {
        method: 'GET',
        url: `${base}/committees/${hisingen.id}/years/2022/economy`,
      });
      expect(response.statusCode, response.body).toBe(200);
      const { stateGrants } = response.json();
      expect(stateGrants.rows).toHaveLength(15);
      expect(stateGrants.rows[0]).toEqual({
        name: 'Lönebidrag och anställningsstöd',
        amount: '676000',
        code: '1669068',
        grantor: 'AMS',
      });
      expect(stateGrants.total).toBe('69260000');
    } finally {
      await app.close();
    }
  });
});
