import type { ExchangeEconomy } from '@styr/shared/contracts/economy-exchange';
import { statementColumnKinds } from '@styr/shared/domain/income-statement';
import { kronorFromOre } from '@styr/shared/domain/money';
import { defaultStatementTable, writtenColumn } from '@styr/shared/domain/statement-tables';
import { type Executor, readInTurn } from '../../db/executor.ts';
import type { YearScope } from '../authority/index.ts';
import {
  findDepartmentEconomy,
  findEconomyReports,
  findInvestments,
  findKeyFigures,
  findSignificantDeviations,
  findStatementAmounts,
  findStatementLines,
  findStatementTables,
  presentDeviation,
} from '../economy/index.ts';
import { compareText, inOrder } from './export-order.ts';

const kronor = (ore: bigint | null) => (ore === null ? null : kronorFromOre(ore));

/** The year's economy in the open format, in a fixed order; absent when the year has none. */
export async function exportEconomy(db: Executor, scope: YearScope): Promise<ExchangeEconomy | undefined> {
  const [
    statementTables,
    lines,
    amounts,
    { departments: storedDepartments, forecasts, adjustments, rounds },
    { grants, items, equity },
    figures,
  ] = await readInTurn([
    () => findStatementTables(db, scope.municipalityId),
    () => findStatementLines(db, scope.municipalityId),
    () => findStatementAmounts(db, scope),
    () => findDepartmentEconomy(db, scope),
    () => findEconomyReports(db, scope),
    () => findKeyFigures(db, scope),
  ]);
  const projects = await findInvestments(db, scope);
  const deviations = (await findSignificantDeviations(db, scope)).sort(
    (a, b) => a.sortOrder - b.sortOrder || compareText(a.followUp, b.followUp) || compareText(a.key, b.key),
  );
  const departments = inOrder(storedDepartments);
  const tables = inOrder(figures.tables);
  const lists = [amounts, departments, rounds, grants, items, tables, deviations, projects];
  const keyOfIndicator = new Map(figures.indicators.map((indicator) => [indicator.id, indicator.key]));
  if (lists.every((list) => list.length === 0) && !equity) return undefined;
  const lineOrder = new Map(lines.map((line, index) => [line.key, index]));
  const columnOrder = (column: string) => statementColumnKinds.indexOf(column as never);
  const departmentOrder = new Map(departments.map((row, index) => [row.key, index]));
  // Tables are written only when they are not the one default resultaträkning, so such files stay as they were.
  const ownTables = JSON.stringify(statementTables) !== JSON.stringify([defaultStatementTable]);
  return {
    ...(ownTables && {
      tables: statementTables.map(({ key, title, columns }) => ({
        key,
        title,
        ...(columns ? { columns: columns.map(writtenColumn) } : {}),
      })),
    }),
    // A line's table and subtracted parts are written only where they are not the default.
    lines: lines.map((line) => ({
      key: line.key,
      label: line.label,
      sumOf: [...line.sumOf],
      ...(line.subtract.length > 0 && { subtract: [...line.subtract] }),
      ...(line.table !== statementTables[0]?.key && { table: line.table }),
    })),
    amounts: amounts
      .sort(
        (a, b) =>
          (lineOrder.get(a.lineKey) ?? 0) - (lineOrder.get(b.lineKey) ?? 0) ||
          b.year - a.year ||
          columnOrder(a.column) - columnOrder(b.column) ||
          a.month - b.month,
      )
      .map((row) => ({
        line: row.lineKey,
        year: row.year,
        column: row.column,
        ...(row.month !== 0 && { month: row.month }),
        amount: kronor(row.amount),
      })),
    departments: departments.map((row) => ({
      key: row.key,
      name: row.name,
      resultBudget: kronor(row.resultBudget),
      resultActual: kronor(row.resultActual),
      forecasts: forecasts
        .filter((forecast) => forecast.departmentKey === row.key)
        .map((forecast) => ({ month: forecast.month, amount: kronorFromOre(forecast.amount) })),
      comment: row.comment,
      grantBudget: kronor(row.grantBudget),
    })),
    grantAdjustments: adjustments
      .sort(
        (a, b) =>
          a.month - b.month ||
          (departmentOrder.get(a.departmentKey) ?? 0) - (departmentOrder.get(b.departmentKey) ?? 0),
      )
      .map((row) => ({ month: row.month, department: row.departmentKey, amount: kronorFromOre(row.amount) })),
    grantRounds: rounds.map((row) => ({
      month: row.month,
      reason: row.reason,
      decisionAmount: kronor(row.decisionAmount),
    })),
    stateGrants: grants.map((row) => ({
      name: row.name,
      amount: kronorFromOre(row.amount),
      code: row.code,
      grantor: row.grantor,
    })),
    centralItems: items.map((row) => ({
      name: row.name,
      actual: kronor(row.actual),
      budget: kronor(row.budget),
      comment: row.comment,
    })),
    equity: equity
      ? {
          decidedLevel: kronor(equity.decidedLevel),
          proposedLevel: kronor(equity.proposedLevel),
          assessment: equity.assessment,
        }
      : null,
    keyFigureTables: tables.map((table) => ({
      key: table.key,
      title: table.title,
      rows: figures.rows
        .filter((row) => row.tableKey === table.key)
        .map((row) =>
          row.indicatorId === null
            ? { heading: row.heading ?? '' }
            : {
                indicator: keyOfIndicator.get(row.indicatorId) ?? '',
                showChange: row.showChange,
                // Written only when set, so files from before secondary values export as they were.
                ...(row.secondaryIndicatorId !== null && {
                  secondary: keyOfIndicator.get(row.secondaryIndicatorId) ?? '',
                }),
              },
        ),
    })),
    significantDeviations: deviations.map((row) => {
      const { version: _version, ...deviation } = presentDeviation(row);
      return deviation;
    }),
    // Written only when the year has investments, so files from before them export as they were.
    ...(projects.length > 0 && {
      investments: projects.map((row) => ({
        key: row.key,
        name: row.name,
        budget: kronor(row.budget),
        actual: kronor(row.actual),
        forecast: kronor(row.forecast),
        comment: row.comment,
      })),
    }),
  };
}
