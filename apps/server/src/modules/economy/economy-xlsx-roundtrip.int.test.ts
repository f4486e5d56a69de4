import type { EconomyView } from '@styr/shared/contracts/economy';
import type { ExportTable } from '@styr/shared/contracts/economy-files';
import { styrExportMapping } from '@styr/shared/domain/styr-export';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { economyFixture, writeEconomyFixture } from '../../../../../test/fixtures/economy.ts';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';
import { writeEconomy } from '../interchange/write-economy.ts';

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

/** The figures the page shows, without the versions an import moves on. */
async function figures() {
  const view = await economy();
  return {
    statement: view.statement.rows.map((row) => ({ line: row.line, values: row.values })),
    departments: view.departments.rows.map(({ version: _version, ...row }) => row),
    total: view.departments.total,
  };
}

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

/** Uploads a workbook as the dialog does: preview, the mapping recognised from Styr's export, check, save. */
async function reimport(workbook: ExcelJS.Workbook) {
  const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  const file = { fileName: 'export.xlsx', content };
  const preview = await post('preview', file);
  expect(preview.statusCode).toBe(200);
  const recognized = styrExportMapping(preview.json().sheets[0], 2022);
  if (!recognized) throw new Error('The exported sheet was not recognised');
  const checked = await post('import', { file, ...recognized, dryRun: true });
  if (checked.statusCode !== 200) return checked;
  expect(checked.json().saved).toBe(false);
  return post('import', { file, ...recognized, dryRun: false });
}

const sheetOf = (workbook: ExcelJS.Workbook) => {
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('The export has no sheet');
  return sheet;
};

describe('an exported economy table read back', () => {
  it('gives the income statement the same values, then the one value changed in the workbook', async () => {
    const before = await figures();
    const workbook = await exported('statement');
    const saved = await reimport(workbook);
    expect(saved.json().saved).toBe(true);
    expect(await figures()).toEqual(before);

    const sheet = sheetOf(workbook);
    expect(sheet.getCell('A3').value).toBe('Intäkter');
    expect(sheet.getCell('C7').value).toBe(0.085);
    sheet.getCell('C3').value = 108.018;
    sheet.getCell('C7').value = 1.085;
    expect((await reimport(workbook)).json().saved).toBe(true);
    const after = await figures();
    const row = (line: string) => after.statement.find((entry) => entry.line === line)?.values;
    expect(row('intakter')?.['budget-2022']).toBe('108018000');
    expect(row('resultat')?.['budget-2022']).toBe('1085000');
    expect(after.statement.filter((entry) => !['intakter', 'resultat'].includes(entry.line))).toEqual(
      before.statement.filter((entry) => !['intakter', 'resultat'].includes(entry.line)),
    );
    expect(after.departments).toEqual(before.departments);
  });

  it('refuses a result that does not add up, naming its cell and the computed value', async () => {
    const before = await figures();
    const workbook = await exported('statement');
    const sheet = sheetOf(workbook);
    sheet.getCell('B3').value = 129.122;
    const refused = await reimport(workbook);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      {
        path: `${sheet.name}!B7`,
        message: 'Resultat räknas fram ur sina delar till 82,631 mnkr, inte 81,631 mnkr',
      },
    ]);
    expect(await figures()).toEqual(before);
  });

  it('gives the departments the same values and checks the sum row', async () => {
    const before = await figures();
    const workbook = await exported('departments');
    expect((await reimport(workbook)).json().saved).toBe(true);
    expect(await figures()).toEqual(before);

    const sheet = sheetOf(workbook);
    expect(sheet.getCell('A5').value).toBe('Summa');
    sheet.getCell('B3').value = 16_000;
    const refused = await reimport(workbook);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      {
        path: `${sheet.name}!B5`,
        message: 'Summa räknas fram ur sina delar till 44\u00a0205 tkr, inte 43\u00a0595 tkr',
      },
    ]);
    expect(await figures()).toEqual(before);

    sheet.getCell('B5').value = 44_205;
    expect((await reimport(workbook)).json().saved).toBe(true);
    const after = await figures();
    expect(after.departments[0]).toEqual({
      ...before.departments[0],
      resultActual: '16000000',
      deviation: '16000000',
    });
    expect(after.departments[1]).toEqual(before.departments[1]);
    expect(after.statement).toEqual(before.statement);
  });

  it('refuses a text in a number cell of an .xlsx, naming the cell, and changes nothing', async () => {
    const before = await figures();
    const workbook = await exported('departments');
    const sheet = sheetOf(workbook);
    sheet.getCell('C4').value = 'noll';
    const refused = await reimport(workbook);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      { path: `${sheet.name}!C4`, message: '”noll” är inte ett tal' },
    ]);
    expect(refused.json().error.message).toMatch(/inget har sparats/);
    expect(await figures()).toEqual(before);
  });

  it('reads back a department whose name the export defused as formula-like text', async () => {
    const renamed = economyFixture();
    const first = renamed.departments[0];
    if (first) first.name = '+Avd Barn och unga';
    const scope = {
      municipalityId: context.tenant.municipalityId,
      committeeId: context.tenant.nodes.committee,
      year: 2022,
    };
    await context.deps.db.transaction((tx) =>
      writeEconomy(tx, scope, renamed, {
        source: 'test',
        indicators: new Map(),
        followUpKeys: new Set(['arsrapport']),
      }),
    );
    const before = await figures();
    const workbook = await exported('departments');
    expect(sheetOf(workbook).getCell('A3').value).toBe("'+Avd Barn och unga");
    expect((await reimport(workbook)).json().saved).toBe(true);
    expect(await figures()).toEqual(before);
  });
});
