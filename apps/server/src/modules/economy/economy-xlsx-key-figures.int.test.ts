import { randomUUID } from 'node:crypto';
import type { EconomyView } from '@styr/shared/contracts/economy';
import { styrExportMapping } from '@styr/shared/domain/styr-export';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';
import { indicators, indicatorValues, keyFigureRows, keyFigureTables } from '../../db/schema/index.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let economyUrl: string;

/** Two key figure tables: one with a heading row and a missing year, one with a ja/nej measure. */
beforeEach(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  const scope = {
    municipalityId: context.tenant.municipalityId,
    committeeId: context.tenant.nodes.committee,
    year: 2022,
  };
  const indicator = (name: string, unit: 'antal' | 'ja/nej', decimals: number) => ({
    municipalityId: scope.municipalityId,
    committeeId: scope.committeeId,
    id: randomUUID(),
    key: `kf-${name.length}-${unit}`,
    name,
    unit,
    decimals,
    direction: 'higher' as const,
  });
  const staff = indicator('Antal anställda', 'antal', 1);
  const plan = indicator('Kompetensplan finns', 'ja/nej', 1);
  await context.deps.db.insert(indicators).values([staff, plan]);
  const value = (indicatorId: string, year: number, number: string) => ({
    municipalityId: scope.municipalityId,
    indicatorId,
    year,
    period: 'year' as const,
    gender: 'T' as const,
    value: number,
  });
  await context.deps.db
    .insert(indicatorValues)
    .values([
      value(staff.id, 2020, '1204.5'),
      value(staff.id, 2022, '1250'),
      value(plan.id, 2021, '0'),
      value(plan.id, 2022, '0.5'),
    ]);
  await context.deps.db.insert(keyFigureTables).values([
    { ...scope, key: 'personal', title: 'Personal', sortOrder: 0 },
    { ...scope, key: 'planer', title: 'Planer', sortOrder: 1 },
  ]);
  await context.deps.db.insert(keyFigureRows).values([
    { ...scope, tableKey: 'personal', position: 0, heading: 'Bemanning' },
    { ...scope, tableKey: 'personal', position: 1, indicatorId: staff.id },
    { ...scope, tableKey: 'planer', position: 0, indicatorId: plan.id },
  ]);
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  economyUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022/economy`;
});

const economy = async (): Promise<EconomyView> =>
  (await call(context.app, controller, { method: 'GET', url: economyUrl })).json();
const post = (path: string, payload: unknown) =>
  call(context.app, controller, { method: 'POST', url: `${economyUrl}/spreadsheets/${path}`, payload });

async function exported() {
  const response = await call(context.app, controller, {
    method: 'GET',
    url: `${economyUrl}/export/keyFigures`,
  });
  expect(response.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}
const cells = async () =>
  JSON.stringify((await exported()).worksheets.map((sheet) => sheet.getSheetValues()));

/** Reads every sheet of the workbook back as the dialog would, one import per sheet. */
async function reimport(workbook: ExcelJS.Workbook) {
  const file = {
    fileName: 'nyckeltal.xlsx',
    content: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
  };
  const preview = await post('preview', file);
  const responses = [];
  for (const sheet of preview.json().sheets) {
    const recognized = styrExportMapping(sheet, 2022);
    if (!recognized) throw new Error(`${sheet.name} was not recognised`);
    expect(recognized.target).toBe('indicatorValues');
    responses.push(await post('import', { file, ...recognized, dryRun: false }));
  }
  return responses;
}

describe('key figure tables read back from their export', () => {
  it('leave the view and the export unchanged', async () => {
    const view = await economy();
    const before = await cells();
    expect(view.keyFigureTables.map((table) => table.rows.length)).toEqual([2, 1]);
    const responses = await reimport(await exported());
    expect(responses.map((response) => response.json().changes.length)).toEqual([2, 2]);
    expect(await economy()).toEqual(view);
    expect(await cells()).toBe(before);
  });

  it('save a changed value and refuse a ja/nej value that is neither, naming the cell', async () => {
    const workbook = await exported();
    const [staff, plan] = workbook.worksheets;
    if (!staff || !plan) throw new Error('The export has two sheets');
    expect(staff.getCell('A3').value).toBe('Bemanning');
    staff.getCell('D4').value = 1230;
    plan.getCell('E3').value = 2;
    const [saved, refused] = await reimport(workbook);
    expect(saved?.json().saved).toBe(true);
    expect(refused?.json().error.details).toEqual([
      {
        path: `${plan.name}!E3`,
        message: 'Ett ja/delvis/nej-mått har värdet 1 (ja), 0,5 (delvis) eller 0 (nej)',
      },
    ]);
    const [personal, planer] = (await economy()).keyFigureTables;
    expect(personal?.rows[1]).toMatchObject({ values: [1204.5, 1230, 1250] });
    expect(planer?.rows[0]).toMatchObject({ values: [null, 0, 0.5] });
  });
});
