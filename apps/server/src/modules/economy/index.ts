export {
  ensureStatementLines,
  ensureStatementTables,
  findDepartmentEconomy,
  findStatementAmounts,
  findStatementLines,
  findStatementTables,
  shownInStatement,
  type TableLine,
  upsertStatementLines,
  upsertStatementTables,
} from './economy.queries.ts';
export { findEconomyReports } from './economy-reports.queries.ts';
export { getEconomy } from './economy-view.service.ts';
export { findInvestments } from './investments.ts';
export { findKeyFigures } from './key-figures.queries.ts';
export { findSignificantDeviations, presentDeviation } from './significant-deviations.ts';
