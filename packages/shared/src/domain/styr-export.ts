import type { ColumnMapping, ImportMapping, ImportTarget } from '../contracts/economy-files.ts';
import { columnLetter } from './csv.ts';
import { monthNames } from './municipal-grant.ts';

/**
 * Recognises a sheet that Styr's own Excel export wrote, so that it can be read back without choosing the
 * columns by hand. The export writes a title row ending in the table, year and unit ("…: Resultaträkning 2022
 * (mnkr)"), then a header row naming each column as the page does, then the rows.
 */

const TITLE = /(Resultaträkning|Resultat per avdelning) (\d{4}) \((kr|tkr|mnkr)\)\s*$/;

type Column = Omit<ColumnMapping, 'column'>;

const forecastMonth = (header: string) => {
  const match = /^Prognos (\p{L}+)$/u.exec(header);
  const index = match ? monthNames.indexOf(match[1]?.toLowerCase() as (typeof monthNames)[number]) : -1;
  return index < 0 ? null : index + 1;
};

function statementColumn(header: string, year: number): Column | null {
  const month = forecastMonth(header);
  if (month !== null) return { kind: 'forecast', field: null, year, month };
  const match = /^(Bokslut|Budget|Reviderad budget) (\d{4})$/.exec(header);
  if (!match) return null;
  const kind = match[1] === 'Bokslut' ? 'actual' : match[1] === 'Budget' ? 'budget' : 'revisedBudget';
  return { kind, field: null, year: Number(match[2]), month: null };
}

const departmentFieldsByHeader = {
  Resultat: 'resultActual',
  Budget: 'resultBudget',
  'Kommunbidrag, budget': 'grantBudget',
} as const;

function departmentColumn(header: string, year: number): Column | null {
  const month = forecastMonth(header);
  if (month !== null) return { kind: null, field: 'forecast', year, month };
  const field = departmentFieldsByHeader[header as keyof typeof departmentFieldsByHeader];
  return field ? { kind: null, field, year, month: null } : null;
}

/**
 * The target and mapping for a sheet exported by Styr for the given year, or null when the sheet is not one.
 * Computed columns (Avvikelse) are left out; computed rows are read and checked against their parts.
 */
export function styrExportMapping(
  sheet: { name: string; rows: readonly (readonly string[])[] },
  year: number,
): { target: ImportTarget; mapping: ImportMapping } | null {
  const title = TITLE.exec(sheet.rows[0]?.[0] ?? '');
  if (!title || Number(title[2]) !== year) return null;
  const target = title[1] === 'Resultaträkning' ? 'statement' : 'departments';
  const read = target === 'statement' ? statementColumn : departmentColumn;
  const columns = (sheet.rows[1] ?? []).slice(1).flatMap((header, index) => {
    const column = read(header.trim(), year);
    return column ? [{ column: columnLetter(index + 1), ...column }] : [];
  });
  if (columns.length === 0) return null;
  const unit = title[3] as ImportMapping['unit'];
  return { target, mapping: { sheet: sheet.name, firstRow: 3, labelColumn: 'A', unit, columns } };
}
