import { grantFieldLabels, type ImportMapping } from '@styr/shared/contracts/economy-files';
import { kronorFromUnit, oreFromKronor, sumOre } from '@styr/shared/domain/money';
import { grantRoundProblems, monthName } from '@styr/shared/domain/municipal-grant';
import type { Problem } from '@styr/shared/domain/problem';
import { type MappedValue, readMappedSheet, type Sheet } from '@styr/shared/domain/spreadsheet-import';
import { computedFigureProblem } from '@styr/shared/domain/spreadsheet-totals';
import type { Deps } from '../../deps.ts';
import type { YearScope } from '../authority/index.ts';
import { findDepartmentEconomy } from './economy.queries.ts';
import { amounts, normal, type TargetRead, tkrText } from './spreadsheet-targets.ts';
import { DEPARTMENT_TOTAL, DEPARTMENT_TOTAL_LABEL } from './spreadsheet-totals.ts';

const fileOre = (value: MappedValue, unit: ImportMapping['unit']) => {
  const kronor = kronorFromUnit(value.value, unit);
  return kronor === null ? null : oreFromKronor(kronor);
};

/**
 * The kommunbidrag table from a sheet: each department's budgeted kommunbidrag and its adjustment per month.
 * The sums (a department's Summa, the Summa row) are checked against the figures after the import, never saved,
 * and each month's adjustments must still balance, or add up to the month's decision.
 */
export async function readGrant(deps: Deps, scope: YearScope, sheet: Sheet, mapping: ImportMapping) {
  const { departments, adjustments, rounds } = await findDepartmentEconomy(deps.db, scope);
  const byName = new Map(departments.map((department) => [normal(department.name), department.key]));
  const read = readMappedSheet(sheet, mapping, (label) => {
    const key = byName.get(normal(label)) ?? departments.find((row) => row.key === label.trim())?.key;
    if (key) return { key };
    if (normal(label) === DEPARTMENT_TOTAL_LABEL) return { key: DEPARTMENT_TOTAL };
    return { problem: `Avdelningen ”${label}” finns inte i ${scope.year}` };
  });
  const result: TargetRead = { writes: [], changes: [], problems: read.problems };
  const isSum = (value: MappedValue) =>
    value.target === DEPARTMENT_TOTAL || value.column.field === 'grantTotal';
  const entered = read.values.filter((value) => !isSum(value));
  for (const { value, kronor } of amounts(entered, mapping.unit, result.problems)) {
    const month = value.column.month;
    if (value.column.field === 'adjustment' && month !== null) {
      result.writes.push({ kind: 'grantAdjustment', department: value.target, month, kronor });
      result.changes.push({
        cell: value.cell,
        label: value.label,
        column: `${grantFieldLabels.adjustment} ${monthName(month)}`,
        value: tkrText(kronor),
      });
    } else {
      result.writes.push({
        kind: 'department',
        department: value.target,
        field: 'grantBudget',
        month: null,
        kronor,
      });
      result.changes.push({
        cell: value.cell,
        label: value.label,
        column: grantFieldLabels.grantBudget,
        value: tkrText(kronor),
      });
    }
  }

  // The figures after the import: the file's where it gives one, else the saved.
  const inFile = (department: string, field: string, month: number | null) =>
    entered.find(
      (value) => value.target === department && value.column.field === field && value.column.month === month,
    );
  const budgetOf = (key: string) => {
    const value = inFile(key, 'grantBudget', null);
    return value
      ? fileOre(value, mapping.unit)
      : (departments.find((row) => row.key === key)?.grantBudget ?? 0n);
  };
  const months = [
    ...new Set([
      ...adjustments.map((row) => row.month),
      ...entered.flatMap((value) => value.column.month ?? []),
    ]),
  ];
  const adjustmentOf = (key: string, month: number) => {
    const value = inFile(key, 'adjustment', month);
    if (value) return fileOre(value, mapping.unit);
    return adjustments.find((row) => row.departmentKey === key && row.month === month)?.amount ?? null;
  };
  const after = departments.flatMap((department) =>
    months.flatMap((month) => {
      const amount = adjustmentOf(department.key, month);
      return amount === null ? [] : [{ department: department.key, month, amount }];
    }),
  );
  const expected = (figure: MappedValue): bigint | null => {
    const keys = figure.target === DEPARTMENT_TOTAL ? departments.map((row) => row.key) : [figure.target];
    const { field, month } = figure.column;
    if (field === 'grantBudget') return sumOre(keys.map(budgetOf));
    if (field === 'adjustment' && month !== null) return sumOre(keys.map((key) => adjustmentOf(key, month)));
    return sumOre(keys.flatMap((key) => [budgetOf(key), ...months.map((each) => adjustmentOf(key, each))]));
  };
  for (const figure of read.values.filter(isSum)) {
    const problem = computedFigureProblem(figure.value, mapping.unit, expected(figure), figure.label);
    if (problem) result.problems.push({ path: figure.cell, message: problem } satisfies Problem);
  }
  const roundsIn = rounds.map((row) => ({
    month: row.month,
    reason: row.reason,
    decisionAmount: row.decisionAmount,
  }));
  for (const problem of grantRoundProblems(after, roundsIn, 'rounds')) {
    const month = Number(/^rounds\[(\d+)\]$/.exec(problem.path)?.[1] ?? -1);
    const column = mapping.columns.find((each) => each.month === (roundsIn[month]?.month ?? null));
    const header = column ? `!${column.column}${Math.max(mapping.firstRow - 1, 1)}` : '';
    result.problems.push({ path: `${sheet.name}${header}`, message: problem.message });
  }
  return result;
}
