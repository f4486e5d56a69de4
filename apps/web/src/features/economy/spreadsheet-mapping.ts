import type { StatementColumnView } from '@styr/shared/contracts/economy';
import {
  type ColumnMapping,
  departmentFieldLabels,
  departmentFields,
  grantFieldLabels,
  type ImportMapping,
  type ImportTarget,
  investmentFieldLabels,
  investmentFields,
  type ReportField,
  reportFieldLabels,
  type SheetPreview,
} from '@styr/shared/contracts/economy-files';
import { columnLetter } from '@styr/shared/domain/csv';
import {
  EARLIER_YEARS,
  type StatementColumnKind,
  statementColumnLabel,
} from '@styr/shared/domain/income-statement';
import { monthName } from '@styr/shared/domain/municipal-grant';
import { styrExportMapping } from '@styr/shared/domain/styr-export';
import { readYearHeader } from '@styr/shared/domain/year-header';

export interface MappingState {
  target: ImportTarget;
  sheet: string;
  firstRow: string;
  labelColumn: string;
  unit: 'kr' | 'tkr' | 'mnkr';
  /** What each column holds, by letter: "" to skip it, else a choice's value. */
  columns: Record<string, string>;
}

/** A file Styr exported for the year is mapped as it was written; any other file starts from its first sheet. */
export function initialMapping(
  preview: SheetPreview,
  year: number,
  statementColumns: readonly StatementColumnView[] = [],
): MappingState {
  for (const sheet of preview.sheets) {
    const recognized = styrExportMapping(sheet, year, statementColumns);
    if (!recognized) continue;
    const { target, mapping } = recognized;
    const choices = columnChoices(target, year);
    const columns = mapping.columns.flatMap(({ column, ...wanted }) => {
      const choice = choices.find(
        (candidate) =>
          candidate.column.kind === wanted.kind &&
          candidate.column.field === wanted.field &&
          candidate.column.year === wanted.year &&
          candidate.column.month === wanted.month,
      );
      return choice ? [[column, choice.value] as const] : [];
    });
    return {
      target,
      sheet: mapping.sheet,
      firstRow: String(mapping.firstRow),
      labelColumn: mapping.labelColumn,
      unit: mapping.unit,
      columns: Object.fromEntries(columns),
    };
  }
  const first = preview.sheets.find((sheet) => sheet.rowCount > 0) ?? preview.sheets[0];
  return {
    target: 'statement',
    sheet: first?.name ?? '',
    firstRow: '2',
    labelColumn: 'A',
    unit: 'tkr',
    columns: yearColumns(first?.rows[0] ?? [], year),
  };
}

/**
 * Columns of the statement that a first row names by year ("2021", "Bokslut 2021", "Budget 2022", "2021-12-31"),
 * as a first suggestion; a year without a word is taken as an outcome, and the person can change any of them.
 */
function yearColumns(headers: readonly string[], year: number): Record<string, string> {
  const values = new Set(columnChoices('statement', year).map((choice) => choice.value));
  return Object.fromEntries(
    headers.slice(1).flatMap((header, index) => {
      const named = readYearHeader(header);
      const value = named && `${named.kind ?? 'actual'}-${named.year}-0`;
      return value && values.has(value) ? [[columnLetter(index + 1), value]] : [];
    }),
  );
}

export const sheetColumns = (preview: SheetPreview, sheetName: string) => {
  const sheet = preview.sheets.find((candidate) => candidate.name === sheetName);
  return Array.from({ length: Math.min(sheet?.columnCount ?? 0, 52) }, (_, index) => columnLetter(index));
};

interface Choice {
  value: string;
  label: string;
  column: Omit<ColumnMapping, 'column'>;
}

/**
 * What a column can hold: the statement's columns of the year (and earlier actuals), a department figure, a
 * department's kommunbidrag budget, monthly adjustment or sum, a state grant's amount, a kommuncentral post's outcome or budget, or a year of indicator values.
 */
export function columnChoices(target: ImportTarget, year: number): Choice[] {
  const years = Array.from({ length: EARLIER_YEARS + 1 }, (_, index) => year - index);
  if (target === 'indicatorValues')
    return years.map((valueYear) => ({
      value: String(valueYear),
      label: `Utfall ${valueYear}`,
      column: { kind: null, field: null, year: valueYear, month: null },
    }));
  if (target === 'stateGrants' || target === 'centralItems') {
    const fields: ReportField[] = target === 'stateGrants' ? ['amount'] : ['actual', 'budget'];
    return fields.map((field) => ({
      value: field,
      label: reportFieldLabels[field],
      column: { kind: null, field, year, month: null },
    }));
  }
  if (target === 'investments')
    return investmentFields.map((field) => ({
      value: field,
      label: investmentFieldLabels[field],
      column: { kind: null, field, year, month: null },
    }));
  if (target === 'grant')
    return [
      {
        value: 'grantBudget',
        label: grantFieldLabels.grantBudget,
        column: { kind: null, field: 'grantBudget', year, month: null },
      },
      ...Array.from({ length: 12 }, (_, index) => ({
        value: `adjustment-${index + 1}`,
        label: `${grantFieldLabels.adjustment} ${monthName(index + 1)}`,
        column: { kind: null, field: 'adjustment' as const, year, month: index + 1 },
      })),
      {
        value: 'grantTotal',
        label: `${grantFieldLabels.grantTotal} (kontrolleras)`,
        column: { kind: null, field: 'grantTotal', year, month: null },
      },
    ];
  if (target === 'departments')
    return [
      ...departmentFields
        .filter((field) => field !== 'forecast')
        .map((field) => ({
          value: field,
          label: departmentFieldLabels[field],
          column: { kind: null, field, year, month: null },
        })),
      ...Array.from({ length: 12 }, (_, index) => ({
        value: `forecast-${index + 1}`,
        label: `Prognos ${monthName(index + 1)}`,
        column: { kind: null, field: 'forecast' as const, year, month: index + 1 },
      })),
    ];
  const own: { kind: StatementColumnKind; month: number | null }[] = [
    { kind: 'actual', month: null },
    { kind: 'budget', month: null },
    { kind: 'revisedBudget', month: null },
    ...Array.from({ length: 12 }, (_, index) => ({ kind: 'forecast' as const, month: index + 1 })),
  ];
  return [
    ...own.map(({ kind, month }) => ({
      value: `${kind}-${year}-${month ?? 0}`,
      label: statementColumnLabel({ kind, year, month }),
      column: { kind, field: null, year, month },
    })),
    ...years.slice(1).map((earlier) => ({
      value: `actual-${earlier}-0`,
      label: statementColumnLabel({ kind: 'actual', year: earlier, month: null }),
      column: { kind: 'actual' as const, field: null, year: earlier, month: null },
    })),
  ];
}

/** The mapping the API takes, from what the person chose. */
export function toMapping(state: MappingState, year: number): ImportMapping {
  const choices = columnChoices(state.target, year);
  return {
    sheet: state.sheet,
    firstRow: Number(state.firstRow),
    labelColumn: state.labelColumn,
    unit: state.unit,
    columns: Object.entries(state.columns).flatMap(([column, value]) => {
      const choice = choices.find((candidate) => candidate.value === value);
      return choice ? [{ column, ...choice.column }] : [];
    }),
  };
}
