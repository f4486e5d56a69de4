import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { freshRow, keyedValues, loadedRows, type Row } from './settings-draft.ts';

export type Table = MunicipalityFile['statementTables'][number];
export type Column = NonNullable<Table['columns']>[number];
/** A table with its chosen columns as rows, or null where it shows the columns its figures have. */
export type TableRow = Row<Table> & { columns: Row<Column>[] | null };
export type Line = MunicipalityFile['statementLines'][number];
export type Part = 'none' | 'add' | 'subtract';

export interface StatementsDraft {
  tables: TableRow[];
  lines: Row<Line>[];
}

export const statementsDraft = (file: MunicipalityFile): StatementsDraft => ({
  tables: loadedRows(file.statementTables).map((row) => ({
    ...row,
    columns: row.value.columns ? loadedRows(row.value.columns) : null,
  })),
  lines: loadedRows(file.statementLines),
});

export const freshTable = (): TableRow => ({ ...freshRow<Table>({ key: '', title: '' }), columns: null });

/** The table as the file holds it: chosen columns keyed by their headings, or none where it has none. */
function tableOf(row: TableRow): Row<Table> {
  const { columns: _loaded, ...rest } = row.value;
  if (row.columns === null) return { ...row, value: row.value.columns ? rest : row.value };
  const columns = keyedValues(row.columns, (column) => column.label ?? column.kind);
  return { ...row, value: { ...row.value, columns } };
}
export const freshLine = () => freshRow<Line>({ key: '', label: '', sumOf: [] });

/** The loaded file with the form's tables and lines; new ones are keyed by their titles and labels. */
export function withStatements(file: MunicipalityFile, draft: StatementsDraft): MunicipalityFile {
  return {
    ...file,
    statementTables: keyedValues(draft.tables.map(tableOf), (table) => table.title),
    statementLines: keyedValues(draft.lines, (line) => line.label),
  };
}

/** How `part` counts in `line`: added (sumOf), subtracted, or not at all. */
export function partOf(line: Line, part: string): Part {
  if (line.sumOf.includes(part)) return 'add';
  if (line.subtract?.includes(part)) return 'subtract';
  return 'none';
}

/** The line with `part` counted as chosen; an emptied `subtract` goes, as in files that never had one. */
export function withPart(line: Line, part: string, how: Part): Line {
  const sumOf = line.sumOf.filter((key) => key !== part);
  const subtract = (line.subtract ?? []).filter((key) => key !== part);
  if (how === 'add') sumOf.push(part);
  if (how === 'subtract') subtract.push(part);
  const { subtract: _old, ...rest } = line;
  return { ...rest, sumOf, ...(subtract.length > 0 ? { subtract } : {}) };
}

/** "Ja: Intäkter + Kostnader − Avskrivningar", or that the line holds its own figures. */
export function partsText(lines: readonly Line[], line: Line): string {
  const subtract = line.subtract ?? [];
  if (line.sumOf.length === 0 && subtract.length === 0) return 'Anges, räknas inte fram';
  const label = (key: string) => lines.find((entry) => entry.key === key)?.label ?? key;
  const minus = subtract.map((key) => ` − ${label(key)}`).join('');
  return `Räknas fram: ${line.sumOf.map(label).join(' + ')}${minus}`;
}

const fieldNames: Record<string, string> = {
  key: 'nyckel',
  title: 'rubrik',
  label: 'benämning',
  table: 'tabell',
  sumOf: 'delar',
  kind: 'typ',
  month: 'månad',
  yearOffset: 'år',
  of: 'jämför',
  against: 'mot',
  subtract: 'delar som dras av',
  columns: 'kolumner',
};

/** "statementLines[3].sumOf[0]" → "Rad 4, delar"; "statementTables[0].columns[1].of" → "Tabell 1, kolumn 2, jämför". */
export function statementProblemPlace(path: string): string {
  const column = /^statementTables\[(\d+)\]\.columns\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (column) {
    const [, table, index, field] = column;
    return [`Tabell ${Number(table) + 1}, kolumn ${Number(index) + 1}`, field && (fieldNames[field] ?? field)]
      .filter(Boolean)
      .join(', ');
  }
  const match = /^statement(Tables|Lines)(?:\[(\d+)\](?:\.(\w+))?)?/.exec(path);
  if (!match) return path;
  const [, list, index, field] = match;
  const noun = list === 'Tables' ? 'Tabell' : 'Rad';
  if (index === undefined) return list === 'Tables' ? 'Resultaträkningarna' : 'Raderna';
  return [`${noun} ${Number(index) + 1}`, field === undefined ? null : (fieldNames[field] ?? field)]
    .filter(Boolean)
    .join(', ');
}
