import { type Target, yesNoValues } from '@styr/shared/contracts/indicators';
import type { CommitteeYearView, Indicator } from '@styr/shared/contracts/plan';
import type { TableBlock } from '@styr/shared/domain/document-model';
import { formatNumber, formatPercent, MISSING_TEXT } from '@styr/shared/format/number';

/** The year's outcome: the whole-year total, else the latest follow-up's total; null when missing. */
export function yearOutcome(view: CommitteeYearView, indicator: Indicator, year: number) {
  const monthOf = (period: string) => view.followUpPoints.find((point) => point.key === period)?.month ?? 13;
  const rows = indicator.values.filter((value) => value.year === year && value.gender === 'T');
  return (
    rows.find((value) => value.period === 'year') ??
    [...rows].sort((a, b) => monthOf(b.period) - monthOf(a.period))[0] ??
    null
  );
}

/** "8,85", "78 %", "Ja"; null for a missing value. */
export function indicatorValueText(indicator: Pick<Indicator, 'unit' | 'decimals'>, value: number | null) {
  if (value === null) return null;
  if (indicator.unit === 'ja/nej') {
    if (value === yesNoValues.ja) return 'Ja';
    if (value === yesNoValues.nej) return 'Nej';
    if (value === yesNoValues.delvis) return 'Delvis';
  }
  if (indicator.unit === '%') return formatPercent(value, { decimals: indicator.decimals });
  return formatNumber(value, { decimals: indicator.decimals });
}

export function targetValueText(indicator: Pick<Indicator, 'unit' | 'decimals'>, target: Target | undefined) {
  if (!target) return null;
  if (target.kind === 'relative')
    return `${target.relation === 'higher' ? 'Högre' : 'Lägre'} än ${target.baseYear}`;
  if (target.kind === 'yesNo') return target.value === 'ja' ? 'Ja' : 'Nej';
  return indicatorValueText(indicator, target.value);
}

/**
 * "Mått/Indikator | Utfall 2020 | Utfall 2021 | Utfall 2022 | Målvärde 2022" as in the annual report; a plan
 * shows the two years before it and its own target. A missing value is "–" and explained under the table.
 */
export function indicatorTable(
  view: CommitteeYearView,
  indicators: readonly Indicator[],
  plan: boolean,
): TableBlock {
  const { year } = view;
  const years = plan ? [year - 2, year - 1] : [year - 2, year - 1, year];
  const notes: string[] = [];
  let missing = false;
  const cellOf = (text: string | null) => {
    if (text === null) missing = true;
    return { text: text ?? MISSING_TEXT, align: 'right' as const };
  };
  const rows = indicators.map((indicator) => [
    { text: indicator.name },
    ...years.map((column) => {
      const outcome = yearOutcome(view, indicator, column);
      if (outcome?.note) notes.push(`${indicator.name}, ${column}: ${outcome.note}`);
      return cellOf(indicatorValueText(indicator, outcome?.value ?? null));
    }),
    cellOf(targetValueText(indicator, indicator.targets.find((target) => target.year === year)?.target)),
  ]);
  if (missing) notes.unshift(`${MISSING_TEXT} betyder att uppgift saknas.`);
  return {
    kind: 'table',
    header: [
      { text: 'Mått/Indikator' },
      ...years.map((column) => ({ text: `Utfall ${column}`, align: 'right' as const })),
      { text: `Målvärde ${year}`, align: 'right' as const },
    ],
    rows,
    widths: [44, ...years.map(() => 14), 14],
    notes,
  };
}
