import { deviationOre, sumOre } from './money.ts';
import { monthName } from './municipal-grant.ts';
import type { Problem } from './problem.ts';

/**
 * A line of a municipality's income statement. A line with parts (`sumOf`) is computed from them and
 * never entered, so a result is never typed twice and cannot disagree with its parts.
 */
export interface StatementLine {
  key: string;
  label: string;
  sumOf: readonly string[];
}

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
    line.sumOf.forEach((part, partIndex) => {
      if (!byKey.has(part))
        problems.push({
          path: `${path}[${index}].sumOf[${partIndex}]`,
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
  for (const part of byKey.get(from)?.sumOf ?? []) {
    if (part === target) return true;
    if (seen.has(part)) continue;
    seen.add(part);
    if (reaches(byKey, part, target, seen)) return true;
  }
  return false;
}

/**
 * Every line's value in one column: entered lines as given, computed lines as the sum of their
 * parts (missing when every part is missing). The lines must be free of problems.
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
    const value = !line ? null : line.sumOf.length === 0 ? entered(key) : sumOre(line.sumOf.map(lineValue));
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

/** An entered figure: its line, the year it concerns, the kind of column and, for forecasts, the month. */
export interface StatementAmount {
  line: string;
  year: number;
  column: StatementColumnKind;
  month: number | null;
  amount: bigint | null;
}

/** A shown column; `deviation` is computed as actual minus the revised budget where there is one, else the budget. */
export interface StatementColumn {
  id: string;
  kind: StatementColumnKind | 'deviation';
  year: number;
  month: number | null;
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
    amounts.filter((amount) => amount.year < year && amount.column === 'actual').map((amount) => amount.year),
  );
  for (const earlierYear of [...earlier].sort((a, b) => b - a)) columns.push(column('actual', earlierYear));
  return columns;
}

/** Each line's value per column, results and deviations computed. */
export function computeStatement(
  lines: readonly StatementLine[],
  amounts: readonly StatementAmount[],
  columns: readonly StatementColumn[],
): Map<string, Map<string, bigint | null>> {
  const enteredIn = (column: StatementColumn) => (lineKey: string) =>
    amounts.find(
      (amount) =>
        amount.line === lineKey &&
        amount.year === column.year &&
        amount.column === column.kind &&
        (column.kind !== 'forecast' || amount.month === column.month),
    )?.amount ?? null;
  const byColumn = new Map<string, Map<string, bigint | null>>();
  for (const column of columns) {
    if (column.kind === 'deviation') continue;
    byColumn.set(column.id, resolveColumn(lines, enteredIn(column)));
  }
  const result = new Map<string, Map<string, bigint | null>>();
  for (const line of lines) {
    const values = new Map<string, bigint | null>();
    for (const column of columns) {
      if (column.kind !== 'deviation') {
        values.set(column.id, byColumn.get(column.id)?.get(line.key) ?? null);
        continue;
      }
      const actual = byColumn.get(`actual-${column.year}`)?.get(line.key) ?? null;
      const revised = byColumn.get(`revisedBudget-${column.year}`)?.get(line.key) ?? null;
      const budget = byColumn.get(`budget-${column.year}`)?.get(line.key) ?? null;
      values.set(column.id, deviationOre(actual, revised ?? budget));
    }
    result.set(line.key, values);
  }
  return result;
}

/** "Bokslut 2022", "Reviderad budget 2022", "Prognos oktober", "Avvikelse". */
export function statementColumnLabel(column: Pick<StatementColumn, 'kind' | 'year' | 'month'>): string {
  switch (column.kind) {
    case 'actual':
      return `Bokslut ${column.year}`;
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
