import type { EconomyView } from '@styr/shared/contracts/economy';
import { styrExportMapping } from '@styr/shared/domain/styr-export';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeEconomyFixture } from '../../../../../test/fixtures/economy.ts';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';
import { exportCommitteeYear } from '../interchange/export.service.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let economyUrl: string;

beforeEach(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  await writeEconomyFixture(context.deps, {
    municipalityId: context.tenant.municipalityId,
    committeeId: context.tenant.nodes.committee,
  });
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  economyUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022/economy`;
});

const investments = async (): Promise<EconomyView['investments']> =>
  (await call(context.app, controller, { method: 'GET', url: economyUrl })).json().investments;

async function reimport(workbook: ExcelJS.Workbook) {
  const file = {
    fileName: 'investeringar.xlsx',
    content: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
  };
  const preview = await call(context.app, controller, {
    method: 'POST',
    url: `${economyUrl}/spreadsheets/preview`,
    payload: file,
  });
  const recognized = styrExportMapping(preview.json().sheets[0], 2022);
  if (!recognized) throw new Error('The exported sheet was not recognised');
  return call(context.app, controller, {
    method: 'POST',
    url: `${economyUrl}/spreadsheets/import`,
    payload: { file, ...recognized, dryRun: false },
  });
}

describe('investments of a committee year', () => {
  it('shows each project with its deviation against the forecast, else the outcome, and the sums', async () => {
    expect(await investments()).toEqual({
      rows: [
        {
          key: 'forskola',
          name: 'Ny förskola Hisingen',
          budget: '5000000',
          actual: '1200000',
          forecast: '4500000',
          deviation: '500000',
          comment: 'Byggstart i mars.',
          version: 1,
        },
        {
          key: 'inventarier',
          name: 'Inventarier',
          budget: '800000',
          actual: '850000',
          forecast: null,
          deviation: '-50000',
          comment: null,
          version: 1,
        },
      ],
      total: { budget: '5800000', actual: '2050000', forecast: '4500000', deviation: '450000' },
    });
    const exported = await exportCommitteeYear(context.deps, {
      municipalityId: context.tenant.municipalityId,
      committeeId: context.tenant.nodes.committee,
      year: 2022,
    });
    expect(exported.economy?.investments?.map((investment) => investment.key)).toEqual([
      'forskola',
      'inventarier',
    ]);
  });

  it('changes a project through the API, refusing a stale version with the stored one', async () => {
    const url = `${economyUrl}/investments/forskola`;
    const changed = await call(context.app, controller, {
      method: 'PATCH',
      url,
      payload: { version: 1, forecast: '5200000', comment: 'Fördyrad markentreprenad.' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ forecast: '5200000', deviation: '-200000', version: 2 });
    const stale = await call(context.app, controller, {
      method: 'PATCH',
      url,
      payload: { version: 1, budget: '1' },
    });
    expect(stale.statusCode).toBe(409);
    expect((await investments()).rows[0]).toMatchObject({
      budget: '5000000',
      forecast: '5200000',
      version: 2,
    });
  });

  it('exports to Excel and imports back unchanged; a Summa that does not agree is refused by its cell', async () => {
    const before = await investments();
    const response = await call(context.app, controller, {
      method: 'GET',
      url: `${economyUrl}/export/investments`,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Investering',
      'Budget',
      'Utfall',
      'Prognos',
      'Avvikelse',
    ]);
    const saved = await reimport(workbook);
    expect(saved.json().saved).toBe(true);
    expect((await investments()).total).toEqual(before.total);
    expect((await investments()).rows.map(({ version: _version, ...row }) => row)).toEqual(
      before.rows.map(({ version: _version, ...row }) => row),
    );

    sheet.getCell('B3').value = 6_000;
    const refused = await reimport(workbook);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      {
        path: `${sheet.name}!B5`,
        message: 'Summa räknas fram ur sina delar till 6\u00a0800 tkr, inte 5\u00a0800 tkr',
      },
    ]);
    expect((await investments()).total).toEqual(before.total);
  });
});
