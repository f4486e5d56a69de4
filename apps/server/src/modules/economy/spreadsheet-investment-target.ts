import {
  type ImportMapping,
  type InvestmentField,
  investmentFieldLabels,
} from '@styr/shared/contracts/economy-files';
import { kronorFromUnit, oreFromKronor, sumOre } from '@styr/shared/domain/money';
import { readMappedSheet, type Sheet } from '@styr/shared/domain/spreadsheet-import';
import { computedFigureProblem } from '@styr/shared/domain/spreadsheet-totals';
import type { Deps } from '../../deps.ts';
import type { YearScope } from '../authority/index.ts';
import { findInvestments } from './investments.ts';
import { amounts, normal, type TargetRead, tkrText } from './spreadsheet-targets.ts';
import { DEPARTMENT_TOTAL, DEPARTMENT_TOTAL_LABEL } from './spreadsheet-totals.ts';

const fieldOf = (field: string | null): InvestmentField =>
  field === 'actual' || field === 'forecast' ? field : 'budget';

/**
 * Investment projects from a sheet: each row names one of the year's projects (by name or key) and gives its
 * budget, outcome or forecast. The Summa row is checked against the projects after the import, never saved.
 */
export async function readInvestments(deps: Deps, scope: YearScope, sheet: Sheet, mapping: ImportMapping) {
  const projects = await findInvestments(deps.db, scope);
  const byName = new Map(projects.map((project) => [normal(project.name), project.key]));
  const read = readMappedSheet(sheet, mapping, (label) => {
    const key = byName.get(normal(label)) ?? projects.find((project) => project.key === label.trim())?.key;
    if (key) return { key };
    if (normal(label) === DEPARTMENT_TOTAL_LABEL) return { key: DEPARTMENT_TOTAL };
    return { problem: `Investeringen ”${label}” finns inte i ${scope.year}` };
  });
  const entered = read.values.filter((value) => value.target !== DEPARTMENT_TOTAL);
  const result: TargetRead = { writes: [], changes: [], problems: read.problems };
  for (const { value, kronor } of amounts(entered, mapping.unit, result.problems)) {
    const field = fieldOf(value.column.field);
    result.writes.push({ kind: 'investment', key: value.target, field, kronor });
    result.changes.push({
      cell: value.cell,
      label: value.label,
      column: investmentFieldLabels[field],
      value: tkrText(kronor),
    });
  }
  for (const figure of read.values.filter((value) => value.target === DEPARTMENT_TOTAL)) {
    const field = fieldOf(figure.column.field);
    const parts = projects.map((project) => {
      const value = entered.find(
        (candidate) => candidate.target === project.key && fieldOf(candidate.column.field) === field,
      );
      const kronor = value ? kronorFromUnit(value.value, mapping.unit) : null;
      return value ? (kronor === null ? null : oreFromKronor(kronor)) : project[field];
    });
    const problem = computedFigureProblem(figure.value, mapping.unit, sumOre(parts), figure.label);
    if (problem) result.problems.push({ path: figure.cell, message: problem });
  }
  return result;
}
