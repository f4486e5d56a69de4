import type { IndicatorStatus, Target } from '@styr/shared/contracts/indicators';
import type { Indicator } from '@styr/shared/contracts/plan';
import { indicatorStatus } from '@styr/shared/domain/indicator-status';

type Value = Indicator['values'][number];

/** The total for a year: the whole-year outcome, else the latest follow-up's (by the points' months). */
export function yearTotal(
  values: readonly Value[],
  year: number,
  monthOf: (period: string) => number,
): number | null {
  const total = values.filter((value) => value.year === year && value.gender === 'T');
  const whole = total.find((value) => value.period === 'year');
  if (whole) return whole.value;
  const latest = total.sort((a, b) => monthOf(b.period) - monthOf(a.period))[0];
  return latest?.value ?? null;
}

/** The status of the year's outcome against the year's target, with the year before for "delvis". */
export function statusForYear(
  indicator: Pick<Indicator, 'unit' | 'direction' | 'decimals' | 'values' | 'targets'>,
  year: number,
  monthOf: (period: string) => number,
): IndicatorStatus {
  const target: Target | null = indicator.targets.find((entry) => entry.year === year)?.target ?? null;
  const valueInYear = (y: number) => yearTotal(indicator.values, y, monthOf);
  return indicatorStatus({
    unit: indicator.unit,
    direction: indicator.direction,
    decimals: indicator.decimals,
    value: valueInYear(year),
    target,
    previousValue: valueInYear(year - 1),
    valueInYear,
  });
}
