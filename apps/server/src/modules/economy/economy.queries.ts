import type { ExchangeStatementLine, ExchangeStatementTable } from '@styr/shared/contracts/economy-exchange';
import {
  defaultStatementLines,
  EARLIER_YEARS,
  type StatementLine,
} from '@styr/shared/domain/income-statement';
import {
  columnSpecOf,
  defaultStatementTable,
  type StatementTable,
} from '@styr/shared/domain/statement-tables';
import { and, asc, eq, gte, lt, or } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Executor, readInTurn } from '../../db/executor.ts';
import {
  departmentForecasts,
  economyDepartments,
  grantAdjustments,
  grantRounds,
  statementAmounts,
  statementLines,
  statementTables,
} from '../../db/schema/index.ts';
import type { YearScope } from '../authority/index.ts';

/** A stored line with the key of the statement table it stands in. */
export interface TableLine extends StatementLine {
  table: string;
  subtract: readonly string[];
}

/** The municipality's statement tables in order, or the one default table while it has stored none. */
export async function findStatementTables(db: Executor, municipalityId: string): Promise<StatementTable[]> {
  const rows = await db
    .select()
    .from(statementTables)
    .where(eq(statementTables.municipalityId, municipalityId))
    .orderBy(asc(statementTables.sortOrder));
  if (rows.length === 0) return [{ ...defaultStatementTable }];
  return rows.map(({ key, title, columns }) => ({
    key,
    title,
    columns: columns === null ? null : columns.map(columnSpecOf),
  }));
}

/** The municipality's lines, or the default set while it has stored none. */
export async function findStatementLines(db: Executor, municipalityId: string): Promise<TableLine[]> {
  const rows = await db
    .select()
    .from(statementLines)
    .where(eq(statementLines.municipalityId, municipalityId))
    .orderBy(asc(statementLines.sortOrder));
  if (rows.length === 0)
    return defaultStatementLines.map((line) => ({ ...line, table: defaultStatementTable.key, subtract: [] }));
  return rows.map(({ key, label, sumOf, subtract, tableKey }) => ({
    key,
    label,
    sumOf,
    subtract,
    table: tableKey,
  }));
}

/** Stores the default table for a municipality that has none, so lines can stand in it. */
export async function ensureStatementTables(tx: Executor, municipalityId: string): Promise<StatementTable[]> {
  const tables = await findStatementTables(tx, municipalityId);
  await tx
    .insert(statementTables)
    .values(
      tables.map((table, sortOrder) => ({ municipalityId, key: table.key, title: table.title, sortOrder })),
    )
    .onConflictDoNothing();
  return tables;
}

/** Stores the default table and lines for a municipality that has none, so amounts can refer to them. */
export async function ensureStatementLines(tx: Executor, municipalityId: string): Promise<TableLine[]> {
  await ensureStatementTables(tx, municipalityId);
  const lines = await findStatementLines(tx, municipalityId);
  await tx
    .insert(statementLines)
    .values(
      lines.map((line, sortOrder) => ({
        municipalityId,
        key: line.key,
        label: line.label,
        tableKey: line.table,
        sumOf: [...line.sumOf],
        subtract: [...line.subtract],
        sortOrder,
      })),
    )
    .onConflictDoNothing();
  return lines;
}

/** The figures a year's statement shows: every figure of the year, and the actuals of the years before. */
export function shownInStatement(scope: YearScope) {
  return and(
    eq(statementAmounts.municipalityId, scope.municipalityId),
    eq(statementAmounts.committeeId, scope.committeeId),
    or(
      eq(statementAmounts.year, scope.year),
      and(
        gte(statementAmounts.year, scope.year - EARLIER_YEARS),
        lt(statementAmounts.year, scope.year),
        eq(statementAmounts.column, 'actual'),
      ),
    ),
  );
}

export function findStatementAmounts(db: Executor, scope: YearScope) {
  return db.select().from(statementAmounts).where(shownInStatement(scope));
}

interface YearColumns {
  municipalityId: AnyPgColumn;
  committeeId: AnyPgColumn;
  year: AnyPgColumn;
}

const inYear = (table: YearColumns, scope: YearScope) =>
  and(
    eq(table.municipalityId, scope.municipalityId),
    eq(table.committeeId, scope.committeeId),
    eq(table.year, scope.year),
  );

/** Departments, their forecasts, and the kommunbidrag adjustments and rounds of a committee's year. */
export async function findDepartmentEconomy(db: Executor, scope: YearScope) {
  const [departments, forecasts, adjustments, rounds] = await readInTurn([
    () =>
      db
        .select()
        .from(economyDepartments)
        .where(inYear(economyDepartments, scope))
        .orderBy(asc(economyDepartments.sortOrder)),
    () =>
      db
        .select()
        .from(departmentForecasts)
        .where(inYear(departmentForecasts, scope))
        .orderBy(asc(departmentForecasts.month)),
    () =>
      db
        .select()
        .from(grantAdjustments)
        .where(inYear(grantAdjustments, scope))
        .orderBy(asc(grantAdjustments.month)),
    () => db.select().from(grantRounds).where(inYear(grantRounds, scope)).orderBy(asc(grantRounds.month)),
  ]);
  return { departments, forecasts, adjustments, rounds };
}

/** The line the closing equity (eget kapital) is read from; part of the default line set. */
export const EQUITY_LINE = 'eget-kapital';

export async function findClosingEquity(db: Executor, scope: YearScope): Promise<bigint | null> {
  const [row] = await db
    .select({ amount: statementAmounts.amount })
    .from(statementAmounts)
    .where(
      and(
        eq(statementAmounts.municipalityId, scope.municipalityId),
        eq(statementAmounts.committeeId, scope.committeeId),
        eq(statementAmounts.lineKey, EQUITY_LINE),
        eq(statementAmounts.year, scope.year),
        eq(statementAmounts.column, 'actual'),
      ),
    );
  return row?.amount ?? null;
}

/** Adds the given statement tables to the municipality's, or updates those it has, in the order given. */
export async function upsertStatementTables(
  tx: Executor,
  municipalityId: string,
  tables: readonly ExchangeStatementTable[],
): Promise<void> {
  for (const [sortOrder, table] of tables.entries()) {
    const values = {
      title: table.title,
      sortOrder,
      columns: table.columns ? table.columns.map(columnSpecOf) : null,
    };
    await tx
      .insert(statementTables)
      .values({ municipalityId, key: table.key, ...values })
      .onConflictDoUpdate({ target: [statementTables.municipalityId, statementTables.key], set: values });
  }
}

/** Adds the given lines to the municipality's, or updates those it has, in order; a line naming no table is in `firstTable`. */
export async function upsertStatementLines(
  tx: Executor,
  municipalityId: string,
  lines: readonly ExchangeStatementLine[],
  firstTable: string,
): Promise<void> {
  for (const [sortOrder, line] of lines.entries()) {
    const values = {
      label: line.label,
      sumOf: line.sumOf,
      subtract: line.subtract ?? [],
      tableKey: line.table ?? firstTable,
      sortOrder,
    };
    await tx
      .insert(statementLines)
      .values({ municipalityId, key: line.key, ...values })
      .onConflictDoUpdate({ target: [statementLines.municipalityId, statementLines.key], set: values });
  }
}
