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

const system = { source: 'prov.json', actor: null, municipalityId: null };

/** The fixture with a unit's risk nominated to its department, and a chosen risk with a control and its result. */
function withRisks(): CommitteeYearInput {
  const document = committeeYearFixture({ name: `Provkommun ${crypto.randomUUID().slice(0, 8)}` });
  document.documents = [{ document: 'internkontrollplan', status: 'review' }];
  document.risks = [
    {
      key: 'handlaggning',
      node: 'mottagning',
      area: 'grunduppdrag',
      title: 'Långa handläggningstider',
      probability: 3,
      consequence: 3,
      previous: { probability: 4, consequence: 3 },
      source: 'incident',
      actions: [{ what: 'Omfördela ärenden', due: '2022-05-31', status: 'ongoing' }],
      goals: ['bidragsberoende'],
      raisedTo: 'fs',
    },
    {
      key: 'utbetalningar',
      area: 'oegentligheter',
      title: 'Felaktiga utbetalningar',
      probability: 2,
      consequence: 4,
      owner: 'Avdelningschef',
      selected: true,
      selectionReason: 'Revisionens iakttagelse',
      toControlPlan: true,
      controls: [
        {
          key: 'stickprov',
          what: 'Beslut om ekonomiskt bistånd följer riktlinjen',
          method: 'Stickprov 20 ärenden',
          frequency: 'Två gånger per år',
          responsible: 'Enhetschef',
          reportWhen: 'Årsrapport',
          result: { performedOn: '2022-10-15', findings: 'Två beslut saknade underlag', deviations: 2 },
        },
        { key: 'attest', what: 'Attest av utbetalningar över 10 000 kr' },
      ],
    },
  ];
  return document;
}

describe('risks in the open format', () => {
  it('imports risks, controls and results and exports them identically from an empty database', async () => {
    const summary = await importCommitteeYear(deps, withRisks(), system);
    expect(summary.counts.risks).toBe(2);
    const first = await exportCommitteeYear(deps, summary);
    expect(first.municipality.riskAreas?.map((area) => area.key)).toEqual([
      'grunduppdrag',
      'lagar',
      'processer',
      'oegentligheter',
    ]);
    const [nominated, chosen] = first.risks;
    expect(nominated).toMatchObject({
      previous: { probability: 4, consequence: 3 },
      goals: ['bidragsberoende'],
    });
    expect(nominated?.node).toBe(first.units.find((unit) => unit.name === 'Mottagningsenheten')?.key);
    expect(chosen?.controls.map((control) => control.result?.deviations ?? null)).toEqual([2, null]);
    expect(first.documents).toContainEqual({
      document: 'internkontrollplan',
      status: 'review',
      decision: null,
    });

    const again = await importCommitteeYear(depsFor(empty), first, system);
    const second = await exportCommitteeYear(depsFor(empty), again);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('still imports a file without risks', async () => {
    const summary = await importCommitteeYear(
      deps,
      committeeYearFixture({ name: `Provkommun ${crypto.randomUUID().slice(0, 8)}` }),
      system,
    );
    expect((await exportCommitteeYear(deps, summary)).risks).toEqual([]);
  });

  const cases: [string, (risks: NonNullable<CommitteeYearInput['risks']>) => void, string][] = [
    [
      'an area not in the list',
      (r) => {
        if (r[0]) r[0].area = 'okant';
      },
      'risks[0].area',
    ],
    [
      'a probability off the scale',
      (r) => {
        if (r[1]) r[1].probability = 5;
      },
      'risks[1].probability',
    ],
    [
      'a unit not in the file',
      (r) => {
        if (r[0]) r[0].node = 'saknas';
      },
      'risks[0].node',
    ],
    [
      'a goal not in the file',
      (r) => {
        if (r[0]) r[0].goals = ['saknas'];
      },
      'risks[0].goals[0]',
    ],
    [
      'a control under a risk not in the plan',
      (r) => {
        if (r[1]) r[1].toControlPlan = false;
      },
      'risks[1].controls',
    ],
    [
      'a result with negative deviations',
      (r) => {
        const result = r[1]?.controls?.[0]?.result;
        if (result) result.deviations = -1;
      },
      'risks[1].controls[0].result.deviations',
    ],
  ];
  for (const [label, spoil, path] of cases) {
    it(`names the path of ${label} and saves nothing`, async () => {
      const document = withRisks();
      spoil(document.risks ?? []);
      const error = await importCommitteeYear(deps, document, system).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details?.map((detail) => detail.path)).toContain(path);
      const stored = await deps.db
        .select()
        .from(municipalities)
        .where(eq(municipalities.name, document.municipality.name));
      expect(stored).toEqual([]);
    });
  }
});
