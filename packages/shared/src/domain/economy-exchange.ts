import type { ExchangeEconomy } from '../contracts/economy-exchange.ts';
import { pushAll } from './arrays.ts';
import { EARLIER_YEARS, type StatementLine, statementLineProblems } from './income-statement.ts';
import { oreFromKronor } from './money.ts';
import { grantRoundProblems } from './municipal-grant.ts';
import type { Problem } from './problem.ts';

function duplicates<T>(
  problems: Problem[],
  list: readonly T[],
  identity: (item: T) => string,
  path: string,
  what: string,
) {
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const id = identity(item);
    if (seen.has(id)) problems.push({ path: `${path}[${index}]`, message: `${what} finns redan i listan` });
    seen.add(id);
  });
}

/**
 * What the schema cannot check in a file's economy: unique keys, references to lines and
 * departments, and kommunbidrag rounds that balance. A figure on a computed line is the one an adopted
 * document printed, kept beside the computed value.
 * A year's file carries its own figures and the actuals of the years before, which its statement
 * shows. `lines` is the file's line set, or the municipality's when the file brings none.
 */
export function economyProblems(
  economy: ExchangeEconomy,
  lines: readonly StatementLine[],
  year: number,
  indicatorKeys: ReadonlySet<string>,
  followUpKeys: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  if (economy.lines) {
    duplicates(problems, economy.lines, (line) => line.key, 'economy.lines', 'Raden');
    pushAll(problems, statementLineProblems(economy.lines, 'economy.lines'));
  }
  const byKey = new Map(lines.map((line) => [line.key, line]));
  economy.amounts.forEach((amount, index) => {
    const path = `economy.amounts[${index}]`;
    const line = byKey.get(amount.line);
    if (!line)
      problems.push({
        path: `${path}.line`,
        message: `Raden "${amount.line}" finns inte i resultaträkningen`,
      });
    if (
      amount.year > year ||
      amount.year < year - EARLIER_YEARS ||
      (amount.year < year && amount.column !== 'actual')
    )
      problems.push({
        path: `${path}.year`,
        message: `Filen för ${year} har årets belopp och bokslut för de ${EARLIER_YEARS} åren före`,
      });
    const isForecast = amount.column === 'forecast';
    if (isForecast && amount.month == null)
      problems.push({ path: `${path}.month`, message: 'En prognos anger sin månad' });
    if (!isForecast && amount.column !== 'actual' && amount.month != null)
      problems.push({ path: `${path}.month`, message: 'Bara prognos och utfall har en månad' });
  });
  duplicates(
    problems,
    economy.amounts,
    (amount) => `${amount.line}|${amount.year}|${amount.column}|${amount.month ?? ''}`,
    'economy.amounts',
    'Beloppet för samma rad, år och kolumn',
  );
  duplicates(
    problems,
    economy.investments ?? [],
    (investment) => investment.key,
    'economy.investments',
    'Investeringen',
  );
  duplicates(
    problems,
    economy.departments,
    (department) => department.key,
    'economy.departments',
    'Avdelningen',
  );
  economy.departments.forEach((department, index) => {
    duplicates(
      problems,
      department.forecasts,
      (forecast) => String(forecast.month),
      `economy.departments[${index}].forecasts`,
      'Prognosen för samma månad',
    );
  });
  const departments = new Set(economy.departments.map((department) => department.key));
  economy.grantAdjustments.forEach((adjustment, index) => {
    if (!departments.has(adjustment.department))
      problems.push({
        path: `economy.grantAdjustments[${index}].department`,
        message: `Avdelningen "${adjustment.department}" finns inte i filen`,
      });
  });
  duplicates(
    problems,
    economy.grantAdjustments,
    (adjustment) => `${adjustment.month}|${adjustment.department}`,
    'economy.grantAdjustments',
    'Justeringen för samma månad och avdelning',
  );
  duplicates(problems, economy.grantRounds, (round) => String(round.month), 'economy.grantRounds', 'Månaden');
  duplicates(problems, economy.keyFigureTables, (table) => table.key, 'economy.keyFigureTables', 'Tabellen');
  economy.keyFigureTables.forEach((table, tableIndex) => {
    table.rows.forEach((row, rowIndex) => {
      if (!('indicator' in row)) return;
      for (const field of ['indicator', 'secondary'] as const) {
        const key = row[field];
        if (key !== undefined && !indicatorKeys.has(key))
          problems.push({
            path: `economy.keyFigureTables[${tableIndex}].rows[${rowIndex}].${field}`,
            message: `Indikatorn "${key}" finns inte i filen`,
          });
      }
    });
  });
  duplicates(
    problems,
    economy.significantDeviations,
    (deviation) => `${deviation.followUp}|${deviation.key}`,
    'economy.significantDeviations',
    'Avvikelsen',
  );
  economy.significantDeviations.forEach((deviation, index) => {
    if (!followUpKeys.has(deviation.followUp))
      problems.push({
        path: `economy.significantDeviations[${index}].followUp`,
        message: `Uppföljningen "${deviation.followUp}" finns inte i kommunen`,
      });
  });
  pushAll(
    problems,
    grantRoundProblems(
      economy.grantAdjustments.map((adjustment) => ({
        ...adjustment,
        amount: oreFromKronor(adjustment.amount),
      })),
      economy.grantRounds.map((round) => ({
        month: round.month,
        reason: round.reason,
        decisionAmount: round.decisionAmount == null ? null : oreFromKronor(round.decisionAmount),
      })),
      'economy.grantRounds',
    ),
  );
  return problems;
}
