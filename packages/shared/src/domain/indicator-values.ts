// How an indicator's outcomes are read and shown, the same in the web app, the API and the documents.
import type { Target } from '../contracts/indicators.ts';
import type { Indicator } from '../contracts/plan.ts';
import { formatNumber, formatPercent } from '../format/number.ts';
import { largest, smallest } from './arrays.ts';
import { indicatorStatus } from './indicator-status.ts';
import { yesNoValues } from './yes-no.ts';

/** A follow-up point as far as ordering periods goes. */
export interface PeriodMonth {
  key: string;
  month: number;
}

export interface YearTotal {
  year: number;
  /** null when missing ("uppgift saknas"), which is never zero. */
  value: number | null;
  /** The period the total comes from: "year", or the latest follow-up when there is no whole-year value. */
  period: string | null;
  note: string | null;
}

/**
 * The year's outcome: the whole-year total, else the latest follow-up's total.
 * A year with no row at all is missing too.
 */
export function yearTotal(
  indicator: Pick<Indicator, 'values'>,
  year: number,
  points: readonly PeriodMonth[],
): YearTotal {
  const monthOf = (period: string) => points.find((point) => point.key === period)?.month ?? 13;
  const rows = indicator.values.filter((value) => value.year === year && value.gender === 'T');
  const row =
    rows.find((value) => value.period === 'year') ??
    [...rows].sort((a, b) => monthOf(b.period) - monthOf(a.period))[0];
  return { year, value: row?.value ?? null, period: row?.period ?? null, note: row?.note ?? null };
}

/** "8,85", "78 %", "Ja"; null for a missing value, which the caller shows as missing. */
export function formatIndicatorValue(
  indicator: Pick<Indicator, 'valueKind' | 'decimals'>,
  value: number | null,
) {
  if (value === null) return null;
  if (indicator.valueKind === 'yesPartlyNo') {
    if (value === yesNoValues.ja) return 'Ja';
    if (value === yesNoValues.nej) return 'Nej';
    if (value === yesNoValues.delvis) return 'Delvis';
  }
  if (indicator.valueKind === 'share') return formatPercent(value, { decimals: indicator.decimals });
  return formatNumber(value, { decimals: indicator.decimals });
}

/** "8,90", "Högre än 2021", "Ja"; null when the year has no target. */
export function targetText(indicator: Pick<Indicator, 'valueKind' | 'decimals'>, target: Target | null) {
  if (!target) return null;
  if (target.kind === 'relative')
    return `${target.relation === 'higher' ? 'Högre' : 'Lägre'} än ${target.baseYear}`;
  if (target.kind === 'yesNo') return target.value === 'ja' ? 'Ja' : 'Nej';
  return formatIndicatorValue(indicator, target.value);
}

export function targetFor(indicator: Pick<Indicator, 'targets'>, year: number): Target | null {
  return indicator.targets.find((entry) => entry.year === year)?.target ?? null;
}

/** Every year from the first to the last with a value or target, so that a year without data shows as a gap. */
export function seriesYears(indicator: Pick<Indicator, 'values' | 'targets'>, through?: number): number[] {
  const years = [
    ...indicator.values.map((value) => value.year),
    ...indicator.targets.map((target) => target.year),
  ].filter((year) => through === undefined || year <= through);
  if (years.length === 0) return [];
  const first = smallest(years, 0);
  const last = largest(years, 0);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** The status of the year's outcome against the year's target, with the year before for "delvis". */
export function statusInYear(
  indicator: Pick<Indicator, 'valueKind' | 'direction' | 'decimals' | 'values' | 'targets'>,
  year: number,
  points: readonly PeriodMonth[],
) {
  const valueInYear = (y: number) => yearTotal(indicator, y, points).value;
  return indicatorStatus({
    valueKind: indicator.valueKind,
    direction: indicator.direction,
    decimals: indicator.decimals,
    value: valueInYear(year),
    target: targetFor(indicator, year),
    previousValue: valueInYear(year - 1),
    valueInYear,
  });
}
