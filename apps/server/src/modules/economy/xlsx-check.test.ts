import { describe, expect, it } from 'vitest';
import { bombWorkbook, workbookWithParts, workbookWithSheet } from '../../../../../test/hostile-workbooks.ts';
import { AppError } from '../../errors.ts';
import { checkXlsx } from './xlsx-check.ts';

/** The code and first detail an .xlsx file is refused with, or null when it passes. */
function refusal(bytes: Uint8Array): { code: string; path?: string; message: string } | null {
  try {
    checkXlsx(bytes, 'fil.xlsx');
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, path: error.details?.[0]?.path, message: error.message };
  }
}

const sheetWith = (extra: string) =>
  workbookWithSheet((xml) => xml.replace('</sheetData>', `${extra}</sheetData>`));
const afterSheetData = (extra: string) =>
  workbookWithSheet((xml) => xml.replace('</sheetData>', `</sheetData>${extra}`));

describe('checkXlsx', () => {
  it('passes an ordinary workbook', async () => {
    expect(refusal(await sheetWith('<row r="3"><c r="A3"><v>1</v></c></row>'))).toBeNull();
    expect(refusal(await workbookWithParts(900))).toBeNull();
  });

  it('names the sheet by the name the workbook gives it', async () => {
    expect(refusal(await sheetWith('<row r="3"><c r="ALM3"><v>1</v></c></row>'))).toMatchObject({
      code: 'TOO_LARGE',
      path: 'Blad1!ALM3',
      message: expect.stringMatching(
        /^Filen fil\.xlsx är för stor för att läsas in: Cellen ligger efter kolumn ALL/,
      ),
    });
  });

  it('counts every cell of data validations and merged cells, also within the rows and columns allowed', async () => {
    const validation =
      '<dataValidations><dataValidation type="whole" sqref="A1:J10000 A10001:J20001"/></dataValidations>';
    expect(refusal(await afterSheetData(validation))).toMatchObject({ code: 'TOO_LARGE', path: 'file' });
    const merges = Array.from({ length: 2_100 }, () => '<mergeCell ref="A1:J10"/>').join('');
    expect(refusal(await afterSheetData(`<mergeCells>${merges}</mergeCells>`))?.code).toBe('TOO_LARGE');
  });

  it('refuses references it cannot read instead of guessing, and tags longer than Excel writes', async () => {
    expect(refusal(await sheetWith('<row r="3"><c r="&#88;FD3"><v>1</v></c></row>'))?.code).toBe(
      'UNPROCESSABLE',
    );
    expect(refusal(await sheetWith('<row r="2000000"/>'))?.code).toBe('UNPROCESSABLE');
    expect(refusal(await afterSheetData('<mergeCells><mergeCell ref="B:B"/></mergeCells>'))?.code).toBe(
      'UNPROCESSABLE',
    );
    expect(refusal(await sheetWith(`<row r="3"><c r="A3" x="${'y'.repeat(70_000)}"/></row>`))?.code).toBe(
      'UNPROCESSABLE',
    );
  });

  it('refuses a zip whose parts declare or unpack to more than allowed, or too many parts', async () => {
    expect(refusal(await bombWorkbook(60))).toMatchObject({ code: 'TOO_LARGE', path: 'file' });
    expect(refusal(await bombWorkbook(1, 1_000))).toMatchObject({
      code: 'UNPROCESSABLE',
      message: expect.stringContaining(
        'xl/worksheets/sheet1.xml packas upp till mer än de 1000 byte filen anger',
      ),
    });
    expect(refusal(await workbookWithParts(1_000))?.code).toBe('TOO_LARGE');
    expect(refusal(Buffer.from('PK\u0003\u0004trasig'))?.code).toBe('VALIDATION');
  });
});
