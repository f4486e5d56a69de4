import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeEconomyFixture } from '../../../../../test/fixtures/economy.ts';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';
import {
  bombWorkbook,
  sheetRows,
  workbookWithParts,
  workbookWithSheet,
} from '../../../../../test/hostile-workbooks.ts';
import { tenantDigest } from '../../../../../test/tenant-digest.ts';

/**
 * Files beyond the limits of docs/format/README.md ("Limits"): each is refused with 413 or 422 and
 * a Swedish message before it is read whole, nothing is saved, the server keeps answering and its memory stays
 * bounded. Before the limits, a 17 KB workbook with a cell far out made the server run out of memory.
 */
let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let economyUrl: string;

beforeAll(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  const scope = {
    municipalityId: context.tenant.municipalityId,
    committeeId: context.tenant.nodes.committee,
  };
  await writeEconomyFixture(context.deps, scope);
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  economyUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022/economy`;
});

const mapping = {
  sheet: 'Blad1',
  firstRow: 2,
  labelColumn: 'A',
  unit: 'tkr',
  columns: [{ column: 'B', kind: 'actual', year: 2022 }],
};
const file = (fileName: string, content: Buffer) => ({ fileName, content: content.toString('base64') });
const post = (path: 'preview' | 'import', payload: unknown) =>
  call(context.app, controller, { method: 'POST', url: `${economyUrl}/spreadsheets/${path}`, payload });
const importFile = (upload: ReturnType<typeof file>, sheet = 'Blad1') =>
  post('import', { file: upload, target: 'statement', mapping: { ...mapping, sheet }, dryRun: false });

const withRows = (rows: string) => (xml: string) => xml.replace('</sheetData>', `${rows}</sheetData>`);
const afterSheetData = (xml: string, extra: string) => xml.replace('</sheetData>', `</sheetData>${extra}`);

describe('spreadsheets beyond the limits', () => {
  it('refuses hostile workbooks with 413 or 422 before reading them, saves nothing, and stays up in bounded memory', async () => {
    const farRight = Array.from(
      { length: 2_000 },
      (_, row) => `<row r="${row + 3}"><c r="XFD${row + 3}"><v>1</v></c></row>`,
    );
    const cases = [
      {
        name: 'dimensionen A1:XFD1048576',
        content: await workbookWithSheet((xml) =>
          xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
        ),
        status: 413,
        path: 'Blad1!XFD1048576',
      },
      {
        name: 'en cell i XFD1048576',
        content: await workbookWithSheet(withRows('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')),
        status: 413,
        path: 'Blad1!A1048576',
      },
      {
        name: '2 000 rader med en cell i kolumn XFD',
        content: await workbookWithSheet(withRows(farRight.join(''))),
        status: 413,
        path: 'Blad1!XFD3',
      },
      {
        name: 'sammanfogade celler över A1:ALL50000',
        content: await workbookWithSheet((xml) =>
          afterSheetData(xml, '<mergeCells count="1"><mergeCell ref="A1:ALL50000"/></mergeCells>'),
        ),
        status: 413,
        path: 'file',
      },
      { name: '60 000 rader', content: await workbookWithSheet(withRows(sheetRows(60_000, 1))), status: 413 },
      {
        name: '250 000 celler',
        content: await workbookWithSheet(withRows(sheetRows(25_000, 10))),
        status: 413,
      },
      {
        name: 'en zipbomb som anger sin storlek',
        content: await bombWorkbook(64),
        status: 413,
        path: 'file',
      },
      { name: 'en zipbomb som anger 10 000 byte', content: await bombWorkbook(64, 10_000), status: 422 },
      { name: '5 000 delar', content: await workbookWithParts(5_000), status: 413, path: 'file' },
    ];
    const before = await tenantDigest(context.deps, context.tenant.municipalityId);
    const startRss = process.memoryUsage().rss;
    let peakGrowth = 0;
    const failures: string[] = [];
    for (const hostile of cases) {
      expect(hostile.content.length, hostile.name).toBeLessThan(6_000_000);
      for (const response of [
        await post('preview', file('bokslut.xlsx', hostile.content)),
        await importFile(file('bokslut.xlsx', hostile.content)),
      ]) {
        const error = response.json().error;
        if (
          response.statusCode !== hostile.status ||
          !/^Filen bokslut\.xlsx är (för stor|skadad)/.test(error?.message)
        )
          failures.push(`${hostile.name}: ${response.statusCode} ${response.body.slice(0, 300)}`);
        if (hostile.path && error?.details?.[0]?.path !== hostile.path)
          failures.push(`${hostile.name}: pekar på ${error?.details?.[0]?.path}, inte ${hostile.path}`);
      }
      peakGrowth = Math.max(peakGrowth, process.memoryUsage().rss - startRss);
    }
    expect(failures).toEqual([]);
    expect(isDeepStrictEqual(await tenantDigest(context.deps, context.tenant.municipalityId), before)).toBe(
      true,
    );
    expect((await context.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    // Reading the 17 KB workbook with one cell in XFD1048576 alone took 380 MB before the limits.
    expect(peakGrowth).toBeLessThan(200 * 1024 * 1024);
  });

  it('reads a workbook just within the limits', async () => {
    const content = await workbookWithSheet(withRows(sheetRows(40_000, 4)));
    const response = await post('preview', file('stor.xlsx', content));
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.json().sheets[0]).toMatchObject({ name: 'Blad1', rowCount: 40_002, columnCount: 4 });
  });

  it('answers a CSV file of 130 000 rows with 413 naming the first row beyond the limit, never 500', async () => {
    const before = await tenantDigest(context.deps, context.tenant.municipalityId);
    const csv = file('bokslut.csv', Buffer.from(`Rad;Bokslut\n${'Intäkter;1\n'.repeat(130_000)}`));
    for (const response of [await post('preview', csv), await importFile(csv, 'bokslut')]) {
      expect(response.statusCode, response.body.slice(0, 300)).toBe(413);
      expect(response.json().error).toMatchObject({
        code: 'TOO_LARGE',
        message: expect.stringMatching(/^Filen bokslut\.csv är för stor för att läsas in: .*rad 50.000/),
        details: [{ path: 'bokslut!B50001' }],
      });
    }
    expect(await tenantDigest(context.deps, context.tenant.municipalityId)).toEqual(before);
  });

  it('reads a CSV file just within the row limit', async () => {
    const csv = file('bokslut.csv', Buffer.from(`Rad;Bokslut\n${'Intäkter;1\n'.repeat(49_999)}`));
    const preview = await post('preview', csv);
    expect(preview.statusCode, preview.body.slice(0, 300)).toBe(200);
    expect(preview.json().sheets[0]).toMatchObject({ rowCount: 50_000, columnCount: 2 });
    const checked = await post('import', {
      file: csv,
      target: 'statement',
      mapping: { ...mapping, sheet: 'bokslut' },
    });
    expect(checked.statusCode).toBeLessThan(500);
  });
});
