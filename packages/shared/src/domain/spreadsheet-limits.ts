import { formatNumber } from '../format/number.ts';
import { columnLetter } from './csv.ts';
import type { Problem } from './problem.ts';
import { cellPath, type Sheet } from './spreadsheet-import.ts';

/**
 * What an uploaded Excel or CSV file may hold (docs/format/README.md, "Limits"). A year's economy
 * takes a few hundred rows; the limits leave room for large exports and bound what reading a file may cost.
 */
export const spreadsheetLimits = {
  /** Rows in a sheet. */
  rows: 50_000,
  /** Columns in a sheet. */
  columns: 1_000,
  /**
   * Cells in the whole file: each row counts up to its last cell, and merged or validated ranges (which Excel
   * files name by their corners) count every cell they cover.
   */
  cells: 200_000,
  /** Parts (zip entries) of an .xlsx file. */
  parts: 1_000,
  /** The unpacked size of an .xlsx file's parts together. */
  unpackedBytes: 50 * 1024 * 1024,
} as const;

const count = (value: number) => formatNumber(value);

/** Why a cell in row `row` and column `column` (both from 1) lies beyond the limits, or null. */
export function positionProblem(sheet: string, row: number, column: number): Problem | null {
  const { rows, columns } = spreadsheetLimits;
  if (row <= rows && column <= columns) return null;
  return {
    path: cellPath(sheet, columnLetter(column - 1), row),
    message:
      row > rows
        ? `Cellen ligger efter rad ${count(rows)}; ett blad får ha högst ${count(rows)} rader`
        : `Cellen ligger efter kolumn ${columnLetter(columns - 1)}; ett blad får ha högst ${count(columns)} kolumner`,
  };
}

/** Why a file with this many cells is too large, or null. */
export function cellCountProblem(cells: number): Problem | null {
  if (cells <= spreadsheetLimits.cells) return null;
  return {
    path: 'file',
    message: `Filen har fler än ${count(spreadsheetLimits.cells)} celler; tomma celler före en rads sista cell räknas med`,
  };
}

/** Why sheets already read are too large, or null: the first row or column beyond the limits, then the cells. */
export function sheetsSizeProblem(sheets: readonly Sheet[]): Problem | null {
  let cells = 0;
  for (const sheet of sheets) {
    for (const [index, row] of sheet.rows.entries()) {
      const problem = positionProblem(sheet.name, index + 1, Math.max(1, row.length));
      if (problem) return problem;
      cells += row.length;
    }
  }
  return cellCountProblem(cells);
}
