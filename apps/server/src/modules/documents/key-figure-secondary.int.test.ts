import type { CommitteeYearInput } from '@styr/shared/contracts/interchange';
import { beforeEach, describe, expect, it } from 'vitest';
import { economyFixture } from '../../../../../test/fixtures/economy.ts';
import {
  call,
  createSignedInTenant,
  type Session,
  signInAs,
  tenantYearDocument,
} from '../../../../../test/harness.ts';
import { importCommitteeYear } from '../interchange/index.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let yearUrl: string;

/** The tenant's year with a key figure table whose row shows a count with its share in parentheses. */
function documentWithShares(secondary: string): CommitteeYearInput {
  const document = tenantYearDocument(context.tenant);
  document.indicators = [
    ...(document.indicators ?? []),
    {
      key: 'andel-barn',
      name: 'Andel barn i pågående ärenden',
      unit: '%',
      decimals: 1,
      direction: 'lower',
      values: [
        { year: 2021, value: 4.72 },
        { year: 2022, value: 4.4 },
      ],
      targets: [],
    },
  ];
  document.economy = {
    ...economyFixture(),
    keyFigureTables: [
      {
        key: 'barn',
        title: 'Barn och unga',
        rows: [{ heading: 'Myndighet' }, { indicator: 'barn-arenden', showChange: true, secondary }],
      },
    ],
  };
  return document;
}
const importDocument = (document: CommitteeYearInput) =>
  importCommitteeYear(context.deps, document, {
    source: 'test',
    actor: null,
    municipalityId: context.tenant.municipalityId,
  });
const get = async (url: string) => {
  const response = await call(context.app, controller, { method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response;
};

beforeEach(async () => {
  context = await createSignedInTenant();
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

describe('a key figure with a secondary value', () => {
  it('comes in and goes out through the open format and prints as "count (share)" in the order the template asks', async () => {
    await importDocument(documentWithShares('andel-barn'));
    const exported = (await get(`${yearUrl}/export`)).json();
    expect(exported.economy.keyFigureTables[0].rows).toEqual([
      { heading: 'Myndighet' },
      { indicator: 'barn-arenden', showChange: true, secondary: 'andel-barn' },
    ]);

    const template = (await get(`${context.base}/document-templates`))
      .json()
      .find((entry: { kind: string }) => entry.kind === 'arsrapport');
    const saved = await call(context.app, context.admin, {
      method: 'PUT',
      url: `${context.base}/document-templates`,
      payload: {
        kind: 'arsrapport',
        version: template.version,
        chapters: [
          {
            key: 'nyckeltal',
            title: 'Nyckeltal',
            section: {
              kind: 'keyFigureTable',
              table: 'barn',
              options: { yearOrder: 'descending', unit: 'none' },
            },
            pageBreakBefore: false,
            appendix: false,
            children: [],
          },
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const text = (await get(`${yearUrl}/documents/arsrapport/render/html`)).body
      .replace(/<[^>]+>/g, '\n')
      .replace(/[\u00a0\u202f]/g, ' ')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n');
    // The share takes the change's place; 2020 has no count, so it shows as missing.
    expect(text).toContain(
      'Barn och unga\n2022\n2021\n2020\nMyndighet\n' +
        'Antal barn i pågående ärenden totalt under perioden\n2 650 (4,4 %)\n2 871 (4,7 %)\n–',
    );
    expect(text).not.toContain('Inom parentes: förändring');
  });

  it('refuses a secondary indicator the file does not hold, naming its path, and imports nothing', async () => {
    await importDocument(tenantYearDocument(context.tenant));
    await expect(importDocument(documentWithShares('finns-inte'))).rejects.toMatchObject({
      details: expect.arrayContaining([
        {
          path: 'economy.keyFigureTables[0].rows[1].secondary',
          message: 'Indikatorn "finns-inte" finns inte i filen',
        },
      ]),
    });
    const view = (await get(`${yearUrl}/economy`)).json();
    expect(view.keyFigureTables).toEqual([]);
  });
});
