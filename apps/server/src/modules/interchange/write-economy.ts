import type { ExchangeEconomy } from '@styr/shared/contracts/economy-exchange';
import { economyProblems } from '@styr/shared/domain/economy-exchange';
import { EARLIER_YEARS } from '@styr/shared/domain/income-statement';
import { oreFromKronor } from '@styr/shared/domain/money';
import { and, eq, notInArray } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import {
  departmentForecasts,
  economyDepartments,
  grantAdjustments,
  grantRounds,
  statementAmounts,
  statementLines,
  statementTables,
} from '../../db/schema/index.ts';
import { importRefused } from '../../import-errors.ts';
import type { YearScope } from '../authority/index.ts';
import {
  ensureStatementLines,
  ensureStatementTables,
  shownInStatement,
  upsertStatementLines,
  upsertStatementTables,
} from '../economy/index.ts';
import type { Frozen } from './import-frozen.ts';
import { writeEconomyReports } from './write-economy-reports.ts';

const ore = (kronor: string | null | undefined) => (kronor == null ? null : oreFromKronor(kronor));

/** Removes the lines, and then the tables, a new municipality was given by default that the file does not name. */
async function dropDefaultsNotIn(tx: Tx, municipalityId: string, economy: ExchangeEconomy) {
  if (economy.lines)
    await tx.delete(statementLines).where(
      and(
        eq(statementLines.municipalityId, municipalityId),
        notInArray(
          statementLines.key,
          economy.lines.map((line) => line.key),
        ),
      ),
    );
  if (economy.tables)
    await tx.delete(statementTables).where(
      and(
        eq(statementTables.municipalityId, municipalityId),
        notInArray(
          statementTables.key,
          economy.tables.map((table) => table.key),
        ),
      ),
    );
}

/**
 * Replaces the year's economy with the file's: the statement figures of the year and the actuals of
 * the years before (those of an adopted year stay as stored), the departments with their forecasts and the
 * kommunbidrag. Lines the file brings are added to or update the municipality's line set when `writeLines`;
 * other lines stay, as other committees use them.
 */
export async function writeEconomy(
  tx: Tx,
  scope: YearScope,
  economy: ExchangeEconomy,
  {
    source,
    indicators,
    followUpKeys,
    writeLines = true,
    replaceLines = false,
    frozen,
  }: {
    source: string;
    indicators: ReadonlyMap<string, string>;
    followUpKeys: ReadonlySet<string>;
    writeLines?: boolean;
    /** The municipality is the file's own new one: its lines and tables are the file's, the defaults go. */
    replaceLines?: boolean;
    frozen?: Pick<Frozen, 'amount'>;
  },
) {
  const { municipalityId, committeeId, year } = scope;
  if (economy.tables && writeLines) {
    await ensureStatementTables(tx, municipalityId);
    await upsertStatementTables(tx, municipalityId, economy.tables);
  }
  // A municipality new with this file has the file's lines and tables only: the defaults it was made with go first.
  if (replaceLines && writeLines) await dropDefaultsNotIn(tx, municipalityId, economy);
  if (economy.lines && writeLines) {
    const tables = await ensureStatementTables(tx, municipalityId);
    const unknown = economy.lines.flatMap((line, index) =>
      line.table === undefined || tables.some((table) => table.key === line.table)
        ? []
        : [
            {
              path: `economy.lines[${index}].table`,
              message: `Tabellen "${line.table}" finns inte bland kommunens resultaträkningar`,
            },
          ],
    );
    if (unknown.length > 0) throw importRefused(source, unknown);
    await upsertStatementLines(tx, municipalityId, economy.lines, tables[0]?.key ?? '');
  }
  const lines = await ensureStatementLines(tx, municipalityId);
  const problems = economyProblems(economy, lines, year, new Set(indicators.keys()), followUpKeys);
  if (problems.length > 0) throw importRefused(source, problems);

  const committee = (table: typeof grantRounds | typeof economyDepartments) =>
    and(eq(table.municipalityId, municipalityId), eq(table.committeeId, committeeId));
  // The earlier years' figures shown are actuals, which belong to the year's last follow-up: month 0.
  const keptYears = Array.from({ length: EARLIER_YEARS }, (_, index) => year - EARLIER_YEARS + index).filter(
    (earlier) => frozen?.amount(earlier, null),
  );
  await tx
    .delete(statementAmounts)
    .where(
      keptYears.length > 0
        ? and(shownInStatement(scope), notInArray(statementAmounts.year, keptYears))
        : shownInStatement(scope),
    );
  const amounts = economy.amounts.filter((amount) => !frozen?.amount(amount.year, amount.month));
  if (amounts.length > 0)
    await tx.insert(statementAmounts).values(
      amounts.map((amount) => ({
        ...scope,
        lineKey: amount.line,
        year: amount.year,
        column: amount.column,
        month: amount.month ?? 0,
        amount: ore(amount.amount),
      })),
    );

  // Forecasts and adjustments go with their departments (on delete cascade).
  await tx
    .delete(economyDepartments)
    .where(and(committee(economyDepartments), eq(economyDepartments.year, year)));
  await tx.delete(grantRounds).where(and(committee(grantRounds), eq(grantRounds.year, year)));
  if (economy.departments.length > 0)
    await tx.insert(economyDepartments).values(
      economy.departments.map((department, sortOrder) => ({
        ...scope,
        key: department.key,
        name: department.name,
        sortOrder,
        resultBudget: ore(department.resultBudget),
        resultActual: ore(department.resultActual),
        grantBudget: ore(department.grantBudget),
        comment: department.comment ?? null,
      })),
    );
  const forecasts = economy.departments.flatMap((department) =>
    department.forecasts.map((forecast) => ({
      ...scope,
      departmentKey: department.key,
      month: forecast.month,
      amount: oreFromKronor(forecast.amount),
    })),
  );
  if (forecasts.length > 0) await tx.insert(departmentForecasts).values(forecasts);
  if (economy.grantAdjustments.length > 0)
    await tx.insert(grantAdjustments).values(
      economy.grantAdjustments.map((adjustment) => ({
        ...scope,
        month: adjustment.month,
        departmentKey: adjustment.department,
        amount: oreFromKronor(adjustment.amount),
      })),
    );
  await writeEconomyReports(tx, scope, economy, indicators);
  if (economy.grantRounds.length > 0)
    await tx.insert(grantRounds).values(
      economy.grantRounds.map((round) => ({
        ...scope,
        month: round.month,
        reason: round.reason,
        decisionAmount: ore(round.decisionAmount),
      })),
    );
}
