import type { ColumnMapping, ImportMapping } from '../contracts/economy-files.ts';
import { isNumberParseFailure, parseSwedishNumber } from '../format/number.ts';
import { columnIndex } from './csv.ts';
import type { Problem } from './problem.ts';

export type SheetCell = string | number | null;
export interface Sheet {
  name: string;
  rows: SheetCell[][];
}

export interface MappedValue {
  /** "Resultaträkning!C5" */
  cell: string;
  label: string;
  /** The line or indicator key the label names. */
  target: string;
  column: ColumnMapping;
  value: number;
}

/** Where a problem is: the sheet and the cell, as Excel writes it. */
export const cellPath = (sheet: string, column: string, row: number) => `${sheet}!${column}${row}`;

/**
 * Reads the mapped cells of a sheet: each row from `firstRow` names a line or an indicator in the label column,
 * and each mapped column gives a value. Empty rows and cells are skipped; every cell that cannot be read is a
 * problem naming its sheet and cell, so one run reports every mistake. With `headings`, a row with a label and no
 * values is a heading between the rows (as in a key figure table) and is skipped unread.
 */
export function readMappedSheet(
  sheet: Sheet,
  mapping: ImportMapping,
  resolve: (label: string) => { key: string } | { problem: string },
  options: { headings?: boolean } = {},
): { values: MappedValue[]; problems: Problem[] } {
  const values: MappedValue[] = [];
  const problems: Problem[] = [];
  const labelIndex = columnIndex(mapping.labelColumn);
  sheet.rows.forEach((row, index) => {
    const rowNumber = index + 1;
    if (rowNumber < mapping.firstRow) return;
    const mapped = mapping.columns.filter((column) => {
      const cell = row[columnIndex(column.column)];
      return cell !== null && cell !== undefined && String(cell).trim() !== '';
    });
    const label = String(row[labelIndex] ?? '').trim();
    if (label === '') {
      if (mapped.length > 0)
        problems.push({
          path: cellPath(sheet.name, mapping.labelColumn, rowNumber),
          message: 'Raden har värden men ingen benämning',
        });
      return;
    }
    if (options.headings && mapped.length === 0) return;
    const resolved = resolve(label);
    if ('problem' in resolved) {
      problems.push({
        path: cellPath(sheet.name, mapping.labelColumn, rowNumber),
        message: resolved.problem,
      });
      return;
    }
    for (const column of mapped) {
      const cell = row[columnIndex(column.column)];
      const path = cellPath(sheet.name, column.column, rowNumber);
      const value = typeof cell === 'number' ? cell : parseSwedishNumber(String(cell));
      if (isNumberParseFailure(value)) problems.push({ path, message: value.message });
      else if (value === null)
        problems.push({ path, message: 'Cellen saknar värde; töm den eller ange ett tal' });
      else values.push({ cell: path, label, target: resolved.key, column, value });
    }
  });
  return { values, problems };
}
