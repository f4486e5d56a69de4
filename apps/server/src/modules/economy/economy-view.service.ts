import type { DepartmentResult, EconomyView, StatementAmountView } from '@styr/shared/contracts/economy';
import type { StatementAmount } from '@styr/shared/domain/income-statement';
import { deviationOre, kronorFromOre, sumOre } from '@styr/shared/domain/money';
import { grantRoundProblems, grantTable } from '@styr/shared/domain/municipal-grant';
import { type Executor, readInTurn } from '../../db/executor.ts';
import type { economyDepartments, statementAmounts } from '../../db/schema/index.ts';
import type { YearScope } from '../authority/index.ts';
import {
  EQUITY_LINE,
  findDepartmentEconomy,
  findStatementAmounts,
  findStatementLines,
  findStatementTables,
} from './economy.queries.ts';
import { findEconomyReports } from './economy-reports.queries.ts';
import { presentReports } from './economy-reports.service.ts';
import { findInvestments, presentInvestments } from './investments.ts';
import { presentKeyFigures } from './key-figures.presenter.ts';
import { findKeyFigures } from './key-figures.queries.ts';
import { findSignificantDeviations, presentDeviation } from './significant-deviations.ts';
import { presentStatementTables } from './statement-tables.presenter.ts';

const kronor = (ore: bigint | null) => (ore === null ? null : kronorFromOre(ore));

export function presentAmount(row: typeof statementAmounts.$inferSelect): StatementAmountView {
  return {
    line: row.lineKey,
    year: row.year,
    column: row.column,
    month: row.month === 0 ? null : row.month,
    amount: kronor(row.amount),
    version: row.version,
  };
}

export function presentDepartment(
  row: typeof economyDepartments.$inferSelect,
  forecasts: { month: number; amount: bigint }[],
): DepartmentResult {
  return {
    key: row.key,
    name: row.name,
    resultBudget: kronor(row.resultBudget),
    resultActual: kronor(row.resultActual),
    deviation: kronor(deviationOre(row.resultActual, row.resultBudget)),
    forecasts: forecasts.map(({ month, amount }) => ({ month, amount: kronorFromOre(amount) })),
    comment: row.comment,
    version: row.version,
  };
}

/** The committee's economy in a year, every sum, result and deviation computed from what was entered. */
export async function getEconomy(db: Executor, scope: YearScope): Promise<EconomyView> {
  const [tables, lines, amountRows, departmentData, reports, keyFigures, deviations, projects] =
    await readInTurn([
      () => findStatementTables(db, scope.municipalityId),
      () => findStatementLines(db, scope.municipalityId),
      () => findStatementAmounts(db, scope),
      () => findDepartmentEconomy(db, scope),
      () => findEconomyReports(db, scope),
      () => findKeyFigures(db, scope),
      () => findSignificantDeviations(db, scope),
      () => findInvestments(db, scope),
    ]);
  const amounts: StatementAmount[] = amountRows.map((row) => ({
    line: row.lineKey,
    year: row.year,
    column: row.column,
    month: row.month === 0 ? null : row.month,
    amount: row.amount,
  }));
  const { views, closingEquity } = presentStatementTables(tables, lines, amounts, scope.year, EQUITY_LINE);
  const [first, ...others] = views;
  if (!first) throw new Error('A municipality has at least one statement table');

  const { departments, forecasts, adjustments, rounds } = departmentData;
  const forecastsOf = (key: string) => forecasts.filter((forecast) => forecast.departmentKey === key);
  const forecastMonths = [...new Set(forecasts.map((forecast) => forecast.month))].sort((a, b) => a - b);
  const grantAdjustmentsIn = adjustments.map((row) => ({
    month: row.month,
    department: row.departmentKey,
    amount: row.amount,
  }));
  const table = grantTable(
    departments.map((row) => ({ key: row.key, budget: row.grantBudget ?? 0n })),
    grantAdjustmentsIn,
  );
  const names = new Map(departments.map((row) => [row.key, row.name]));
  const grantRoundsIn = rounds.map((row) => ({
    month: row.month,
    reason: row.reason,
    decisionAmount: row.decisionAmount,
  }));
  const byMonth = (map: Map<number, bigint>) =>
    Object.fromEntries([...map].map(([month, amount]) => [String(month), kronorFromOre(amount)]));
  const totalBudget = sumOre(departments.map((row) => row.resultBudget));
  const totalActual = sumOre(departments.map((row) => row.resultActual));

  return {
    year: scope.year,
    statement: { ...first, amounts: amountRows.map(presentAmount) },
    tables: [first, ...others],
    departments: {
      rows: departments.map((row) => presentDepartment(row, forecastsOf(row.key))),
      total: {
        resultBudget: kronor(totalBudget),
        resultActual: kronor(totalActual),
        deviation: kronor(deviationOre(totalActual, totalBudget)),
        forecasts: forecastMonths.map((month) => ({
          month,
          amount: kronorFromOre(
            forecasts.filter((forecast) => forecast.month === month).reduce((sum, f) => sum + f.amount, 0n),
          ),
        })),
      },
    },
    grant: {
      months: table.months,
      rows: table.rows.map((row) => ({
        department: row.department,
        name: names.get(row.department) ?? row.department,
        budget: kronorFromOre(row.budget),
        byMonth: byMonth(row.byMonth),
        total: kronorFromOre(row.total),
      })),
      budgetTotal: kronorFromOre(table.budgetTotal),
      monthTotals: byMonth(table.monthTotals),
      total: kronorFromOre(table.total),
      rounds: grantRoundsIn.map((round) => ({ ...round, decisionAmount: kronor(round.decisionAmount) })),
      problems: grantRoundProblems(grantAdjustmentsIn, grantRoundsIn, 'rounds').map(
        (problem) => problem.message,
      ),
    },
    ...presentReports(reports, closingEquity),
    keyFigureTables: presentKeyFigures(keyFigures, scope.year),
    significantDeviations: deviations.map(presentDeviation),
    investments: presentInvestments(projects),
  };
}
