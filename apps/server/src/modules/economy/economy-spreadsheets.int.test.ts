import type { EconomyView } from '@styr/shared/contracts/economy';
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
const statementValue = async (line: string, column: string) =>
  (await economy()).statement.rows.find((row) => row.line === line)?.values[column];

async function xlsx(rows: (string | number | null)[][], sheetName = 'Resultaträkning') {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Försättsblad').addRow(['Ingenting här']);
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  sheet.getCell('C3').value = { formula: 'B3*2', result: -2_500 };
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const statementMapping = {
  sheet: 'Resultaträkning',
  firstRow: 2,
  labelColumn: 'A',
  unit: 'tkr',
  columns: [
    { column: 'B', kind: 'actual', year: 2022 },
    { column: 'C', kind: 'revisedBudget', year: 2022 },
  ],
};

describe('economy from Excel and CSV', () => {
  it('previews the sheets, checks the mapping, then saves the statement figures', async () => {
    const content = await xlsx([
      ['Tkr', 'Bokslut', 'Reviderad budget'],
      ['Intäkter', 130_000.5, '107 500'],
      ['kostnader', '−1 250', null],
    ]);
    const file = { fileName: 'bokslut.xlsx', content };
    const preview = (await post('preview', file)).json();
    expect(preview.sheets.map((sheet: { name: string }) => sheet.name)).toEqual([
      'Försättsblad',
      'Resultaträkning',
    ]);
    expect(preview.sheets[1].rows[1]).toEqual(['Intäkter', '130\u00a0000,5', '107 500']);

    const checked = (
      await post('import', { file, target: 'statement', mapping: statementMapping, dryRun: true })
    ).json();
    expect(checked).toEqual({
      saved: false,
      changes: [
        { cell: 'Resultaträkning!B2', label: 'Intäkter', column: 'Bokslut 2022', value: '130\u00a0001 tkr' },
        {
          cell: 'Resultaträkning!C2',
          label: 'Intäkter',
          column: 'Reviderad budget 2022',
          value: '107\u00a0500 tkr',
        },
        {
          cell: 'Resultaträkning!B3',
          label: 'kostnader',
          column: 'Bokslut 2022',
          value: '\u22121\u00a0250 tkr',
        },
        {
          cell: 'Resultaträkning!C3',
          label: 'kostnader',
          column: 'Reviderad budget 2022',
          value: '\u22122\u00a0500 tkr',
        },
      ],
    });
    expect(await statementValue('intakter', 'actual-2022')).toBe('128122000');

    const saved = await post('import', {
      file,
      target: 'statement',
      mapping: statementMapping,
      dryRun: false,
    });
    expect(saved.json().saved).toBe(true);
    expect(await statementValue('intakter', 'actual-2022')).toBe('130000500');
    expect(await statementValue('kostnader', 'revisedBudget-2022')).toBe('-2500000');
  });

  it('refuses a sheet with an unreadable cell, naming the sheet and cell, and saves nothing', async () => {
    const file = {
      fileName: 'fel.xlsx',
      content: await xlsx([
        ['Tkr', 'Bokslut'],
        ['Intäkter', 1],
        ['Kostnader', 'mycket'],
        ['Resultat', 5],
      ]),
    };
    const refused = await post('import', {
      file,
      target: 'statement',
      mapping: statementMapping,
      dryRun: false,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      { path: 'Resultaträkning!B3', message: '”mycket” är inte ett tal' },
      // The result is checked against its parts, the unreadable one taken as saved.
      {
        path: 'Resultaträkning!B4',
        message: 'Resultat räknas fram ur sina delar till \u221246\u00a0490 tkr, inte 5 tkr',
      },
    ]);
    expect(refused.json().error.message).toMatch(/inget har sparats/);
    expect(await statementValue('intakter', 'actual-2022')).toBe('128122000');
  });

  it('reads indicator values from semicolon CSV', async () => {
    const csv = 'Indikator;2021;2022\r\nsnittkostnad;8,93;9,5\r\n';
    const file = { fileName: 'nyckeltal.csv', content: Buffer.from(csv).toString('base64') };
    const mapping = {
      sheet: 'nyckeltal',
      firstRow: 2,
      labelColumn: 'A',
      columns: [
        { column: 'B', year: 2021 },
        { column: 'C', year: 2022 },
      ],
    };
    const saved = (await post('import', { file, target: 'indicatorValues', mapping, dryRun: false })).json();
    expect(saved.changes.map((change: { value: string }) => change.value)).toEqual(['8,93', '9,50']);
    const year = (
      await call(context.app, controller, { method: 'GET', url: economyUrl.replace(/\/economy$/, '') })
    ).json();
    const indicator = year.indicators.find((entry: { key: string }) => entry.key === 'snittkostnad');
    expect(indicator.values.find((value: { year: number }) => value.year === 2022).value).toBe(9.5);
  });

  it('reads department results and forecasts, and names a department that does not exist', async () => {
    const csv = (rows: string) =>
      Buffer.from(`Avdelning;Resultat;Prognos oktober\n${rows}`).toString('base64');
    const mapping = {
      sheet: 'avdelningar',
      firstRow: 2,
      labelColumn: 'A',
      columns: [
        { column: 'B', field: 'resultActual', year: 2022 },
        { column: 'C', field: 'forecast', year: 2022, month: 10 },
      ],
    };
    const run = (rows: string) =>
      post('import', {
        file: { fileName: 'avdelningar.csv', content: csv(rows) },
        target: 'departments',
        mapping,
        dryRun: false,
      });
    const unknown = await run('Avd Okänd;1;2\n');
    expect(unknown.json().error.details).toEqual([
      { path: 'avdelningar!A2', message: 'Avdelningen ”Avd Okänd” finns inte i 2022' },
    ]);
    const saved = await run('avd barn och unga myndighet;16 000;12 000\nNämndreserv;28 205;\n');
    expect(saved.json().changes.map((change: { column: string }) => change.column)).toEqual([
      'Resultat',
      'Prognos oktober',
      'Resultat',
    ]);
    const [first, reserve] = (await economy()).departments.rows;
    expect(first).toMatchObject({
      resultActual: '16000000',
      forecasts: [{ month: 10, amount: '12000000' }],
      version: 3,
    });
    expect(reserve).toMatchObject({ resultActual: '28205000', version: 2 });
  });

  it('exports a table as .xlsx with number formats and defused formula-like text', async () => {
    const economyWithFormula = economyFixture();
    const first = economyWithFormula.departments[0];
    if (first) first.name = '=HYPERLINK("http://example.com","Klicka")';
    const scope = {
      municipalityId: context.tenant.municipalityId,
      committeeId: context.tenant.nodes.committee,
      year: 2022,
    };
    await context.deps.db.transaction((tx) =>
      writeEconomy(tx, scope, economyWithFormula, {
        source: 'test',
        indicators: new Map(),
        followUpKeys: new Set(['arsrapport']),
      }),
    );
    const response = await call(context.app, controller, {
      method: 'GET',
      url: `${economyUrl}/export/departments`,
    });
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain('resultat-per-avdelning-2022.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('A3').value).toBe('\'=HYPERLINK("http://example.com","Klicka")');
    expect(sheet?.getCell('B3').value).toBe(15_390);
    expect(sheet?.getCell('B3').numFmt).toBe('#,##0;-#,##0');
    expect(sheet?.getRow(5).values).toEqual([undefined, 'Summa', 43_595, 0, 43_595, 38_200]);

    const statement = await call(context.app, controller, {
      method: 'GET',
      url: `${economyUrl}/export/statement`,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(statement.rawPayload as unknown as ArrayBuffer);
    const resultRow = book.worksheets[0]?.getRow(7).values as unknown[];
    expect(resultRow.slice(1, 3)).toEqual(['Resultat', 81.631]);
    expect(book.worksheets[0]?.getCell('B7').numFmt).toBe('#,##0.0;-#,##0.0');
  });
});
