import { beforeAll, describe, expect, it } from 'vitest';
import { committeeYearFixture } from '../../../../../test/fixtures/committee-year.ts';
import { call, createSignedInTenant, importTenantYear, signInAs } from '../../../../../test/harness.ts';
import { importCommitteeYear } from '../interchange/import.service.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let url: string;

beforeAll(async () => {
  context = await createSignedInTenant();
  const summary = await importCommitteeYear(
    context.deps,
    committeeYearFixture({ id: context.tenant.municipalityId, name: 'ignoreras när id finns' }),
    { source: 'prov.json', actor: null, municipalityId: context.tenant.municipalityId },
  );
  url = `${context.base}/committees/${summary.committeeId}/years/2022`;
});

describe('a committee year through the API', () => {
  it('shows goals with assessments, indicators with their status, and assignments with their reports', async () => {
    const response = await call(context.app, context.admin, { method: 'GET', url });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view.assessmentScales.arsrapport.levels.map((level: { label: string }) => level.label)).toEqual([
      'God',
      'Viss',
      'Ingen',
      'Svårbedömd',
    ]);
    expect(view.goals[0]).toMatchObject({
      title: 'Antalet invånare i bidragsberoende ska halveras till 2026.',
      assessments: [{ followUp: 'arsrapport', level: 'viss', version: 1 }],
    });
    const byName = (name: string) =>
      view.indicators.find((indicator: { name: string }) => indicator.name.startsWith(name));
    expect(byName('Snittkostnad per hushåll')).toMatchObject({
      status: 'notMet',
      unit: 'tkr',
      direction: 'lower',
    });
    expect(byName('Antal barn i pågående ärenden')).toMatchObject({ status: 'noTarget' });
    expect(byName('Antal barn i pågående ärenden').values[0]).toEqual({
      year: 2020,
      period: 'year',
      gender: 'T',
      value: null,
      note: 'us',
      version: 1,
    });
    expect(
      view.assignments.map((assignment: { reports: { status: string }[] }) => assignment.reports[0]?.status),
    ).toEqual(['closed', 'ongoing']);
    expect(
      view.documents.map(
        (document: { document: string; status: string }) => `${document.document}:${document.status}`,
      ),
    ).toEqual(['plan:adopted', 'arsrapport:review']);
  });

  it('exports the year in the open format', async () => {
    const response = await call(context.app, context.admin, { method: 'GET', url: `${url}/export` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      format: 'styr/committee-year',
      year: 2022,
      committee: { name: 'Socialnämnden Prov' },
    });
  });

  it('keeps the year from a reader granted on another committee', async () => {
    const reader = await signInAs(context.app, context.tenant.users.reader.email);
    expect((await call(context.app, reader, { method: 'GET', url })).statusCode).toBe(403);
  });

  it('lets the reporter of a unit read the year of the committee the unit belongs to', async () => {
    await importTenantYear(context.deps, context.tenant, 2023);
    const reporter = await signInAs(context.app, context.tenant.users.reporter.email);
    const own = `${context.base}/committees/${context.tenant.nodes.committee}/years/2023`;
    expect((await call(context.app, reporter, { method: 'GET', url: own })).statusCode).toBe(200);
    expect((await call(context.app, reporter, { method: 'GET', url })).statusCode).toBe(403);
  });
});
