import { type ImportMapping, reportFieldLabels } from '@styr/shared/contracts/economy-files';
import { kronorFromUnit, oreFromKronor, sumOre } from '@styr/shared/domain/money';
import type { Problem } from '@styr/shared/domain/problem';
import { type MappedValue, readMappedSheet, type Sheet } from '@styr/shared/domain/spreadsheet-import';
import { computedFigureProblem } from '@styr/shared/domain/spreadsheet-totals';
import type { Deps } from '../../deps.ts';
import type { YearScope } from '../authority/index.ts';
import { findEconomyReports } from './economy-reports.queries.ts';
import { amounts, normal, type TargetRead, tkrText } from './spreadsheet-targets.ts';

/**
 * State grants and kommuncentrala poster from a sheet: each row names one of the year's rows and gives its
 * amounts. Rows are the table's own, in its order; a name that occurs twice names the next row of that name, so
 * an exported table with repeated names reads back row for row. Text the export shows (speckod, bidragsgivare)
 * and what it leaves out (a post's comment) stay as they are.
 */

/** The sum row that the state grant export ends with; a space is never part of a row's key. */
const TOTAL = ' summa';

function rowResolver(rows: readonly { sortOrder: number; name: string }[]) {
  const byName = new Map<string, string[]>();
  for (const row of rows) {
    const keys = byName.get(normal(row.name)) ?? [];
    keys.push(String(row.sortOrder));
    byName.set(normal(row.name), keys);
  }
  return (label: string) => byName.get(normal(label))?.shift();
}

function fileOre(value: MappedValue, unit: ImportMapping['unit']) {
  const kronor = kronorFromUnit(value.value, unit);
  return kronor === null ? null : oreFromKronor(kronor);
}

export async function readStateGrants(deps: Deps, scope: YearScope, sheet: Sheet, mapping: ImportMapping) {
  const { grants } = await findEconomyReports(deps.db, scope);
  const resolve = rowResolver(grants);
  const read = readMappedSheet(sheet, mapping, (label) => {
    const key = resolve(label);
    if (key !== undefined) return { key };
    if (normal(label) === TOTAL.trim()) return { key: TOTAL };
    return { problem: `Statsbidraget ”${label}” finns inte i ${scope.year}` };
  });
  const entered = read.values.filter((value) => value.target !== TOTAL);
  const result: TargetRead = { writes: [], changes: [], problems: read.problems };
  for (const { value, kronor } of amounts(entered, mapping.unit, result.problems)) {
    result.writes.push({ kind: 'stateGrant', sortOrder: Number(value.target), kronor });
    result.changes.push({
      cell: value.cell,
      label: value.label,
      column: reportFieldLabels.amount,
      value: tkrText(kronor),
    });
  }
  // The sum is checked against the rows after the import: the file's amount where it has one, else the saved.
  for (const figure of read.values.filter((value) => value.target === TOTAL)) {
    const parts = grants.map((grant) => {
      const value = entered.find((candidate) => candidate.target === String(grant.sortOrder));
      return value ? fileOre(value, mapping.unit) : grant.amount;
    });
    const problem = computedFigureProblem(figure.value, mapping.unit, sumOre(parts), figure.label);
    if (problem) result.problems.push({ path: figure.cell, message: problem } satisfies Problem);
  }
  return result;
}

export async function readCentralItems(deps: Deps, scope: YearScope, sheet: Sheet, mapping: ImportMapping) {
  const { items } = await findEconomyReports(deps.db, scope);
  const resolve = rowResolver(items);
  const read = readMappedSheet(sheet, mapping, (label) => {
    const key = resolve(label);
    return key === undefined
      ? { problem: `Den kommuncentrala posten ”${label}” finns inte i ${scope.year}` }
      : { key };
  });
  const result: TargetRead = { writes: [], changes: [], problems: read.problems };
  for (const { value, kronor } of amounts(read.values, mapping.unit, result.problems)) {
    const field = value.column.field === 'budget' ? 'budget' : 'actual';
    result.writes.push({ kind: 'centralItem', sortOrder: Number(value.target), field, kronor });
    result.changes.push({
      cell: value.cell,
      label: value.label,
      column: reportFieldLabels[field],
      value: tkrText(kronor),
    });
  }
  return result;
}
