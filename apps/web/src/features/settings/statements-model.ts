import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { keyedValues } from './settings-draft.ts';
import type { SettingsPart } from './settings-form.tsx';

export type Table = MunicipalityFile['statementTables'][number];
export type Column = NonNullable<Table['columns']>[number];
export type Line = MunicipalityFile['statementLines'][number];
export type Part = 'none' | 'add' | 'subtract';
/** A table as the form edits it: its own columns when it has chosen them, else those its figures have. */
export type TableValues = Omit<Table, 'columns'> & { ownColumns: boolean; columns: Column[] };

type Values = { file: { statementTables: TableValues[]; statementLines: Line[] } };

export const freshColumn = (): Column => ({ key: '', kind: 'actual' });
export const freshTable = (): TableValues => ({ key: '', title: '', ownColumns: false, columns: [] });
export const freshLine = (): Line => ({ key: '', label: '', sumOf: [] });

/** A heading left empty is none: the column is named by its kind. */
const withoutEmptyLabel = ({ label, ...column }: Column): Column => (label ? { ...column, label } : column);

/** The table as the file holds it: chosen columns keyed by their headings, or none where it shows its figures'. */
function tableOf({ ownColumns, columns, ...table }: TableValues): Table {
  if (!ownColumns) return table;
  return {
    ...table,
    columns: keyedValues(columns.map(withoutEmptyLabel), (column) => column.label ?? column.kind),
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

/** The tables and lines as the form edits them; new ones are keyed by their titles and labels. */
export const statements: SettingsPart<Values> = {
  toValues: ({ statementTables, statementLines }) => ({
    file: {
      statementTables: statementTables.map(({ columns, ...table }) => ({
        ...table,
        ownColumns: Array.isArray(columns),
        columns: columns ?? [],
      })),
      statementLines,
    },
  }),
  toFile: (file, { file: { statementTables, statementLines } }) => ({
    ...file,
    statementTables: keyedValues(statementTables.map(tableOf), (table) => table.title),
    statementLines: keyedValues(statementLines, (line) => line.label),
  }),
  where: (path) => statementProblemPlace(path),
  review: true,
  describe: ({ file }) => [
    { label: 'Tabeller', value: file.statementTables.map((table) => table.title).join(', ') },
    { label: 'Rader', value: file.statementLines.map((line) => line.label).join(', ') },
  ],
};

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
