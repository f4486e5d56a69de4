import type { SpreadsheetFile } from '@styr/shared/contracts/economy-files';
import { parseCsv } from '@styr/shared/domain/csv';
import type { Sheet, SheetCell } from '@styr/shared/domain/spreadsheet-import';
import { sheetsSizeProblem, spreadsheetLimits } from '@styr/shared/domain/spreadsheet-limits';
import ExcelJS from 'exceljs';
import { spreadsheetRefused, unreadable } from './spreadsheet-refusal.ts';
import { checkXlsx } from './xlsx-check.ts';

/**
 * A cell's value as text or number: a formula gives the result Excel saved with it (it is never calculated
 * here), or its own text when the file holds no result, which the import then refuses at its cell; rich text
 * gives its plain text.
 */
function cellValue(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result !== undefined && result !== null) return cellValue(result);
    return `=${'formula' in value ? value.formula : value.sharedFormula}`;
  }
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/**
 * Every sheet of an .xlsx file, or the one sheet of a .csv file named after the file, as rows of cells. A file
 * beyond the limits (spreadsheetLimits) is refused before it is read whole: a CSV file as soon as it has more
 * cells than a file may hold, an .xlsx file from its zip directory and sheets before ExcelJS reads it.
 */
export async function readSpreadsheet(file: SpreadsheetFile): Promise<Sheet[]> {
  const buffer = Buffer.from(file.content, 'base64');
  if (file.fileName.toLowerCase().endsWith('.csv')) {
    const name = file.fileName.replace(/\.csv$/i, '');
    const sheets = [{ name, rows: parseCsv(buffer.toString('utf8'), spreadsheetLimits.cells) }];
    const problem = sheetsSizeProblem(sheets);
    if (problem) throw spreadsheetRefused(file.fileName, 'TOO_LARGE', problem);
    return sheets;
  }
  checkXlsx(buffer, file.fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw unreadable(file.fileName);
  }
  return workbook.worksheets.map((worksheet) => {
    const rows: SheetCell[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: SheetCell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        cells[columnNumber - 1] = cellValue(cell.value);
      });
      rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
    });
    return { name: worksheet.name, rows: Array.from(rows, (row) => row ?? []) };
  });
}
