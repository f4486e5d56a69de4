import type { KeyFigureTable } from '@styr/shared/contracts/economy';
import { EARLIER_YEARS } from '@styr/shared/domain/income-statement';
import type { findKeyFigures } from './key-figures.queries.ts';

/** The year's key figure tables with each indicator's whole-year values over the year and the two before. */
export function presentKeyFigures(
  { tables, rows, indicators, values }: Awaited<ReturnType<typeof findKeyFigures>>,
  year: number,
): KeyFigureTable[] {
  const years = Array.from({ length: EARLIER_YEARS + 1 }, (_, index) => year - EARLIER_YEARS + index);
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const yearValue = (indicatorId: string, valueYear: number) => {
    const row = values.find((value) => value.indicatorId === indicatorId && value.year === valueYear);
    return row?.value == null ? null : Number(row.value);
  };
  return tables.map((table) => ({
    key: table.key,
    title: table.title,
    years,
    rows: rows
      .filter((row) => row.tableKey === table.key)
      .map((row) => {
        const indicator = row.indicatorId ? byId.get(row.indicatorId) : undefined;
        if (!indicator) return { kind: 'heading' as const, text: row.heading ?? '' };
        const secondary = row.secondaryIndicatorId ? byId.get(row.secondaryIndicatorId) : undefined;
        return {
          kind: 'indicator' as const,
          indicatorId: indicator.id,
          name: indicator.name,
          unit: indicator.unit,
          valueKind: indicator.valueKind,
          decimals: indicator.decimals,
          showChange: row.showChange,
          values: years.map((valueYear) => yearValue(indicator.id, valueYear)),
          secondary: secondary
            ? {
                valueKind: secondary.valueKind,
                decimals: secondary.decimals,
                values: years.map((valueYear) => yearValue(secondary.id, valueYear)),
              }
            : null,
        };
      }),
  }));
}
