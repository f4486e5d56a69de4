import { deviationOre, sumOre } from './money.ts';
import { monthName } from './municipal-grant.ts';
import type { Problem } from './problem.ts';

/**
 * A line of a municipality's income statement. A line with parts (`sumOf`, and `subtract` for parts that
 * count negative) is computed from them and never entered, so a result is never typed twice and cannot
 * disagree with its parts; only the figure an adopted document printed may be stored beside it.
 */
export interface StatementLine {
  key: string;
  label: string;
  sumOf: readonly string[];
  subtract?: readonly string[];
}

export function isComputedLine(line: StatementLine): boolean {
  return line.sumOf.length > 0 || (line.subtract?.length ?? 0) > 0;
}

const partsOf = (line: StatementLine) => [...line.sumOf, ...(line.subtract ?? [])];

export const defaultStatementLines: readonly StatementLine[] = [
  { key: 'intakter', label: 'Intäkter', sumOf: [] },
  { key: 'kostnader', label: 'Kostnader', sumOf: [] },
  { key: 'kommunbidrag', label: 'Kommunbidrag', sumOf: [] },
  { key: 'kommuninterna-bidrag', label: 'Kommuninterna bidrag', sumOf: [] },
  {
    key: 'resultat',
    label: 'Resultat',
    sumOf: ['intakter', 'kostnader', 'kommunbidrag', 'kommuninterna-bidrag'],
  },
  { key: 'eget-kapital', label: 'Eget kapital', sumOf: [] },
];

/** Unknown parts and lines that (through other lines) sum themselves; `path` names the list, e.g. "economy.lines". */
export function statementLineProblems(lines: readonly StatementLine[], path: string): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map(lines.map((line) => [line.key, line]));
  lines.forEach((line, index) => {
    for (const field of ['sumOf', 'subtract'] as const)
      (line[field] ?? []).forEach((part, partIndex) => {
        if (!byKey.has(part))
          problems.push({
            path: `${path}[${index}].${field}[${partIndex}]`,
            message: `Raden "${part}" finns inte i resultaträkningen`,
          });
      });
    if (reaches(byKey, line.key, line.key, new Set()))
      problems.push({ path: `${path}[${index}].sumOf`, message: `Raden "${line.key}" summerar sig själv` });
  });
  return problems;
}

function reaches(
  byKey: Map<string, StatementLine>,
  from: string,
  target: string,
  seen: Set<string>,
): boolean {
  const line = byKey.get(from);
  for (const part of line ? partsOf(line) : []) {
    if (part === target) return true;
    if (seen.has(part)) continue;
    seen.add(part);
    if (reaches(byKey, part, target, seen)) return true;
  }
  return false;
}

/**
 * Every line's value in one column: entered lines as given, computed lines as the sum of their
 * parts less the parts they subtract (missing when every part is missing). The lines must be free of problems.
 */
export function resolveColumn(
  lines: readonly StatementLine[],
  entered: (lineKey: string) => bigint | null,
): Map<string, bigint | null> {
  const byKey = new Map(lines.map((line) => [line.key, line]));
  const resolved = new Map<string, bigint | null>();
  const lineValue = (key: string): bigint | null => {
    const known = resolved.get(key);
    if (known !== undefined) return known;
    const line = byKey.get(key);
    const negated = (part: string) => {
      const value = lineValue(part);
      return value === null ? null : -value;
    };
    const value = !line
      ? null
      : !isComputedLine(line)
        ? entered(key)
        : sumOre([...line.sumOf.map(lineValue), ...(line.subtract ?? []).map(negated)]);
    resolved.set(key, value);
    return value;
  };
  for (const line of lines) lineValue(line.key);
  return resolved;
}

/** How many years before its own a statement shows actuals of. */
export const EARLIER_YEARS = 2;

export const statementColumnKinds = ['actual', 'budget', 'revisedBudget', 'forecast'] as const;
export type StatementColumnKind = (typeof statementColumnKinds)[number];

/**
 * An entered figure: its line, the year it concerns, the kind of column and, for a forecast, the month it was
 * made in; an actual with a month is the outcome at that month's end (utfall per den sista), without one the
 * year's bokslut. A figure on a computed line is the figure an adopted document printed.
 */
export interface StatementAmount {
  line: string;
  year: number;
  column: StatementColumnKind;
  month: number | null;
  amount: bigint | null;
}

/**
 * A shown column. A `deviation` is `of` minus `against` (column ids) when a table names them, else actual minus
 * the revised budget where there is one, else the budget. `label` is a table's own heading.
 */
export interface StatementColumn {
  id: string;
  kind: StatementColumnKind | 'deviation';
  year: number;
  month: number | null;
  label?: string | null;
  of?: string;
  against?: string;
}

/**
 * The columns of a year's statement: actual, budget, revised budget (only where used), deviation,
 * forecasts in month order, then the actuals of earlier years that have figures.
 */
export function statementColumns(year: number, amounts: readonly StatementAmount[]): StatementColumn[] {
  const has = (predicate: (amount: StatementAmount) => boolean) => amounts.some(predicate);
  const column = (kind: StatementColumn['kind'], columnYear: number, month: number | null = null) => ({
    id: month === null ? `${kind}-${columnYear}` : `${kind}-${columnYear}-${month}`,
    kind,
    year: columnYear,
    month,
  });
  const columns: StatementColumn[] = [column('actual', year), column('budget', year)];
  if (has((amount) => amount.year === year && amount.column === 'revisedBudget'))
    columns.push(column('revisedBudget', year));
  columns.push(column('deviation', year));
  const months = new Set(
    amounts
      .filter((amount) => amount.year === year && amount.column === 'forecast' && amount.month !== null)
      .map((amount) => amount.month as number),
  );
  for (const month of [...months].sort((a, b) => a - b)) columns.push(column('forecast', year, month));
  const earlier = new Set(
    amounts
      .filter((amount) => amount.year < year && amount.column === 'actual' && amount.month === null)
      .map((amount) => amount.year),
  );
  for (const earlierYear of [...earlier].sort((a, b) => b - a)) columns.push(column('actual', earlierYear));
  return columns;
}

const storedIn = (amounts: readonly StatementAmount[], column: StatementColumn, lineKey: string) =>
  amounts.find(
    (amount) =>
      amount.line === lineKey &&
      amount.year === column.year &&
      amount.column === column.kind &&
      amount.month === column.month,
  );

/** Each column's values as computed from the entered figures, printed figures aside. */
function computedColumns(
  lines: readonly StatementLine[],
  amounts: readonly StatementAmount[],
  columns: readonly StatementColumn[],
) {
  const byColumn = new Map<string, Map<string, bigint | null>>();
  for (const column of columns) {
    if (column.kind === 'deviation') continue;
    byColumn.set(
      column.id,
      resolveColumn(lines, (lineKey) => storedIn(amounts, column, lineKey)?.amount ?? null),
    );
  }
  return byColumn;
}

/** A computed line's printed figure that differs from what its parts give. */
export interface PrintedDifference {
  line: string;
  column: string;
  printed: bigint | null;
  computed: bigint | null;
}

/** Every stored printed figure of a computed line that its parts do not give. */
export function printedDifferences(
  lines: readonly StatementLine[],
  amounts: readonly StatementAmount[],
  columns: readonly StatementColumn[],
): PrintedDifference[] {
  const byColumn = computedColumns(lines, amounts, columns);
  const differences: PrintedDifference[] = [];
  for (const line of lines.filter(isComputedLine))
    for (const column of columns) {
      const stored = column.kind === 'deviation' ? undefined : storedIn(amounts, column, line.key);
      const computed = byColumn.get(column.id)?.get(line.key) ?? null;
      if (stored && stored.amount !== computed)
        differences.push({ line: line.key, column: column.id, printed: stored.amount, computed });
    }
  return differences;
}

/**
 * Each line's value per column, results and deviations computed. A computed line shows the figure an adopted
 * document printed where one is stored (printedDifferences names where it disagrees with its parts).
 */
export function computeStatement(
  lines: readonly StatementLine[],
  amounts: readonly StatementAmount[],
  columns: readonly StatementColumn[],
): Map<string, Map<string, bigint | null>> {
  const byColumn = computedColumns(lines, amounts, columns);
  for (const line of lines.filter(isComputedLine))
    for (const column of columns) {
      const stored = column.kind === 'deviation' ? undefined : storedIn(amounts, column, line.key);
      if (stored) byColumn.get(column.id)?.set(line.key, stored.amount);
    }
  const result = new Map<string, Map<string, bigint | null>>();
  for (const line of lines) {
    const values = new Map<string, bigint | null>();
    for (const column of columns) {
      if (column.kind !== 'deviation') {
        values.set(column.id, byColumn.get(column.id)?.get(line.key) ?? null);
        continue;
      }
      const value = (id: string) => byColumn.get(id)?.get(line.key) ?? null;
      if (column.of !== undefined && column.against !== undefined) {
        values.set(column.id, deviationOre(value(column.of), value(column.against)));
        continue;
      }
      const revised = value(`revisedBudget-${column.year}`);
      values.set(
        column.id,
        deviationOre(value(`actual-${column.year}`), revised ?? value(`budget-${column.year}`)),
      );
    }
    result.set(line.key, values);
  }
  return result;
}

/** A table's own heading, else "Bokslut 2022", "Utfall augusti 2022", "Reviderad budget 2022", "Prognos oktober", "Avvikelse". */
export function statementColumnLabel(
  column: Pick<StatementColumn, 'kind' | 'year' | 'month' | 'label'>,
): string {
  if (column.label) return column.label;
  switch (column.kind) {
    case 'actual':
      return column.month === null
        ? `Bokslut ${column.year}`
        : `Utfall ${monthName(column.month)} ${column.year}`;
    case 'budget':
      return `Budget ${column.year}`;
    case 'revisedBudget':
      return `Reviderad budget ${column.year}`;
    case 'deviation':
      return 'Avvikelse';
    case 'forecast':
      return `Prognos ${monthName(column.month ?? 0)}`;
  }
}
