// Charts in documents, built from the year's data as pure values: the renderers only draw them.
import type { DepartmentResult } from '../contracts/economy.ts';
import type { Indicator } from '../contracts/plan.ts';
import { formatKronor, MISSING_TEXT } from '../format/number.ts';
import type { DocumentLabels } from './document-labels.ts';
import type { ChartBlock, ChartSeries } from './document-model.ts';
import { formatIndicatorValue, type PeriodMonth, yearTotal } from './indicator-values.ts';

export type ChartKind = ChartBlock['chart'];
export const chartKinds = ['line', 'bar'] as const satisfies readonly ChartKind[];

/** The most years a trend shows: the latest ones, so a long series stays readable on a page. */
const trendYears = 6;

type ChartWords = Pick<DocumentLabels, 'charts.line' | 'charts.bar' | 'charts.missing'>;

/**
 * "Stapeldiagram: Budgetavvikelse per avdelning (tkr). Avdelning A +1 200, Avdelning B −300." Every value as
 * printed in the chart, a missing one in words; with several series each is named before its values.
 */
export function chartAltText(chart: Omit<ChartBlock, 'kind' | 'alt'>, words: ChartWords): string {
  const several = chart.series.length > 1;
  const values = chart.series.map((series) => {
    const points = chart.categories.map((category, index) => {
      const label = series.labels[index] ?? MISSING_TEXT;
      return `${category} ${series.values[index] === null ? words['charts.missing'] : label}`;
    });
    return `${several ? `${series.name}: ` : ''}${points.join(', ')}`;
  });
  return `${words[chart.chart === 'line' ? 'charts.line' : 'charts.bar']}: ${chart.title}. ${values.join('. ')}.`;
}

export const chartBlock = (chart: Omit<ChartBlock, 'kind' | 'alt'>, words: ChartWords): ChartBlock => ({
  kind: 'chart',
  ...chart,
  alt: chartAltText(chart, words),
});

/**
 * An indicator's outcome per year up to `through`, the latest `trendYears` years from its first outcome, as a
 * line or bars; null when fewer than two years have an outcome or the values are ja/nej, which no trend shows.
 */
export function indicatorTrendChart(options: {
  indicator: Pick<Indicator, 'name' | 'unit' | 'valueKind' | 'decimals' | 'values'>;
  through: number;
  points: readonly PeriodMonth[];
  chart: ChartKind;
  labels: DocumentLabels;
}): ChartBlock | null {
  const { indicator, through, points, labels } = options;
  if (indicator.valueKind === 'yesPartlyNo') return null;
  const years = indicator.values
    .filter((value) => value.gender === 'T' && value.year <= through && value.value !== null)
    .map((value) => value.year);
  if (years.length === 0) return null;
  const first = Math.max(Math.min(...years), through - trendYears + 1);
  const shown = Array.from({ length: through - first + 1 }, (_, index) => first + index);
  const values = shown.map((year) => yearTotal(indicator, year, points).value);
  if (values.filter((value) => value !== null).length < 2) return null;
  const series: ChartSeries = {
    name: indicator.name,
    unit: indicator.unit,
    values,
    labels: values.map((value) => formatIndicatorValue(indicator, value) ?? MISSING_TEXT),
  };
  return chartBlock(
    {
      chart: options.chart,
      title: `${labels['charts.indicatorTrend']}: ${indicator.name} (${indicator.unit})`,
      categories: shown.map(String),
      series: [series],
    },
    labels,
  );
}

/** "+1 200": a deviation with its sign, so a surplus reads as such without the bar's colour. */
function signedTkr(kronor: string | null): string {
  const text = formatKronor(kronor, { unit: 'tkr' });
  return kronor !== null && Number(kronor) > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/** Each department's result deviation from its budget in tkr, as bars from zero; null without departments. */
export function departmentDeviationChart(
  rows: readonly Pick<DepartmentResult, 'name' | 'deviation'>[],
  labels: DocumentLabels,
): ChartBlock | null {
  if (rows.length === 0) return null;
  return chartBlock(
    {
      chart: 'bar',
      title: `${labels['charts.departmentDeviation']} (tkr)`,
      categories: rows.map((row) => row.name),
      series: [
        {
          name: labels['tables.deviation'],
          unit: 'tkr',
          values: rows.map((row) => (row.deviation === null ? null : Number(row.deviation) / 1000)),
          labels: rows.map((row) => signedTkr(row.deviation)),
        },
      ],
    },
    labels,
  );
}
