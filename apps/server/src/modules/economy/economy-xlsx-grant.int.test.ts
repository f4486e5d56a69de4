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

const grant = async (): Promise<EconomyView['grant']> =>
  (await call(context.app, controller, { method: 'GET', url: economyUrl })).json().grant;

async function exported() {
  const response = await call(context.app, controller, { method: 'GET', url: `${economyUrl}/export/grant` });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

async function reimport(workbook: ExcelJS.Workbook) {
  const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  const file = { fileName: 'kommunbidrag.xlsx', content };
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

const sheetOf = (workbook: ExcelJS.Workbook) => workbook.worksheets[0] as ExcelJS.Worksheet;

describe('the kommunbidrag table read back from Excel', () => {
  it('imports unchanged, its Budget, month and Summa columns recognised', async () => {
    const before = await grant();
    const workbook = await exported();
    const sheet = sheetOf(workbook);
    expect(sheet.getRow(2).values).toEqual([undefined, 'Tkr', 'Budget', 'maj', 'Summa']);
    const saved = await reimport(workbook);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().saved).toBe(true);
    expect(await grant()).toEqual(before);
  });

  it('refuses sums that do not add up and a month that no longer balances, naming the cells', async () => {
    const before = await grant();
    const workbook = await exported();
    const sheet = sheetOf(workbook);
    sheet.getCell('B4').value = 21_000;
    const sums = await reimport(workbook);
    expect(sums.statusCode).toBe(400);
    expect(sums.json().error.details).toEqual([
      {
        path: `${sheet.name}!D4`,
        message: 'Nämndreserv räknas fram ur sina delar till 69\u00a0320 tkr, inte 68\u00a0320 tkr',
      },
      {
        path: `${sheet.name}!B5`,
        message: 'Summa räknas fram ur sina delar till 314\u00a0106 tkr, inte 313\u00a0106 tkr',
      },
      {
        path: `${sheet.name}!D5`,
        message: 'Summa räknas fram ur sina delar till 360\u00a0626 tkr, inte 359\u00a0626 tkr',
      },
    ]);

    sheet.getCell('B4').value = 20_000;
    sheet.getCell('C3').value = -1_700;
    sheet.getCell('D3').value = 291_406;
    sheet.getCell('C5').value = 46_620;
    sheet.getCell('D5').value = 359_726;
    const unbalanced = await reimport(workbook);
    expect(unbalanced.statusCode).toBe(400);
    expect(unbalanced.json().error.details).toEqual([
      {
        path: `${sheet.name}!C2`,
        message:
          'Justeringarna i maj summerar till 46\u00a0620\u00a0tkr men beslutet gäller 46\u00a0520\u00a0tkr',
      },
    ]);
    expect(await grant()).toEqual(before);
  });

  it('saves a changed budget and adjustment whose sums agree', async () => {
    const workbook = await exported();
    const sheet = sheetOf(workbook);
    sheet.getCell('B4').value = 21_000;
    sheet.getCell('D4').value = 69_320;
    sheet.getCell('B5').value = 314_106;
    sheet.getCell('D5').value = 360_626;
    expect((await reimport(workbook)).json().saved).toBe(true);
    const after = await grant();
    expect(after.rows.find((row) => row.department === 'namndreserv')).toMatchObject({
      budget: '21000000',
      total: '69320000',
    });
    expect(after.total).toBe('360626000');
  });
});
