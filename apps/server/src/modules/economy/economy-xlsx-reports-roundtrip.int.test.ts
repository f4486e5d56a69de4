import type { EconomyView } from '@styr/shared/contracts/economy';
import type { ExportTable } from '@styr/shared/contracts/economy-files';
import { styrExportMapping } from '@styr/shared/domain/styr-export';
import { and, desc, eq } from 'drizzle-orm';
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
import { auditLog } from '../../db/schema/index.ts';

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

const economy = async (): Promise<EconomyView> =>
  (await call(context.app, controller, { method: 'GET', url: economyUrl })).json();
const post = (path: string, payload: unknown) =>
  call(context.app, controller, { method: 'POST', url: `${economyUrl}/spreadsheets/${path}`, payload });

async function exported(table: ExportTable) {
  const response = await call(context.app, controller, {
    method: 'GET',
    url: `${economyUrl}/export/${table}`,
  });
  expect(response.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

const sheetOf = (workbook: ExcelJS.Workbook) => {
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('The export has no sheet');
  return sheet;
};
/** The cells of an export; the file's bytes also hold the time it was written. */
const cellsOf = async (table: ExportTable) => JSON.stringify(sheetOf(await exported(table)).getSheetValues());

/** Uploads a workbook as the dialog does: preview, the mapping recognised from Styr's export, check, save. */
async function reimport(workbook: ExcelJS.Workbook, expectedTarget?: string) {
  const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  const file = { fileName: 'export.xlsx', content };
  const preview = await post('preview', file);
  expect(preview.statusCode).toBe(200);
  const recognized = styrExportMapping(preview.json().sheets[0], 2022);
  if (!recognized) throw new Error('The exported sheet was not recognised');
  if (expectedTarget) expect(recognized.target).toBe(expectedTarget);
  const checked = await post('import', { file, ...recognized, dryRun: true });
  if (checked.statusCode !== 200) return { checked, saved: checked };
  expect(checked.json().saved).toBe(false);
  return { checked, saved: await post('import', { file, ...recognized, dryRun: false }) };
}

describe('state grants and kommuncentrala poster read back from their export', () => {
  it.each([
    ['stateGrants', 2],
    ['centralItems', 2],
  ] as const)('leaves the view and the export of %s unchanged', async (table, changes) => {
    const view = await economy();
    const cells = await cellsOf(table);
    const { checked, saved } = await reimport(await exported(table), table);
    expect(checked.json().changes).toHaveLength(changes);
    expect(saved.json().saved).toBe(true);
    expect(await economy()).toEqual(view);
    expect(await cellsOf(table)).toBe(cells);
    const [audit] = await context.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.municipalityId, context.tenant.municipalityId)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit?.after).toMatchObject({ target: table, values: changes });
  });

  it('shows the changes in a dry run, then saves a changed amount with an agreeing sum', async () => {
    const workbook = await exported('stateGrants');
    const sheet = sheetOf(workbook);
    expect(sheet.getCell('A5').value).toBe('Summa');
    sheet.getCell('B3').value = 700;
    sheet.getCell('B5').value = 15_047;
    const { checked, saved } = await reimport(workbook);
    expect(checked.json().changes[0]).toEqual({
      cell: `${sheet.name}!B3`,
      label: 'Lönebidrag och anställningsstöd',
      column: 'Belopp',
      value: '700 tkr',
    });
    expect(saved.json().saved).toBe(true);
    const after = await economy();
    expect(after.stateGrants.rows[0]).toMatchObject({ amount: '700000', code: '1669068', grantor: 'AMS' });
    expect(after.stateGrants.total).toBe('15047000');
  });

  it('refuses a sum row that does not agree, naming the sheet and cell, and saves nothing', async () => {
    const view = await economy();
    const workbook = await exported('stateGrants');
    const sheet = sheetOf(workbook);
    sheet.getCell('B3').value = 700;
    const { saved } = await reimport(workbook);
    expect(saved.statusCode).toBe(400);
    expect(saved.json().error.details).toEqual([
      {
        path: `${sheet.name}!B5`,
        message: 'Summa räknas fram ur sina delar till 15\u00a0047 tkr, inte 15\u00a0023 tkr',
      },
    ]);
    expect(await economy()).toEqual(view);
  });

  it('refuses a row the year does not have, and changes a post keeping its comment', async () => {
    const workbook = await exported('centralItems');
    const sheet = sheetOf(workbook);
    sheet.getCell('A4').value = 'Okänd post';
    sheet.getCell('B4').value = 1;
    const { saved: refused } = await reimport(workbook);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      { path: `${sheet.name}!A4`, message: 'Den kommuncentrala posten ”Okänd post” finns inte i 2022' },
    ]);

    sheet.spliceRows(4, 1);
    sheet.getCell('C3').value = 9_000;
    expect((await reimport(workbook)).saved.json().saved).toBe(true);
    expect((await economy()).centralItems[0]).toEqual({
      name: 'Förebyggande trygghetsarbete (TUR-teamet)',
      actual: '6189000',
      budget: '9000000',
      deviation: '2811000',
      comment: 'Rekryteringen drog ut på tiden.',
    });
  });

  it('is refused once the annual report the tables belong to is adopted', async () => {
    const documents = economyUrl.replace(/\/economy$/, '/documents');
    const status = (document: string, payload: Record<string, unknown>) =>
      call(context.app, controller, { method: 'POST', url: `${documents}/${document}/status`, payload });
    await status('plan', { status: 'review' });
    await status('plan', { status: 'adopted', decision: { date: '2022-02-15', paragraph: '§ 20' } });
    await status('arsrapport', { status: 'review' });
    await status('arsrapport', {
      version: 2,
      status: 'adopted',
      decision: { date: '2023-02-14', paragraph: '§ 5' },
    });
    const view = await economy();
    const { saved } = await reimport(await exported('stateGrants'));
    expect(saved.json().error.code).toBe('FROZEN');
    expect(await economy()).toEqual(view);
  });
});

describe('a statement column headed by a bare year', () => {
  it('reads the year typed as a number as that year’s outcome', async () => {
    const view = await economy();
    const workbook = await exported('statement');
    const sheet = sheetOf(workbook);
    const header = sheet.getRow(2).values as unknown[];
    const column = header.indexOf('Bokslut 2021');
    expect(column).toBeGreaterThan(0);
    sheet.getRow(2).getCell(column).value = 2021;
    const { checked, saved } = await reimport(workbook);
    expect(
      checked.json().changes.some((change: { column: string }) => change.column === 'Bokslut 2021'),
    ).toBe(true);
    expect(saved.json().saved).toBe(true);
    // Every figure read moves on a version; the figures themselves stay.
    expect((await economy()).statement.rows).toEqual(view.statement.rows);
  });
});
