import type { KeyFigureRow } from '../contracts/economy.ts';
import { formatChange } from '../format/number.ts';
import { formatIndicatorValue } from './indicator-values.ts';

type IndicatorRow = Extract<KeyFigureRow, { kind: 'indicator' }>;

/**
 * A key figure's value in a year's column as the reports print it: "123 (45 %)" where the row has a secondary
 * value, which takes the place of the change; "1 710 932 (8,8 %)" where it shows change from the year before (the
 * column before it in the stored order, whatever order the columns print in); "8,9 %" for a share, "Ja". Null
 * when the value is missing.
 */
export function keyFigureValueText(row: IndicatorRow, index: number, change = true): string | null {
  const value = row.values[index] ?? null;
  if (value === null) return null;
  const text = formatIndicatorValue(row, value);
  if (row.secondary) {
    const second = formatIndicatorValue(row.secondary, row.secondary.values[index] ?? null);
    return second === null ? text : `${text} (${second})`;
  }
  if (change && row.showChange && index > 0)
    return formatChange(value, row.values[index - 1] ?? null, { decimals: row.decimals });
  return text;
}
