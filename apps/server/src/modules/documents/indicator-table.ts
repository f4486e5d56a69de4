import type { IndicatorColumn, IndicatorTableOptions } from '@styr/shared/contracts/document-table-options';
import type { IndicatorStatus } from '@styr/shared/contracts/indicators';
import type { CommitteeYearView, Indicator } from '@styr/shared/contracts/plan';
import { type Tone, toneSymbols } from '@styr/shared/domain/assessment';
import { type DocumentLabelKey, fillLabel } from '@styr/shared/domain/document-labels';
import type { Cell, TableBlock } from '@styr/shared/domain/document-model';
import { roundShown } from '@styr/shared/domain/indicator-status';
import {
  formatIndicatorValue,
  statusInYear,
  targetFor,
  targetText,
  yearTotal,
} from '@styr/shared/domain/indicator-values';
import { formatNumber, MISSING_TEXT } from '@styr/shared/format/number';

/**
 * "Mått/Indikator | Utfall 2020 | Utfall 2021 | Utfall 2022 | Målvärde 2022" as in the annual report; a plan
 * shows the two years before it and its own target.
 */
const defaultColumns = (plan: boolean): IndicatorColumn[] => [
  { kind: 'name' },
  { kind: 'outcome', year: -2 },
  { kind: 'outcome', year: -1 },
  ...(plan ? [] : [{ kind: 'outcome' as const, year: 0 }]),
  { kind: 'target' },
];

const defaultLabels: Record<IndicatorColumn['kind'], DocumentLabelKey> = {
  name: 'indicators.name',
  unit: 'indicators.unit',
  outcome: 'indicators.outcome',
  followUp: 'indicators.followUp',
  target: 'indicators.target',
  status: 'indicators.status',
  change: 'indicators.change',
};

const statusTones: Record<IndicatorStatus, Tone> = {
  met: 'good',
  partly: 'partial',
  notMet: 'bad',
  noValue: 'unknown',
  noTarget: 'unknown',
};

/** The measure's unit after its name or in a column of its own after the name column, unless one is chosen. */
function withUnitColumn(columns: IndicatorColumn[], unit: IndicatorTableOptions['unit']): IndicatorColumn[] {
  if (unit !== 'column' || columns.some((column) => column.kind === 'unit')) return columns;
  const at = columns.findIndex((column) => column.kind === 'name') + 1;
  return [...columns.slice(0, at), { kind: 'unit' }, ...columns.slice(at)];
}

const yearOf = (column: IndicatorColumn, year: number) =>
  year + ('year' in column && column.year !== undefined ? column.year : 0);

/**
 * A table of measures with the columns the template chose, in its order (absent: the reports' own table). A
 * missing value is "–", explained under the table; a ja/nej measure's year without any stored value is left
 * blank instead, since such a measure is often new and "uppgift saknas" would say it went unreported.
 */
export function indicatorTable(
  view: CommitteeYearView,
  indicators: readonly Indicator[],
  plan: boolean,
  options: IndicatorTableOptions = {},
): TableBlock {
  const { year, labels } = view;
  const columns = withUnitColumn(options.columns ?? defaultColumns(plan), options.unit);
  const pointName = (key: string) => view.followUpPoints.find((point) => point.key === key)?.name ?? key;
  const notes: string[] = [];
  let missing = false;
  const right = (text: string | null): Cell => {
    if (text === null) missing = true;
    return { text: text ?? MISSING_TEXT, align: 'right' };
  };

  const outcomeCell = (indicator: Indicator, columnYear: number): Cell => {
    const outcome = yearTotal(indicator, columnYear, view.followUpPoints);
    if (outcome.note) notes.push(`${indicator.name}, ${columnYear}: ${outcome.note}`);
    if (indicator.valueKind === 'yesPartlyNo' && outcome.period === null) return { text: '', align: 'right' };
    return right(formatIndicatorValue(indicator, outcome.value));
  };

  const followUpCell = (indicator: Indicator, columnYear: number, point: string): Cell => {
    const row = indicator.values.find(
      (value) => value.year === columnYear && value.period === point && value.gender === 'T',
    );
    if (row?.note) notes.push(`${indicator.name}, ${pointName(point)} ${columnYear}: ${row.note}`);
    if (indicator.valueKind === 'yesPartlyNo' && !row) return { text: '', align: 'right' };
    return right(formatIndicatorValue(indicator, row?.value ?? null));
  };

  const changeCell = (indicator: Indicator, from: number, to: number): Cell => {
    if (indicator.valueKind === 'yesPartlyNo') return { text: '', align: 'right' };
    const before = yearTotal(indicator, from, view.followUpPoints).value;
    const after = yearTotal(indicator, to, view.followUpPoints).value;
    if (before === null || after === null) return right(null);
    const change = roundShown(after, indicator.decimals) - roundShown(before, indicator.decimals);
    const text = formatNumber(change, { decimals: indicator.decimals });
    return right(change > 0 ? `+${text}` : text);
  };

  const statusCell = (indicator: Indicator, columnYear: number, show: 'tone' | 'symbol' | 'text'): Cell => {
    const status = statusInYear(indicator, columnYear, view.followUpPoints);
    const tone = statusTones[status];
    const word = labels[`indicators.status.${status}`];
    if (show === 'symbol') return { text: toneSymbols[tone], tone };
    if (show === 'text') return { text: word };
    return { text: `${toneSymbols[tone]} ${word}`, tone };
  };

  const cellOf = (indicator: Indicator, column: IndicatorColumn): Cell => {
    const columnYear = yearOf(column, year);
    switch (column.kind) {
      case 'name':
        return { text: options.unit === 'name' ? `${indicator.name} (${indicator.unit})` : indicator.name };
      case 'unit':
        return { text: indicator.unit };
      case 'outcome':
        return outcomeCell(indicator, columnYear);
      case 'followUp':
        return followUpCell(indicator, columnYear, column.point);
      case 'target':
        return right(targetText(indicator, targetFor(indicator, columnYear)));
      case 'status':
        return statusCell(indicator, columnYear, column.show ?? 'tone');
      case 'change':
        return changeCell(indicator, year + column.from, year + (column.to ?? 0));
    }
  };

  const rows = indicators.map((indicator) => columns.map((column) => cellOf(indicator, column)));
  if (missing) notes.unshift(labels['indicators.missingNote']);
  const header = columns.map((column): Cell => {
    const text = fillLabel(column.label ?? labels[defaultLabels[column.kind]], {
      year: String(yearOf(column, year)),
      point: column.kind === 'followUp' ? pointName(column.point) : '',
    });
    return column.kind === 'name' || column.kind === 'unit' || column.kind === 'status'
      ? { text }
      : { text, align: 'right' };
  });
  return {
    kind: 'table',
    header,
    rows,
    widths: columns.map((column) => columnWidths[column.kind]),
    notes,
  };
}

/** Relative widths: the name takes what the figures leave, as in the reports' tables. */
const columnWidths: Record<IndicatorColumn['kind'], number> = {
  name: 44,
  unit: 12,
  outcome: 14,
  followUp: 14,
  target: 14,
  status: 18,
  change: 14,
};
