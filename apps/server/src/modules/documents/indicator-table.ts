import type { CommitteeYearView, Indicator } from '@styr/shared/contracts/plan';
import { labelFor } from '@styr/shared/domain/document-labels';
import type { TableBlock } from '@styr/shared/domain/document-model';
import { formatIndicatorValue, targetFor, targetText, yearTotal } from '@styr/shared/domain/indicator-values';
import { MISSING_TEXT } from '@styr/shared/format/number';

/**
 * "Mått/Indikator | Utfall 2020 | Utfall 2021 | Utfall 2022 | Målvärde 2022" as in the annual report; a plan
 * shows the two years before it and its own target. A missing value is "–" and explained under the table.
 */
export function indicatorTable(
  view: CommitteeYearView,
  indicators: readonly Indicator[],
  plan: boolean,
): TableBlock {
  const { year, labels } = view;
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
      const outcome = yearTotal(indicator, column, view.followUpPoints);
      if (outcome.note) notes.push(`${indicator.name}, ${column}: ${outcome.note}`);
      return cellOf(formatIndicatorValue(indicator, outcome.value));
    }),
    cellOf(targetText(indicator, targetFor(indicator, year))),
  ]);
  if (missing) notes.unshift(labels['indicators.missingNote']);
  return {
    kind: 'table',
    header: [
      { text: labels['indicators.name'] },
      ...years.map((column) => ({
        text: labelFor(labels['indicators.outcome'], column),
        align: 'right' as const,
      })),
      { text: labelFor(labels['indicators.target'], year), align: 'right' as const },
    ],
    rows,
    widths: [44, ...years.map(() => 14), 14],
    notes,
  };
}
