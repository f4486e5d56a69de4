import type { CommitteeYearInput } from '@styr/shared/contracts/interchange';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committeeYearFixture } from '../../../../../test/fixtures/committee-year.ts';
import { createTestApp, depsFor, freshDatabase } from '../../../../../test/harness.ts';
import type { Database } from '../../db/connect.ts';
import { municipalities } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { exportCommitteeYear } from './export.service.ts';
import { importCommitteeYear } from './import.service.ts';

let deps: Deps;
let empty: Database;

beforeAll(async () => {
  deps = (await createTestApp()).deps;
  empty = await freshDatabase();
});
afterAll(() => empty?.close());

const municipalityName = () => `Provkommun ${crypto.randomUUID().slice(0, 8)}`;
const system = { source: 'prov.json', actor: null, municipalityId: null };

async function importAndExport(document: CommitteeYearInput, into: Deps = deps) {
  const summary = await importCommitteeYear(into, document, system);
  return exportCommitteeYear(into, summary);
}

describe('import and export of a committee year', () => {
  it('keeps the goal, its assessment, the indicator series with missing values, the target and every assignment', async () => {
    const exported = await importAndExport(committeeYearFixture({ name: municipalityName() }));
    expect(exported.goals[0]).toMatchObject({
      title: 'Antalet invånare i bidragsberoende ska halveras till 2026.',
      planText: 'Fler hushåll får stöd <strong>mot</strong> egen försörjning.',
      goalArea: 'arbete',
      indicators: ['snittkostnad', 'barn-arenden'],
      activities: [{ title: 'Införa IPS i hela avdelningen', status: 'ongoing', due: '2022-12-31' }],
    });
    expect(exported.assessments).toEqual([
      {
        goal: 'bidragsberoende',
        followUp: 'arsrapport',
        level: 'viss',
        analysis: '<p>Kostnaden per hushåll ökade.</p>',
      },
    ]);
    const cost = exported.indicators.find((indicator) => indicator.key === 'snittkostnad');
    expect(cost?.values.map((value) => value.value)).toEqual([8.85, 8.93, 9.42]);
    expect(cost?.targets).toEqual([{ year: 2022, target: { kind: 'numeric', value: 8.9 } }]);
    const children = exported.indicators.find((indicator) => indicator.key === 'barn-arenden');
    expect(children?.values[0]).toEqual({ year: 2020, period: 'year', gender: 'T', value: null, note: 'us' });
    expect(
      exported.assignments.map((assignment) => [assignment.title, assignment.reports[0]?.status]),
    ).toEqual([
      ['Ta fram en plan för att minska antalet hemlösa barnfamiljer', 'closed'],
      ['Utveckla samverkan med skolan', 'ongoing'],
    ]);
    expect(exported.units.map((unit) => unit.name)).toEqual(['Försörjningsstöd', 'Mottagningsenheten']);
  });

  it('gives an identical export after importing the export into an empty database', async () => {
    const first = await importAndExport(committeeYearFixture({ name: municipalityName() }));
    const second = await importAndExport(first, depsFor(empty));
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('updates rather than duplicates when the same file is imported again before adoption', async () => {
    const document = committeeYearFixture({ name: municipalityName() });
    document.documents = [{ document: 'plan', status: 'draft' }];
    const first = await importAndExport(document);
    const second = await importAndExport(document);
    expect(second).toEqual(first);
  });

  it('refuses to rewrite a year whose plan is adopted', async () => {
    const document = committeeYearFixture({ name: municipalityName() });
    await importCommitteeYear(deps, document, system);
    await expect(importCommitteeYear(deps, document, system)).rejects.toThrow(
      /kan inte skrivas över: Verksamhetsplanen \d{4} är fastställd/,
    );
  });
});

describe('a file with one bad value', () => {
  const cases: [string, (document: CommitteeYearInput) => void, string][] = [
    [
      'a relative target without its year',
      (d) => {
        const indicator = d.indicators?.[0];
        if (indicator)
          indicator.targets = [{ year: 2022, target: { kind: 'relative', relation: 'higher' } as never }];
      },
      'indicators[0].targets[0].target.baseYear',
    ],
    [
      'an assessment not in the scale',
      (d) => {
        const assessment = d.assessments?.[0];
        if (assessment) assessment.level = 'utmarkt';
      },
      'assessments[0].level',
    ],
    [
      'a status not in the list',
      (d) => {
        const report = d.assignments?.[0]?.reports?.[0];
        if (report) report.status = 'klar' as never;
      },
      'assignments[0].reports[0].status',
    ],
    [
      'a goal pointing to a goal area not in the file',
      (d) => {
        const goal = d.goals?.[0];
        if (goal) goal.goalArea = 'trygghet';
      },
      'goals[0].goalArea',
    ],
    [
      'an assignment handled under a goal area not in the file',
      (d) => {
        const assignment = d.assignments?.[1];
        if (assignment) assignment.goalArea = 'trygghet';
      },
      'assignments[1].goalArea',
    ],
    [
      'a text where a number belongs',
      (d) => {
        const value = d.indicators?.[0]?.values?.[2];
        if (value) value.value = '9,42' as never;
      },
      'indicators[0].values[2].value',
    ],
  ];

  for (const [label, spoil, path] of cases) {
    it(`names the path of ${label} and saves nothing`, async () => {
      const name = municipalityName();
      const document = committeeYearFixture({ name });
      spoil(document);
      const error = await importCommitteeYear(deps, document, system).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details?.map((detail) => detail.path)).toContain(path);
      const stored = await deps.db.select().from(municipalities).where(eq(municipalities.name, name));
      expect(stored).toEqual([]);
    });
  }

  it('rolls back everything when a problem is found after the first writes', async () => {
    const name = municipalityName();
    const document = committeeYearFixture({ name });
    const unit = document.units?.[1];
    if (unit) unit.kind = 'administration';
    // The unit's kind is checked only while units are written, after the municipality and committee were created.
    const error = await importCommitteeYear(deps, document, system).catch((caught: unknown) => caught);
    expect((error as AppError).details?.[0]?.path).toBe('units[1].kind');
    expect(await deps.db.select().from(municipalities).where(eq(municipalities.name, name))).toEqual([]);
  });
});
