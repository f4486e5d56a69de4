import ExcelJS from 'exceljs';
import type { HostileRequest } from './hostile-cases.ts';
import { bombWorkbook, workbookWithParts, workbookWithSheet } from './hostile-workbooks.ts';

/**
 * Hostile spreadsheets for the economy import: formula-like text, formulas with and without their calculated
 * value, numbers beyond what an amount can be, broken files and encodings. `expect` says what the case must
 * give when it is not refused: the value the dry run reads from the cell.
 */
export interface SpreadsheetCase extends HostileRequest {
  payload: { file: { fileName: string; content: string }; dryRun: boolean } & Record<string, unknown>;
  /** The figure in kronor the cell must be saved as; absent: the case is refused or changes nothing. */
  reads?: string;
  /** Formula-like text where a number belongs must be refused, never evaluated. */
  refuse?: boolean;
}

type CellValue = ExcelJS.CellValue;

const mapping = (sheet: string, unit = 'tkr') => ({
  sheet,
  firstRow: 2,
  labelColumn: 'A',
  unit,
  columns: [{ column: 'B', kind: 'actual', year: 2022 }],
});

async function xlsxBase64(rows: CellValue[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  sheet.addRow(['Tkr', 'Bokslut 2022']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const importBody = (fileName: string, content: string, sheet: string, unit?: string) => ({
  file: { fileName, content },
  target: 'statement',
  mapping: mapping(sheet, unit),
  dryRun: true,
});

const csv = (name: string, text: string | Buffer, extra: Partial<SpreadsheetCase> = {}): SpreadsheetCase => ({
  name: `CSV: ${name}`,
  payload: importBody('bokslut.csv', Buffer.from(text).toString('base64'), 'bokslut'),
  ...extra,
});

export async function hostileSpreadsheetCases(): Promise<SpreadsheetCase[]> {
  const xlsx = async (name: string, rows: CellValue[][], extra: Partial<SpreadsheetCase> = {}) => ({
    name: `Excel: ${name}`,
    payload: importBody('bokslut.xlsx', await xlsxBase64(rows), 'Blad1'),
    ...extra,
  });
  const formulaText = [
    '=1+1',
    '+1+1',
    '-1+1',
    '@SUM(A1)',
    '=HYPERLINK("http://x.example","klicka")',
    "=cmd|' /C calc'!A0",
  ];
  return [
    ...formulaText.map((text) => csv(`värdet ${text}`, `Rad;Bokslut\nIntäkter;${text}\n`, { refuse: true })),
    ...formulaText.map((text) => csv(`benämningen ${text}`, `Rad;Bokslut\n${text};100\n`)),
    csv('ett vanligt tal läses som tal', 'Rad;Bokslut\nIntäkter;128 122\n', { reads: '128122000' }),
    csv('ett tal med 20 siffror', 'Rad;Bokslut\nIntäkter;99999999999999999999\n'),
    csv('1e20', 'Rad;Bokslut\nIntäkter;1e20\n'),
    csv('NaN', 'Rad;Bokslut\nIntäkter;NaN\n'),
    csv('Infinity', 'Rad;Bokslut\nIntäkter;Infinity\n'),
    csv('NUL i en cell', 'Rad;Bokslut\nIntäkter\u0000;100\n'),
    csv(
      'ogiltig UTF-8',
      Buffer.from([...Buffer.from('Rad;Bokslut\nInt'), 0xe4, ...Buffer.from('kter;100\n')]),
    ),
    csv('byte order mark', Buffer.from(`\ufeffRad;Bokslut\nIntäkter;100\n`), { reads: '100000' }),
    csv('ett citattecken som aldrig stängs', 'Rad;Bokslut\n"Intäkter;100\n'),
    csv('en cell på 1 MB', `Rad;Bokslut\n${'x'.repeat(1024 * 1024)};100\n`),
    csv('10 000 kolumner', `Rad;Bokslut\nIntäkter;100${';1'.repeat(10_000)}\n`),
    csv('en tom fil', ''),
    csv('bara radbrytningar', '\n\n\n'),
    {
      name: 'fel filändelse (.exe)',
      payload: { ...importBody('bokslut.exe', 'AAAA', 'bokslut') },
    },
    {
      name: 'innehåll som inte är base64',
      payload: importBody('bokslut.csv', '***inte base64***', 'bokslut'),
    },
    {
      name: 'en CSV-fil med namnet .xlsx',
      payload: importBody('bokslut.xlsx', Buffer.from('Rad;100').toString('base64'), 'Blad1'),
    },
    {
      name: 'en trasig zip som .xlsx',
      payload: importBody('bokslut.xlsx', Buffer.from('PK\u0003\u0004trasig').toString('base64'), 'Blad1'),
    },
    {
      name: 'ett blad som inte finns',
      payload: importBody('bokslut.csv', Buffer.from('Rad;1').toString('base64'), 'Saknas'),
    },
    { name: 'en fil över 6 MB', payload: importBody('bokslut.csv', 'A'.repeat(8_000_004), 'bokslut') },
    {
      name: 'en kropp över 10 MB',
      payload: importBody('bokslut.csv', 'A'.repeat(11 * 1024 * 1024), 'bokslut'),
    },
    {
      name: 'firstRow 2^31',
      payload: {
        ...importBody('bokslut.csv', 'QQ==', 'bokslut'),
        mapping: { ...mapping('bokslut'), firstRow: 2 ** 31 },
      },
    },
    {
      name: 'kolumnen AAAA',
      payload: {
        ...importBody('bokslut.csv', 'QQ==', 'bokslut'),
        mapping: { ...mapping('bokslut'), labelColumn: 'AAAA' },
      },
    },
    ...(await Promise.all(
      formulaText.map((text) => xlsx(`textcellen ${text}`, [['Intäkter', text]], { refuse: true })),
    )),
    await xlsx('en formel med sitt beräknade värde', [['Intäkter', { formula: '100*2', result: 200 }]], {
      reads: '200000',
    }),
    await xlsx(
      'en formel utan beräknat värde',
      [['Intäkter', { formula: 'WEBSERVICE("http://x.example")' } as CellValue]],
      { refuse: true },
    ),
    await xlsx('en formel som benämning', [[{ formula: '"Intä"&"kter"', result: 'Intäkter' }, 100]], {
      reads: '100000',
    }),
    await xlsx('ett felvärde', [['Intäkter', { error: '#DIV/0!' } as CellValue]]),
    await xlsx('ett datum', [['Intäkter', new Date('2022-12-31')]]),
    await xlsx('ett tal på 1e20', [['Intäkter', 1e20]]),
    await xlsx('ett tal på 1e300', [['Intäkter', 1e300]]),
    await xlsx('ett negativt tal på -1e15', [['Intäkter', -1e15]]),
    await xlsx('en länk', [['Intäkter', { text: '100', hyperlink: 'javascript:alert(1)' }]]),
    await xlsx('rik text som benämning', [[{ richText: [{ text: 'Intä' }, { text: 'kter' }] }, 5]], {
      reads: '5000',
    }),
    ...(await beyondLimits()),
  ];
}

/** Small workbooks that claim or unpack to far more than the limits let a file hold (413 or 422). */
async function beyondLimits(): Promise<SpreadsheetCase[]> {
  const files = {
    'dimensionen A1:XFD1048576': await workbookWithSheet((xml) =>
      xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
    ),
    'en cell i XFD1048576': await workbookWithSheet((xml) =>
      xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'),
    ),
    'sammanfogade celler över A1:ALL50000': await workbookWithSheet((xml) =>
      xml.replace('</sheetData>', '</sheetData><mergeCells><mergeCell ref="A1:ALL50000"/></mergeCells>'),
    ),
    '5 000 delar': await workbookWithParts(5_000),
    'ett blad som packas upp till mer än filen anger': await bombWorkbook(2, 1_000),
  };
  return Object.entries(files).map(([name, content]) => ({
    name: `Excel: ${name}`,
    payload: importBody('bokslut.xlsx', content.toString('base64'), 'Blad1'),
  }));
}
