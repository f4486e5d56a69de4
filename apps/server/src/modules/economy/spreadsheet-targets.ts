import {
  departmentFieldLabels,
  type ImportMapping,
  investmentFields,
  isDepartmentField,
  isGrantField,
  reportFields,
  type SpreadsheetImportResult,
} from '@styr/shared/contracts/economy-files';
import { pushAll } from '@styr/shared/domain/arrays';
import { EARLIER_YEARS, isComputedLine, statementColumnLabel } from '@styr/shared/domain/income-statement';
import { valueProblem } from '@styr/shared/domain/indicator-units';
import { exceedsKronorRange, kronorFromUnit } from '@styr/shared/domain/money';
import { monthName } from '@styr/shared/domain/municipal-grant';
import type { Problem } from '@styr/shared/domain/problem';
import { type MappedValue, readMappedSheet, type Sheet } from '@styr/shared/domain/spreadsheet-import';
import { formatKronor, formatNumber } from '@styr/shared/format/number';
import { and, eq, getTableColumns } from 'drizzle-orm';
import { indicators, indicatorUnits } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import type { YearScope } from '../authority/index.ts';
import { findDepartmentEconomy, findStatementAmounts, findStatementLines } from './economy.queries.ts';
import {
  DEPARTMENT_TOTAL,
  DEPARTMENT_TOTAL_LABEL,
  departmentTotalProblems,
  statementTotalProblems,
} from './spreadsheet-totals.ts';
import type { SpreadsheetWrite } from './spreadsheet-write.ts';

export interface TargetRead {
  writes: SpreadsheetWrite[];
  changes: SpreadsheetImportResult['changes'];
  problems: Problem[];
}

/**
 * Lower-case without surrounding space, so "Intäkter " in a sheet finds the line Intäkter; without the
 * apostrophe the export puts before formula-like text (safeText), so an exported name reads back as itself.
 */
export const normal = (text: string) =>
  text
    .trim()
    .replace(/^'(?=[=+\-@])/, '')
    .toLowerCase();
/**
 * Finds items by a sheet's label: the first whose name reads as the label, or whose key is the label. Indexed
 * once, so a sheet of many rows is matched against many indicators in time linear in both.
 */
function labelFinder<T extends { key: string }>(list: readonly T[], name: (item: T) => string) {
  const byName = new Map<string, number>();
  const byKey = new Map<string, number>();
  list.forEach((item, index) => {
    if (!byName.has(normal(name(item)))) byName.set(normal(name(item)), index);
    if (!byKey.has(item.key)) byKey.set(item.key, index);
  });
  return (label: string): T | undefined => {
    const named = byName.get(normal(label)) ?? list.length;
    const keyed = byKey.get(label.trim()) ?? list.length;
    return list[Math.min(named, keyed)];
  };
}

/** What a mapping's columns must say for the target, before any cell is read. */
export function mappingProblems(target: string, mapping: ImportMapping, year: number): Problem[] {
  const problems: Problem[] = [];
  mapping.columns.forEach((column, index) => {
    const path = `mapping.columns[${index}]`;
    if (column.column === mapping.labelColumn)
      problems.push({
        path,
        message: `Kolumn ${column.column} innehåller benämningarna och kan inte ha värden`,
      });
    const forecast = target === 'statement' ? column.kind === 'forecast' : column.field === 'forecast';
    if (target === 'statement') {
      if (!column.kind) problems.push({ path, message: `Välj vad kolumn ${column.column} innehåller` });
      else if (
        column.year > year ||
        column.year < year - EARLIER_YEARS ||
        (column.year < year && column.kind !== 'actual')
      )
        problems.push({
          path,
          message: `Resultaträkningen ${year} tar emot årets belopp och bokslut för de ${EARLIER_YEARS} åren före`,
        });
    }
    if (target === 'departments' && !isDepartmentField(column.field))
      problems.push({ path, message: `Välj vad kolumn ${column.column} innehåller` });
    if (target === 'stateGrants' || target === 'centralItems') {
      const allowed: readonly string[] = target === 'stateGrants' ? ['amount'] : reportFields.slice(1);
      if (!allowed.includes(column.field ?? ''))
        problems.push({ path, message: `Välj vad kolumn ${column.column} innehåller` });
      else if (column.year !== year)
        problems.push({ path, message: `Tabellen tar bara emot belopp för ${year}` });
    }
    if (target === 'investments') {
      if (!(investmentFields as readonly (string | null)[]).includes(column.field))
        problems.push({ path, message: `Välj vad kolumn ${column.column} innehåller` });
      else if (column.year !== year || column.month !== null)
        problems.push({ path, message: `Tabellen tar bara emot belopp för ${year}` });
    } else if (target === 'grant') {
      if (!isGrantField(column.field))
        problems.push({ path, message: `Välj vad kolumn ${column.column} innehåller` });
      else if (column.year !== year)
        problems.push({ path, message: `Tabellen tar bara emot belopp för ${year}` });
      if ((column.field === 'adjustment') !== (column.month !== null))
        problems.push({ path, message: 'En justering anger sin månad; andra kolumner har ingen månad' });
    } else if (target === 'statement') {
      // An outcome may be the one at a month's end of the year ("Utfall augusti"); a forecast always has its month.
      const monthly = column.kind === 'actual' && column.year === year;
      if (forecast ? column.month === null : column.month !== null && !monthly)
        problems.push({
          path,
          message: 'En prognos anger sin månad, ett utfall kan ange sin; andra kolumner har ingen månad',
        });
    } else if (target !== 'indicatorValues' && forecast !== (column.month !== null))
      problems.push({ path, message: 'En prognos anger sin månad; andra kolumner har ingen månad' });
  });
  return problems;
}

/** Amounts in the mapping's unit as exact kronor; finer than öre is a problem at its cell. */
export function amounts(values: MappedValue[], unit: ImportMapping['unit'], problems: Problem[]) {
  return values.flatMap((value) => {
    const kronor = kronorFromUnit(value.value, unit);
    if (kronor !== null) return [{ value, kronor }];
    problems.push({
      path: value.cell,
      message: exceedsKronorRange(value.value, unit)
        ? 'Beloppet är för stort; ett belopp har högst 15 siffror i hela kronor'
        : `Beloppet har fler decimaler än hela ören i ${unit}`,
    });
    return [];
  });
}

export const tkrText = (kronor: string) => `${formatKronor(kronor, { unit: 'tkr', decimals: 0 })} tkr`;

export async function readStatement(deps: Deps, scope: YearScope, sheet: Sheet, mapping: ImportMapping) {
  const [lines, saved] = await Promise.all([
    findStatementLines(deps.db, scope.municipalityId),
    findStatementAmounts(deps.db, scope),
  ]);
  const findLine = labelFinder(lines, (candidate) => candidate.label);
  const read = readMappedSheet(sheet, mapping, (label) => {
    const line = findLine(label);
    return line ? { key: line.key } : { problem: `Raden ”${label}” finns inte i resultaträkningen` };
  });
  const isComputed = (value: MappedValue) => {
    const line = lines.find((candidate) => candidate.key === value.target);
    return line !== undefined && isComputedLine(line);
  };
  const entered = read.values.filter((value) => !isComputed(value));
  const computed = read.values.filter(isComputed);
  const result: TargetRead = { writes: [], changes: [], problems: read.problems };
  for (const { value, kronor } of amounts(entered, mapping.unit, result.problems)) {
    const column = {
      kind: value.column.kind ?? 'actual',
      year: value.column.year,
      month: value.column.month,
    };
    result.writes.push({
      kind: 'amount',
      line: value.target,
      column: column.kind,
      year: column.year,
      month: column.month,
      kronor,
    });
    result.changes.push({
      cell: value.cell,
      label: value.label,
      column: statementColumnLabel(column),
      value: tkrText(kronor),
    });
  }
  pushAll(result.problems, statementTotalProblems(lines, saved, entered, computed, mapping.unit));
  return result;
}

export async function readDepartments(deps: Deps, scope: YearScope, sheet: Sheet, mapping: ImportMapping) {
  const { departments, forecasts } = await findDepartmentEconomy(deps.db, scope);
  const findDepartment = labelFinder(departments, (candidate) => candidate.name);
  const read = readMappedSheet(sheet, mapping, (label) => {
    const department = findDepartment(label);
    if (department) return { key: department.key };
    if (normal(label) === DEPARTMENT_TOTAL_LABEL) return { key: DEPARTMENT_TOTAL };
    return { problem: `Avdelningen ”${label}” finns inte i ${scope.year}` };
  });
  const isTotal = (value: MappedValue) => value.target === DEPARTMENT_TOTAL;
  const entered = read.values.filter((value) => !isTotal(value));
  const result: TargetRead = { writes: [], changes: [], problems: read.problems };
  for (const { value, kronor } of amounts(entered, mapping.unit, result.problems)) {
    const field = isDepartmentField(value.column.field) ? value.column.field : 'resultActual';
    result.writes.push({
      kind: 'department',
      department: value.target,
      field,
      month: value.column.month,
      kronor,
    });
    const column =
      field === 'forecast' ? `Prognos ${monthName(value.column.month ?? 0)}` : departmentFieldLabels[field];
    result.changes.push({ cell: value.cell, label: value.label, column, value: tkrText(kronor) });
  }
  const totals = read.values.filter(isTotal);
  pushAll(result.problems, departmentTotalProblems(departments, forecasts, entered, totals, mapping.unit));
  return result;
}

export async function readIndicatorValues(
  deps: Deps,
  scope: YearScope,
  sheet: Sheet,
  mapping: ImportMapping,
) {
  const rows = await deps.db
    .select({ ...getTableColumns(indicators), valueKind: indicatorUnits.valueKind })
    .from(indicators)
    .innerJoin(
      indicatorUnits,
      and(
        eq(indicatorUnits.municipalityId, indicators.municipalityId),
        eq(indicatorUnits.unit, indicators.unit),
      ),
    )
    .where(
      and(eq(indicators.municipalityId, scope.municipalityId), eq(indicators.committeeId, scope.committeeId)),
    );
  const findIndicator = labelFinder(rows, (candidate) => candidate.name);
  const byId = new Map(rows.map((row) => [row.id, row]));
  // A key figure table has heading rows between its indicators.
  const read = readMappedSheet(
    sheet,
    mapping,
    (label) => {
      const indicator = findIndicator(label);
      return indicator ? { key: indicator.id } : { problem: `Indikatorn ”${label}” finns inte hos nämnden` };
    },
    { headings: true },
  );
  const result: TargetRead = { writes: [], changes: [], problems: read.problems };
  for (const value of read.values) {
    const indicator = byId.get(value.target);
    const refusal = indicator ? valueProblem(indicator.valueKind, value.value) : null;
    if (refusal) {
      result.problems.push({ path: value.cell, message: refusal });
      continue;
    }
    result.writes.push({
      kind: 'indicatorValue',
      indicatorId: value.target,
      year: value.column.year,
      value: value.value,
    });
    result.changes.push({
      cell: value.cell,
      label: value.label,
      column: `Utfall ${value.column.year}`,
      value: formatNumber(value.value, { decimals: indicator?.decimals ?? 0 }),
    });
  }
  return result;
}
