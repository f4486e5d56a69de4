import {
  EARLIER_YEARS,
  type StatementAmount,
  type StatementColumn,
  type StatementColumnKind,
  statementColumns,
} from './income-statement.ts';
import type { Problem } from './problem.ts';

/**
 * A column a statement table shows, relative to the year shown: an actual (the bokslut, or with `month` the
 * outcome at that month's end; `yearOffset` −1 or −2 for an earlier year's), a budget (the original budget), a
 * revised budget, a forecast made at a follow-up point's month, or a deviation: column `of` minus column
 * `against`, both keys of the table's own columns.
 */
export interface StatementColumnSpec {
  key: string;
  kind: StatementColumnKind | 'deviation';
  label: string | null;
  yearOffset: number;
  month: number | null;
  of: string | null;
  against: string | null;
}

/** A named statement table; `columns` null shows the columns the figures have (statementColumns). */
export interface StatementTable {
  key: string;
  title: string;
  columns: readonly StatementColumnSpec[] | null;
}

/** The one table a municipality has until it names its own: Göteborg's resultaträkning. */
export const defaultStatementTable: StatementTable = {
  key: 'resultatrakning',
  title: 'Resultaträkning',
  columns: null,
};

/** The table's columns for a year; a chosen column's id is its key. */
export function tableColumns(
  table: StatementTable,
  year: number,
  amounts: readonly StatementAmount[],
): StatementColumn[] {
  if (table.columns === null) return statementColumns(year, amounts);
  return table.columns.map((spec) => ({
    id: spec.key,
    kind: spec.kind,
    year: year + spec.yearOffset,
    month: spec.month,
    label: spec.label,
    ...(spec.kind === 'deviation' && spec.of !== null && spec.against !== null
      ? { of: spec.of, against: spec.against }
      : {}),
  }));
}

/** What a table's chosen columns must hold together; `path` names the list, e.g. "statementTables[1].columns". */
export function statementColumnSpecProblems(specs: readonly StatementColumnSpec[], path: string): Problem[] {
  const problems: Problem[] = [];
  const figures = new Set(specs.filter((spec) => spec.kind !== 'deviation').map((spec) => spec.key));
  const seen = new Set<string>();
  specs.forEach((spec, index) => {
    const at = (field: string, message: string) =>
      problems.push({ path: `${path}[${index}].${field}`, message });
    if (seen.has(spec.key)) at('key', `Kolumnen "${spec.key}" finns redan i tabellen`);
    seen.add(spec.key);
    if (spec.kind === 'forecast' && spec.month === null) at('month', 'En prognos anger sin månad');
    if (spec.kind !== 'forecast' && spec.kind !== 'actual' && spec.month !== null)
      at('month', 'Bara utfall och prognos har en månad');
    if (spec.yearOffset !== 0 && spec.kind !== 'actual')
      at('yearOffset', `Bara utfall kan visas för de ${EARLIER_YEARS} åren före`);
    if (spec.kind !== 'deviation') {
      if (spec.of !== null || spec.against !== null) at('of', 'Bara en avvikelse jämför två kolumner');
      return;
    }
    for (const field of ['of', 'against'] as const) {
      const target = spec[field];
      if (target === null) at(field, 'En avvikelse anger vilka två kolumner den jämför');
      else if (!figures.has(target)) at(field, `Kolumnen "${target}" finns inte bland tabellens belopp`);
    }
  });
  return problems;
}

/** A column as a file writes it: every field that holds its default left out. */
export interface WrittenStatementColumn {
  key: string;
  kind: StatementColumnSpec['kind'];
  label?: string | null | undefined;
  yearOffset?: number | undefined;
  month?: number | null | undefined;
  of?: string | null | undefined;
  against?: string | null | undefined;
}

export function columnSpecOf(column: WrittenStatementColumn): StatementColumnSpec {
  return {
    key: column.key,
    kind: column.kind,
    label: column.label ?? null,
    yearOffset: column.yearOffset ?? 0,
    month: column.month ?? null,
    of: column.of ?? null,
    against: column.against ?? null,
  };
}

/** The shortest written form of a column, so equal columns write equal JSON. */
export function writtenColumn(spec: StatementColumnSpec): WrittenStatementColumn {
  return {
    key: spec.key,
    kind: spec.kind,
    ...(spec.label !== null ? { label: spec.label } : {}),
    ...(spec.yearOffset !== 0 ? { yearOffset: spec.yearOffset } : {}),
    ...(spec.month !== null ? { month: spec.month } : {}),
    ...(spec.of !== null ? { of: spec.of } : {}),
    ...(spec.against !== null ? { against: spec.against } : {}),
  };
}

/**
 * Tables and the lines in them: unique table keys, valid columns, and every line in a table that exists
 * (`tablesPath`, `linesPath`: where the lists sit, e.g. "statementTables").
 */
export function statementTableProblems(
  tables: readonly { key: string; columns?: readonly WrittenStatementColumn[] | null | undefined }[],
  lines: readonly { table?: string | undefined }[],
  tablesPath: string,
  linesPath: string,
): Problem[] {
  const problems: Problem[] = [];
  const keys = new Set<string>();
  tables.forEach((table, index) => {
    if (keys.has(table.key))
      problems.push({
        path: `${tablesPath}[${index}].key`,
        message: `Tabellen "${table.key}" finns redan i listan`,
      });
    keys.add(table.key);
    if (table.columns)
      problems.push(
        ...statementColumnSpecProblems(table.columns.map(columnSpecOf), `${tablesPath}[${index}].columns`),
      );
  });
  lines.forEach((line, index) => {
    if (line.table !== undefined && !keys.has(line.table))
      problems.push({
        path: `${linesPath}[${index}].table`,
        message: `Tabellen "${line.table}" finns inte bland kommunens resultaträkningar`,
      });
  });
  return problems;
}
