import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { depsFor, freshDatabase } from '../../../../test/harness.ts';
import type { Database } from '../db/connect.ts';
import type { Deps } from '../deps.ts';
import { exportCommitteeYear } from '../modules/interchange/export.service.ts';
import { type ImportSummary, importCommitteeYear } from '../modules/interchange/import.service.ts';
import { demoCommitteeYears } from './demo-data.ts';

const databases: Database[] = [];
afterAll(async () => {
  for (const database of databases) await database.close();
});

async function emptyDeps(): Promise<Deps> {
  const database = await freshDatabase();
  databases.push(database);
  return depsFor(database);
}

async function importAll(deps: Deps, documents: unknown[]): Promise<ImportSummary[]> {
  const summaries: ImportSummary[] = [];
  for (const [index, document] of documents.entries()) {
    summaries.push(
      await importCommitteeYear(deps, document, {
        source: `fil ${index}`,
        actor: null,
        municipalityId: null,
      }),
    );
  }
  return summaries;
}

let files: unknown[];
let firstExports: CommitteeYear[];

beforeAll(async () => {
  files = await Promise.all(
    demoCommitteeYears.map(async (file) =>
      JSON.parse(await readFile(join(import.meta.dirname, 'committee-years', file), 'utf8')),
    ),
  );
  const deps = await emptyDeps();
  const summaries = await importAll(deps, files);
  firstExports = await Promise.all(summaries.map((summary) => exportCommitteeYear(deps, summary)));
});

describe('demo data in the open format', () => {
  it('holds the annual report 2022 of Socialnämnden Hisingen as in reference 003', () => {
    const report = firstExports.find(
      (document) => document.committee.name === 'Socialnämnden Hisingen' && document.year === 2022,
    );
    const goal = report?.goals.find(
      (entry) => entry.title === 'Antalet invånare i bidragsberoende ska halveras till 2026.',
    );
    expect(report?.assessments.find((assessment) => assessment.goal === goal?.key)?.level).toBe('viss');
    const cost = report?.indicators.find(
      (entry) => entry.name === 'Snittkostnad per hushåll i behov av försörjningsstöd (tkr)',
    );
    expect(cost?.values.map((value) => [value.year, value.value])).toEqual([
      [2020, 8.85],
      [2021, 8.93],
      [2022, 9.42],
    ]);
    expect(cost?.targets).toEqual([{ year: 2022, target: { kind: 'numeric', value: 8.9 } }]);
    expect(goal?.indicators).toContain(cost?.key);
    const children = report?.indicators.find(
      (entry) => entry.name === 'Antal barn i pågående ärenden totalt under perioden',
    );
    expect(children?.values.find((value) => value.year === 2020)?.value).toBeNull();
    expect(report?.assignments).toHaveLength(43);
    expect(
      report?.assignments.every((assignment) =>
        assignment.reports.some((entry) => entry.followUp === 'arsrapport'),
      ),
    ).toBe(true);
  });

  it('holds the plans of Socialnämnden Nordost 2023 and Socialnämnden Hisingen 2024 with their goal areas', () => {
    const nordost = firstExports.find((document) => document.committee.name === 'Socialnämnden Nordost');
    expect(nordost?.year).toBe(2023);
    expect(nordost?.goalAreas).toHaveLength(5);
    expect(nordost?.goals.every((goal) => goal.goalArea !== null)).toBe(true);
    const hisingen = firstExports.find(
      (document) => document.committee.name === 'Socialnämnden Hisingen' && document.year === 2024,
    );
    expect(hisingen?.goalAreas).toHaveLength(5);
    expect(hisingen?.assignments.some((assignment) => assignment.source === 'director')).toBe(true);
  });

  it('holds Nordost’s samlad riskbild 2023 in four areas, with the four risks of its internal control plan', () => {
    const nordost = firstExports.find((document) => document.committee.name === 'Socialnämnden Nordost');
    const risks = nordost?.risks ?? [];
    expect(risks).toHaveLength(17);
    expect(new Set(risks.map((risk) => risk.area))).toEqual(
      new Set(['grunduppdrag', 'lagar', 'processer', 'oegentligheter']),
    );
    const planned = risks.filter((risk) => risk.toControlPlan);
    expect(planned.map((risk) => [risk.title, risk.controls.length])).toEqual([
      ['Risk för bristande informationssäkerhet', 1],
      ['Risk för brister vid inköp av konsulter', 2],
      ['Risk för bristande regelefterlevnad i samband med resor i tjänsten', 1],
      ['Samverkanshinder utförare och myndighet', 1],
    ]);
    expect(risks.every((risk) => risk.description?.includes('illustrativa'))).toBe(true);
  });

  it('round-trips: its exports, imported into an empty database, export identically', async () => {
    const deps = await emptyDeps();
    const summaries = await importAll(deps, firstExports);
    const secondExports = await Promise.all(summaries.map((summary) => exportCommitteeYear(deps, summary)));
    expect(JSON.stringify(secondExports)).toBe(JSON.stringify(firstExports));
  });
});
