import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../apps/server/src/db/connect.ts';
import type { Deps } from '../apps/server/src/deps.ts';
import { exportCommitteeYear } from '../apps/server/src/modules/interchange/export.service.ts';
import { importCommitteeYear } from '../apps/server/src/modules/interchange/import.service.ts';
import { depsFor, freshDatabase } from '../test/harness.ts';
import { committeeYear, country, smallCountry, valueCount } from './country.ts';

let database: Database;
let deps: Deps;

beforeAll(async () => {
  database = await freshDatabase();
  deps = depsFor(database);
});

afterAll(async () => {
  await database?.close();
});

describe('the synthetic country', () => {
  it('is the same every time it is generated', () => {
    const once = JSON.stringify([...country(smallCountry)]);
    expect(JSON.stringify([...country(smallCountry)])).toBe(once);
    expect(JSON.stringify(committeeYear(smallCountry, 1, 1, 1))).not.toBe(
      JSON.stringify(committeeYear(smallCountry, 1, 0, 1)),
    );
  });

  it('imports through the open format and exports what was generated', async () => {
    const documents = [...country(smallCountry)];
    const { municipalities, committeesPerMunicipality, years } = smallCountry;
    expect(documents).toHaveLength(municipalities * committeesPerMunicipality * years);
    let values = 0;
    for (const document of documents) {
      const summary = await importCommitteeYear(deps, document, {
        source: 'syntetiskt land',
        actor: null,
        municipalityId: null,
      });
      values += summary.counts.values;
    }
    expect(values).toBe(documents.reduce((sum, document) => sum + valueCount(document), 0));

    const last = documents.at(-1);
    if (!last) throw new Error('no documents');
    const summary = await importCommitteeYear(deps, last, {
      source: 'syntetiskt land',
      actor: null,
      municipalityId: null,
    });
    const exported = await exportCommitteeYear(deps, {
      municipalityId: summary.municipalityId,
      committeeId: summary.committeeId,
      year: last.year,
    });
    expect(exported.goals.map((goal) => goal.key)).toEqual(last.goals?.map((goal) => goal.key));
    expect(exported.risks.filter((risk) => risk.toControlPlan)).toHaveLength(
      last.risks?.filter((risk) => risk.toControlPlan).length ?? -1,
    );
    expect(exported.economy?.amounts).toEqual(last.economy?.amounts);
    expect(exported.economy?.departments.map((department) => department.key)).toEqual(
      last.economy?.departments?.map((department) => department.key),
    );
    // The indicators carry every year's values: the series grows with each imported year.
    expect(exported.indicators[0]?.values.map((value) => value.year)).toContain(last.year - 1);
  });
});
