import { type ImportMapping, isDepartmentField } from '@styr/shared/contracts/economy-files';
import { resolveColumn, type StatementLine } from '@styr/shared/domain/income-statement';
import { kronorFromUnit, oreFromKronor, sumOre } from '@styr/shared/domain/money';
import type { Problem } from '@styr/shared/domain/problem';
import type { MappedValue } from '@styr/shared/domain/spreadsheet-import';
import { computedFigureProblem } from '@styr/shared/domain/spreadsheet-totals';

/**
 * Computed figures in a file (result lines, the sum row of an exported table) are checked, never saved: each
 * must agree with what its parts compute to after the import, taking a part from the file where the file has it
 * and from the saved figures otherwise.
 */

/** The label of the sum row that the department export ends with. */
export const DEPARTMENT_TOTAL_LABEL = 'summa';
/** The sum row's target; a space is never part of a department's key, so no department can be taken for it. */
export const DEPARTMENT_TOTAL = ' summa';

const fileOre = (value: MappedValue, unit: ImportMapping['unit']) => {
  const kronor = kronorFromUnit(value.value, unit);
  return kronor === null ? null : oreFromKronor(kronor);
};

const columnId = (value: MappedValue) =>
  `${value.column.kind ?? value.column.field}|${value.column.year}|${value.column.month ?? 0}`;

export interface SavedAmount {
  lineKey: string;
  year: number;
  column: string;
  month: number;
  amount: bigint | null;
}

export function statementTotalProblems(
  lines: readonly StatementLine[],
  saved: readonly SavedAmount[],
  entered: readonly MappedValue[],
  computed: readonly MappedValue[],
  unit: ImportMapping['unit'],
): Problem[] {
  return computed.flatMap((figure) => {
    const { kind, year, month } = figure.column;
    const savedIn = (lineKey: string) =>
      saved.find(
        (amount) =>
          amount.lineKey === lineKey &&
          amount.year === year &&
          amount.column === kind &&
          amount.month === (month ?? 0),
      );
    // A printed figure stored on the line (an adopted document's) reads back as itself.
    const printed = savedIn(figure.target);
    if (printed && printed.amount !== null && printed.amount === fileOre(figure, unit)) return [];
    const inFile = (lineKey: string) =>
      entered.find((value) => value.target === lineKey && columnId(value) === columnId(figure));
    const column = resolveColumn(lines, (lineKey) => {
      const value = inFile(lineKey);
      if (value) return fileOre(value, unit);
      return savedIn(lineKey)?.amount ?? null;
    });
    const problem = computedFigureProblem(
      figure.value,
      unit,
      column.get(figure.target) ?? null,
      figure.label,
    );
    return problem ? [{ path: figure.cell, message: problem }] : [];
  });
}

export interface SavedDepartment {
  key: string;
  resultActual: bigint | null;
  resultBudget: bigint | null;
  grantBudget: bigint | null;
}

export function departmentTotalProblems(
  departments: readonly SavedDepartment[],
  forecasts: readonly { departmentKey: string; month: number; amount: bigint }[],
  entered: readonly MappedValue[],
  totals: readonly MappedValue[],
  unit: ImportMapping['unit'],
): Problem[] {
  return totals.flatMap((figure) => {
    const field = isDepartmentField(figure.column.field) ? figure.column.field : 'resultActual';
    const parts = departments.map((department) => {
      const value = entered.find(
        (candidate) => candidate.target === department.key && columnId(candidate) === columnId(figure),
      );
      if (value) return fileOre(value, unit);
      if (field !== 'forecast') return department[field];
      return (
        forecasts.find(
          (forecast) => forecast.departmentKey === department.key && forecast.month === figure.column.month,
        )?.amount ?? null
      );
    });
    const problem = computedFigureProblem(figure.value, unit, sumOre(parts), figure.label);
    return problem ? [{ path: figure.cell, message: problem }] : [];
  });
}
