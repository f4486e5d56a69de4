import { describe, expect, it } from 'vitest';
import { sectionSchema } from '../contracts/documents.ts';
import { chartAltText, departmentDeviationChart, indicatorTrendChart } from './document-charts.ts';
import { documentLabelDefaults } from './document-labels.ts';

const labels = documentLabelDefaults;
const outcome = (year: number, value: number | null, period = 'year') => ({
  year,
  period,
  gender: 'T' as const,
  value,
  note: null,
  version: 1,
});
const indicator = (
  values: ReturnType<typeof outcome>[],
  valueKind: 'number' | 'share' | 'yesPartlyNo' = 'share',
) => ({
  name: 'Nöjda brukare',
  unit: '%',
  valueKind,
  decimals: 0,
  values,
});
const points = [{ key: 'augusti', month: 8 }];

describe('a trend chart of an indicator', () => {
  it('shows the years from the first outcome through the document’s year, a missing year as a gap', () => {
    const chart = indicatorTrendChart({
      indicator: indicator([
        outcome(2021, 80),
        outcome(2023, 84.4),
        outcome(2024, 86, 'augusti'),
        outcome(2025, 90),
      ]),
      through: 2024,
      points,
      chart: 'line',
      labels,
    });
    expect(chart).toMatchObject({
      kind: 'chart',
      chart: 'line',
      title: 'Utfall per år: Nöjda brukare (%)',
      categories: ['2021', '2022', '2023', '2024'],
      series: [{ name: 'Nöjda brukare', unit: '%', values: [80, null, 84.4, 86] }],
    });
    expect(chart?.series[0]?.labels).toEqual(['80\u00a0%', '–', '84\u00a0%', '86\u00a0%']);
    expect(chart?.alt).toBe(
      'Linjediagram: Utfall per år: Nöjda brukare (%). 2021 80\u00a0%, 2022 uppgift saknas, 2023 84\u00a0%, 2024 86\u00a0%.',
    );
  });

  it('keeps the latest six years of a long series', () => {
    const values = Array.from({ length: 10 }, (_, index) => outcome(2015 + index, index));
    const chart = indicatorTrendChart({
      indicator: indicator(values, 'number'),
      through: 2024,
      points,
      chart: 'bar',
      labels,
    });
    expect(chart?.categories).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    expect(chart?.alt.startsWith('Stapeldiagram: ')).toBe(true);
  });

  it('is left out with fewer than two outcomes, and for ja/nej values', () => {
    const one = indicator([outcome(2023, 1), outcome(2024, null)]);
    expect(indicatorTrendChart({ indicator: one, through: 2024, points, chart: 'line', labels })).toBeNull();
    const yesNo = indicator([outcome(2023, 1), outcome(2024, 0.5)], 'yesPartlyNo');
    expect(
      indicatorTrendChart({ indicator: yesNo, through: 2024, points, chart: 'line', labels }),
    ).toBeNull();
  });
});

describe('the budget deviation per department', () => {
  it('prints each deviation in tkr with its sign and describes a missing one in words', () => {
    const chart = departmentDeviationChart(
      [
        { name: 'Hemtjänst', deviation: '1200000' },
        { name: 'Särskilt boende', deviation: '-350400' },
        { name: 'Stab', deviation: null },
        { name: 'Ledning', deviation: '0' },
      ],
      { ...labels, 'charts.departmentDeviation': 'Avvikelse per verksamhetsområde' },
    );
    expect(chart?.series[0]?.values).toEqual([1200, -350.4, null, 0]);
    expect(chart?.series[0]?.labels).toEqual(['+1\u00a0200', '\u2212350', '–', '0']);
    expect(chart?.alt).toBe(
      'Stapeldiagram: Avvikelse per verksamhetsområde (tkr). Hemtjänst +1\u00a0200, Särskilt boende \u2212350, Stab uppgift saknas, Ledning 0.',
    );
    expect(departmentDeviationChart([], labels)).toBeNull();
  });

  it('names each series before its values when a chart has several', () => {
    const alt = chartAltText(
      {
        chart: 'bar',
        title: 'Resultat',
        categories: ['A'],
        series: [
          { name: 'Budget', unit: 'tkr', values: [1], labels: ['1'] },
          { name: 'Utfall', unit: 'tkr', values: [2], labels: ['2'] },
        ],
      },
      labels,
    );
    expect(alt).toBe('Stapeldiagram: Resultat. Budget: A 1. Utfall: A 2.');
  });
});

describe('the chart options of a template section', () => {
  it('take a line or bars on goal sections and a switch on department results, and refuse other kinds', () => {
    expect(sectionSchema.parse({ kind: 'goals', goalKinds: ['committee'], indicatorCharts: 'bar' })).toEqual({
      kind: 'goals',
      goalKinds: ['committee'],
      indicatorCharts: 'bar',
    });
    expect(sectionSchema.parse({ kind: 'departmentResults', chart: true })).toEqual({
      kind: 'departmentResults',
      chart: true,
    });
    const pie = sectionSchema.safeParse({ kind: 'goalAreas', indicatorCharts: 'pie' });
    expect(pie.error?.issues[0]?.path).toEqual(['indicatorCharts']);
  });
});
