import type { EconomyView } from '@styr/shared/contracts/economy';
import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { styrExportMapping } from '@styr/shared/domain/styr-export';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  depsFor,
  freshDatabase,
  type Session,
  signInAs,
  tenantYearDocument,
} from '../../../../../test/harness.ts';
import type { Database } from '../../db/connect.ts';
import { exportCommitteeYear } from '../interchange/export.service.ts';
import { importCommitteeYear } from '../interchange/import.service.ts';
import { exportMunicipalitySettings } from '../municipalities/export-settings.service.ts';
import { importMunicipalitySettings } from '../municipalities/import-settings.service.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let settings: MunicipalityFile;
let empty: Database;
const system = { source: 'ekonomi.json', actor: null };

/** A municipality of its own: a summary with chosen columns over a detailed table, no line of Göteborg's. */
function ownStatement(file: MunicipalityFile): MunicipalityFile {
  return {
    ...file,
    statementTables: [
      {
        key: 'sammandrag',
        title: 'Resultaträkning sammandrag',
        columns: [
          { key: 'ub', kind: 'budget', label: 'Ursprunglig budget' },
          { key: 'utfall', kind: 'actual' },
          { key: 'avv', kind: 'deviation', of: 'utfall', against: 'ub', label: 'Avvikelse mot budget' },
          { key: 'fg', kind: 'actual', yearOffset: -1 },
        ],
      },
      { key: 'detalj', title: 'Driftredovisning' },
    ],
    statementLines: [
      { key: 'intakter', label: 'Verksamhetens intäkter', sumOf: ['avgifter', 'bidrag'] },
      { key: 'kostnader', label: 'Verksamhetens kostnader', sumOf: ['personal', 'lokaler'] },
      { key: 'netto', label: 'Nettokostnad', sumOf: ['intakter'], subtract: ['kostnader'] },
      { key: 'avgifter', label: 'Avgifter', sumOf: [], table: 'detalj' },
      { key: 'bidrag', label: 'Bidrag', sumOf: [], table: 'detalj' },
      { key: 'personal', label: 'Personal', sumOf: [], table: 'detalj' },
      { key: 'lokaler', label: 'Lokaler', sumOf: [], table: 'detalj' },
    ],
  };
}

const figure = (line: string, column: 'actual' | 'budget', amount: string, year = 2022) => ({
  line,
  year,
  column,
  amount,
});

beforeAll(async () => {
  empty = await freshDatabase();
  context = await createSignedInTenant();
  const { municipalityId } = context.tenant;
  await importMunicipalitySettings(
    context.deps,
    'kommun.json',
    ownStatement(await exportMunicipalitySettings(context.deps, municipalityId)),
  );
  settings = await exportMunicipalitySettings(context.deps, municipalityId);
  const document = tenantYearDocument(context.tenant);
  document.economy = {
    amounts: [
      figure('avgifter', 'actual', '500000'),
      figure('avgifter', 'budget', '450000'),
      figure('avgifter', 'actual', '400000', 2021),
      figure('bidrag', 'actual', '200000'),
      figure('bidrag', 'budget', '250000'),
      figure('personal', 'actual', '900000'),
      figure('personal', 'budget', '850000'),
      figure('lokaler', 'actual', '100000'),
      figure('lokaler', 'budget', '120000'),
      // The adopted report printed a result one krona off its parts (rounding).
      figure('netto', 'actual', '-299999'),
    ],
  };
  await importCommitteeYear(context.deps, document, { ...system, municipalityId });
  controller = await signInAs(context.app, context.tenant.users.controller.email);
});
afterAll(() => empty?.close());

const yearUrl = () => `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
const economy = async (): Promise<EconomyView> =>
  (await call(context.app, controller, { method: 'GET', url: `${yearUrl()}/economy` })).json();

const post = (path: string, payload: unknown) =>
  call(context.app, controller, {
    method: 'POST',
    url: `${yearUrl()}/economy/spreadsheets/${path}`,
    payload,
  });

/** Reads one sheet of a workbook back as the dialog does, its mapping recognised from Styr's export. */
async function reimport(workbook: ExcelJS.Workbook, index: number) {
  const file = {
    fileName: 'export.xlsx',
    content: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
  };
  const preview = await post('preview', file);
  const columns = (await economy()).tables.flatMap((table) => table.columns);
  const recognized = styrExportMapping(preview.json().sheets[index], 2022, columns);
  if (!recognized) throw new Error('The exported sheet was not recognised');
  return { recognized, response: await post('import', { file, ...recognized, dryRun: false }) };
}

describe('a municipality with statement tables of its own', () => {
  it('shows each table with its own lines only, results computed from them, in the chosen columns', async () => {
    const view = await economy();
    expect(view.tables.map((table) => [table.key, table.title, table.columnsChosen])).toEqual([
      ['sammandrag', 'Resultaträkning sammandrag', true],
      ['detalj', 'Driftredovisning', false],
    ]);
    expect(view.statement.key).toBe('sammandrag');
    const [summary, detail] = view.tables;
    expect(summary?.columns.map((column) => [column.id, column.kind, column.year, column.label])).toEqual([
      ['ub', 'budget', 2022, 'Ursprunglig budget'],
      ['utfall', 'actual', 2022, null],
      ['avv', 'deviation', 2022, 'Avvikelse mot budget'],
      ['fg', 'actual', 2021, null],
    ]);
    expect(summary?.rows.map((row) => [row.line, row.computed, row.values])).toEqual([
      ['intakter', true, { ub: '700000', utfall: '700000', avv: '0', fg: '400000' }],
      ['kostnader', true, { ub: '970000', utfall: '1000000', avv: '30000', fg: null }],
      // The printed figure is shown, and the deviation measured from it.
      ['netto', true, { ub: '-270000', utfall: '-299999', avv: '-29999', fg: '400000' }],
    ]);
    expect(detail?.rows.map((row) => row.line)).toEqual(['avgifter', 'bidrag', 'personal', 'lokaler']);
    expect(detail?.columns.map((column) => column.id)).toEqual([
      'actual-2022',
      'budget-2022',
      'deviation-2022',
      'actual-2021',
    ]);
    const everyLine = view.tables.flatMap((table) => table.rows.map((row) => row.line));
    for (const goteborg of ['resultat', 'kommunbidrag', 'kommuninterna-bidrag', 'eget-kapital'])
      expect(everyLine).not.toContain(goteborg);
  });

  it('warns where a printed figure differs from what its parts compute, never silently', async () => {
    const [summary, detail] = (await economy()).tables;
    expect(summary?.warnings).toEqual([
      {
        line: 'netto',
        column: 'utfall',
        printed: '-299999',
        computed: '-300000',
        message:
          'Nettokostnad, Bokslut 2022: det tryckta beloppet −299\u00a0999\u00a0kr skiljer sig från det beräknade −300\u00a0000\u00a0kr',
      },
    ]);
    expect(detail?.warnings).toEqual([]);
  });

  it('keeps the printed figure through the committee-year format', async () => {
    const scope = {
      municipalityId: context.tenant.municipalityId,
      committeeId: context.tenant.nodes.committee,
      year: 2022,
    };
    const exported = await exportCommitteeYear(context.deps, scope);
    expect(exported.economy?.lines?.map((line) => [line.key, line.table, line.subtract])).toEqual([
      ['intakter', undefined, undefined],
      ['kostnader', undefined, undefined],
      ['netto', undefined, ['kostnader']],
      ['avgifter', 'detalj', undefined],
      ['bidrag', 'detalj', undefined],
      ['personal', 'detalj', undefined],
      ['lokaler', 'detalj', undefined],
    ]);
    expect(exported.economy?.amounts).toContainEqual(figure('netto', 'actual', '-299999'));
    await importCommitteeYear(context.deps, exported, { ...system, municipalityId: scope.municipalityId });
    expect(await exportCommitteeYear(context.deps, scope)).toEqual(exported);
  });

  it('refuses a committee file that moves a line to another table unless written by the municipality', async () => {
    const scope = {
      municipalityId: context.tenant.municipalityId,
      committeeId: context.tenant.nodes.committee,
      year: 2022,
    };
    const moved = await exportCommitteeYear(context.deps, scope);
    const line = moved.economy?.lines?.[3];
    if (!line) throw new Error('The export has no line avgifter');
    delete line.table;
    const refused = await call(context.app, controller, {
      method: 'POST',
      url: `${context.base}/import`,
      payload: moved,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toContainEqual({
      path: 'economy.lines[3].table',
      message:
        'Filen ändrar kommunens resultaträkningsrader, som gäller alla nämnder; bara den som administrerar hela kommunen kan ändra den',
    });
    expect((await economy()).tables[1]?.rows.map((row) => row.line)).toEqual([
      'avgifter',
      'bidrag',
      'personal',
      'lokaler',
    ]);
  });

  it('exports its settings with the tables, and they import into an empty database to the same bytes', async () => {
    expect(settings.statementTables).toEqual(ownStatement(settings).statementTables);
    expect(settings.statementLines).toEqual(ownStatement(settings).statementLines);
    const into = depsFor(empty);
    const imported = await importMunicipalitySettings(into, 'kommun.json', settings);
    expect((await importMunicipalitySettings(into, 'kommun.json', settings)).changed).toEqual([]);
    const created = await exportMunicipalitySettings(into, imported.municipality.id);
    expect(JSON.stringify(created, null, 2)).toBe(JSON.stringify(settings, null, 2));
  });

  it('refuses a line in a table the file does not have, and columns that do not hold together', async () => {
    const broken = structuredClone(settings);
    broken.statementLines[3] = { key: 'avgifter', label: 'Avgifter', sumOf: [], table: 'okand' };
    const firstTable = broken.statementTables[0];
    if (firstTable?.columns) firstTable.columns[2] = { key: 'avv', kind: 'deviation', of: 'utfall' };
    const refused = await importMunicipalitySettings(context.deps, 'trasig.json', broken).catch(
      (error) => error,
    );
    expect(refused.details).toEqual([
      {
        path: 'statementTables[0].columns[2].against',
        message: 'En avvikelse anger vilka två kolumner den jämför',
      },
      {
        path: 'statementLines[3].table',
        message: 'Tabellen "okand" finns inte bland kommunens resultaträkningar',
      },
    ]);
    expect(await exportMunicipalitySettings(context.deps, context.tenant.municipalityId)).toEqual(settings);
  });

  it('exports each table to a sheet of its own that imports back unchanged, printed figure included', async () => {
    const before = (await economy()).tables;
    const response = await call(context.app, controller, {
      method: 'GET',
      url: `${yearUrl()}/economy/export/statement`,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.getCell('A1').value)).toEqual([
      'Socialnämnden Test: Resultaträkning sammandrag 2022 (mnkr)',
      'Socialnämnden Test: Driftredovisning 2022 (mnkr)',
    ]);
    const summary = await reimport(workbook, 0);
    // The own heading "Ursprunglig budget" reads back as the budget; the deviation is computed, not read.
    expect(
      summary.recognized.mapping.columns.map((column) => [column.column, column.kind, column.year]),
    ).toEqual([
      ['B', 'budget', 2022],
      ['C', 'actual', 2022],
      ['E', 'actual', 2021],
    ]);
    expect(summary.response.json().saved).toBe(true);
    expect((await reimport(workbook, 1)).response.json().saved).toBe(true);
    expect((await economy()).tables).toEqual(before);

    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    sheet.getCell('B3').value = 0.8;
    const refused = (await reimport(workbook, 0)).response;
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      {
        path: `${sheet.name}!B3`,
        message: 'Verksamhetens intäkter räknas fram ur sina delar till 0,7 mnkr, inte 0,8 mnkr',
      },
    ]);
    expect((await economy()).tables).toEqual(before);
  });
});
