import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { depsFor, freshDatabase } from '../../../../../test/harness.ts';
import type { Database } from '../../db/connect.ts';
import { municipalities, orgNodes } from '../../db/schema/index.ts';
import { demoCommitteeYears } from '../../demo/demo-data.ts';
import { ekmarkCommitteeYears } from '../../demo/ekmark-demo.ts';
import { loadDemo } from '../../demo/load-demo.ts';
import { exportCommitteeYear } from './export.service.ts';
import { importCommitteeYear } from './import.service.ts';

const databases: Database[] = [];
afterAll(async () => {
  for (const database of databases) await database.close();
});

async function emptyDeps() {
  const database = await freshDatabase();
  databases.push(database);
  return depsFor(database);
}

let firstExports: CommitteeYear[];

/** Each demo municipality's committee years, in the order they load. */
const demoFiles = [
  ...demoCommitteeYears.map((file) => ({ municipality: 'Göteborgs Stad', path: ['committee-years', file] })),
  ...ekmarkCommitteeYears.map((file) => ({
    municipality: 'Ekmarks kommun',
    path: ['ekmark', 'committee-years', file],
  })),
];

/**
 * The demo as `styr demo` loads it (organisation and settings first, then the committee years through the open
 * format), exported committee year by committee year.
 */
beforeAll(async () => {
  const deps = await emptyDeps();
  await loadDemo(deps);
  firstExports = [];
  for (const file of demoFiles) {
    const raw = JSON.parse(
      await readFile(join(import.meta.dirname, '../../demo', ...file.path), 'utf8'),
    ) as CommitteeYear;
    const [municipality] = await deps.db
      .select({ id: municipalities.id })
      .from(municipalities)
      .where(eq(municipalities.name, file.municipality));
    const municipalityId = municipality?.id ?? '';
    const [committee] = await deps.db
      .select({ id: orgNodes.id })
      .from(orgNodes)
      .where(
        and(
          eq(orgNodes.municipalityId, municipalityId),
          eq(orgNodes.kind, 'committee'),
          eq(orgNodes.name, raw.committee.name),
        ),
      );
    if (!committee) throw new Error(`the demo has no committee ${raw.committee.name}`);
    firstExports.push(
      await exportCommitteeYear(deps, { municipalityId, committeeId: committee.id, year: raw.year }),
    );
  }
});

describe('the loaded demo in the open format', () => {
  it('exports every committee year byte for byte the same after importing the exports into an empty database', async () => {
    const deps = await emptyDeps();
    const secondExports: CommitteeYear[] = [];
    for (const [index, exported] of firstExports.entries()) {
      const summary = await importCommitteeYear(deps, exported, {
        source: demoFiles[index]?.path.join('/') ?? 'demo',
        actor: null,
        municipalityId: null,
      });
      secondExports.push(await exportCommitteeYear(deps, summary));
    }
    for (const [index, first] of firstExports.entries()) {
      expect(secondExports[index]?.units).toEqual(first.units);
      expect(JSON.stringify(secondExports[index]), demoFiles[index]?.path.join('/')).toBe(
        JSON.stringify(first),
      );
    }
  });
});
