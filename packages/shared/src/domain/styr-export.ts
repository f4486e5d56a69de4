import type { ColumnMapping, ImportMapping, ImportTarget } from '../contracts/economy-files.ts';
import { columnLetter } from './csv.ts';
import type { StatementColumn } from './income-statement.ts';
import { monthNames } from './municipal-grant.ts';
import { readYearHeader } from './year-header.ts';

/**
 * Recognises a sheet that Styr's own Excel export wrote, so that it can be read back without choosing the
 * columns by hand. The export writes a title row ending in the table, year and unit ("…: Resultaträkning 2022
 * (mnkr)"), then a header row naming each column as the page does, then the rows.
 */

/** "Nämnd: Table title 2022 (mnkr)": the table's title (a statement table's is the municipality's own), year, unit. */
const TITLE = /^(?:.*: )?(.+) (\d{4}) \((kr|tkr|mnkr)\)\s*$/;

const targets: Record<string, ImportTarget> = {
  Resultaträkning: 'statement',
  'Resultat per avdelning': 'departments',
  Kommunbidrag: 'grant',
  Statsbidrag: 'stateGrants',
  'Kommuncentrala poster': 'centralItems',
  Investeringar: 'investments',
};

type Column = Omit<ColumnMapping, 'column'>;

const forecastMonth = (header: string) => {
  const match = /^Prognos (\p{L}+)$/u.exec(header);
  const index = match ? monthNames.indexOf(match[1]?.toLowerCase() as (typeof monthNames)[number]) : -1;
  return index < 0 ? null : index + 1;
};

/** A column header as the municipality's statement tables name it ("Ursprunglig budget"), read as that column. */
type KnownColumn = Pick<StatementColumn, 'kind' | 'year' | 'month' | 'label'>;

function statementColumn(header: string, year: number, known: readonly KnownColumn[]): Column | null {
  const own = known.find((column) => column.label && column.label === header);
  if (own)
    return own.kind === 'deviation'
      ? null
      : { kind: own.kind, field: null, year: own.year, month: own.month };
  const month = forecastMonth(header);
  if (month !== null) return { kind: 'forecast', field: null, year, month };
  const named = readYearHeader(header);
  // A year without a word ("2022", "2022-12-31") is an outcome, the one kind every year of the statement takes.
  return named && { kind: named.kind ?? 'actual', field: null, year: named.year, month: null };
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

/** "Budget", a month's adjustment under the month's name ("maj"), and "Summa", which is checked. */
function grantColumn(header: string, year: number): Column | null {
  if (header === 'Budget') return { kind: null, field: 'grantBudget', year, month: null };
  if (header === 'Summa') return { kind: null, field: 'grantTotal', year, month: null };
  const month = monthNames.indexOf(header.toLowerCase() as (typeof monthNames)[number]);
  return month < 0 ? null : { kind: null, field: 'adjustment', year, month: month + 1 };
}

const reportFieldsByHeader: Partial<Record<ImportTarget, Record<string, ColumnMapping['field']>>> = {
  stateGrants: { Belopp: 'amount' },
  centralItems: { Utfall: 'actual', 'Budgeterat belopp': 'budget' },
  investments: { Budget: 'budget', Utfall: 'actual', Prognos: 'forecast' },
};

/**
 * The target and mapping for a sheet exported by Styr for the given year, or null when the sheet is not one.
 * A statement table is known by its "Mnkr" header, whatever its title; `statementColumns` are the municipality's
 * statement columns, whose own headings read back as the columns they are (an outcome at a month's end among
 * them). Computed columns (Avvikelse) are left out; computed rows are read and checked against their parts.
 */
export function styrExportMapping(
  sheet: { name: string; rows: readonly (readonly string[])[] },
  year: number,
  statementColumns: readonly KnownColumn[] = [],
): { target: ImportTarget; mapping: ImportMapping } | null {
  const keyFigures = keyFigureMapping(sheet, year);
  if (keyFigures) return keyFigures;
  const title = TITLE.exec(sheet.rows[0]?.[0] ?? '');
  if (!title || Number(title[2]) !== year) return null;
  const named = targets[title[1] ?? ''];
  const target = named ?? (sheet.rows[1]?.[0]?.trim() === 'Mnkr' ? 'statement' : null);
  if (!target) return null;
  const reportFields = reportFieldsByHeader[target];
  const reportColumn = (header: string): Column | null => {
    const field = reportFields?.[header];
    return field ? { kind: null, field, year, month: null } : null;
  };
  const read =
    target === 'statement'
      ? statementColumn
      : target === 'grant'
        ? grantColumn
        : reportFields
          ? reportColumn
          : departmentColumn;
  const columns = (sheet.rows[1] ?? []).slice(1).flatMap((header, index) => {
    const column = read(header.trim(), year, statementColumns);
    return column ? [{ column: columnLetter(index + 1), ...column }] : [];
  });
  if (columns.length === 0) return null;
  const unit = title[3] as ImportMapping['unit'];
  return { target, mapping: { sheet: sheet.name, firstRow: 3, labelColumn: 'A', unit, columns } };
}

/**
 * A key figure table: its title is the municipality's own, so the header row tells it ("Mått", "Enhet", then the
 * years up to the table's year). Its values are the indicators' whole-year values; heading rows carry none.
 */
function keyFigureMapping(
  sheet: { name: string; rows: readonly (readonly string[])[] },
  year: number,
): { target: ImportTarget; mapping: ImportMapping } | null {
  const [label, unit, ...headers] = sheet.rows[1] ?? [];
  if (label?.trim() !== 'Mått' || unit?.trim() !== 'Enhet') return null;
  const years = headers.map((header) => readYearHeader(header));
  if (years.length === 0 || years.at(-1)?.year !== year) return null;
  const columns = years.flatMap((named, index) =>
    named
      ? [{ column: columnLetter(index + 2), kind: null, field: null, year: named.year, month: null }]
      : [],
  );
  return {
    target: 'indicatorValues',
    mapping: { sheet: sheet.name, firstRow: 3, labelColumn: 'A', unit: 'tkr', columns },
  };
}
