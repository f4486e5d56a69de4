import type { IndicatorUnitSetting, Target, ValueKind } from '../contracts/indicators.ts';
import { formatNumber } from '../format/number.ts';
import { yesNoValues } from './yes-no.ts';

/** A new municipality's units for measures: the eight Styr knew before units were the municipality's own. */
export const defaultIndicatorUnits: IndicatorUnitSetting[] = [
  { unit: 'antal', decimals: 0, valueKind: 'number' },
  { unit: '%', decimals: 1, valueKind: 'share' },
  { unit: 'kr', decimals: 0, valueKind: 'number' },
  { unit: 'tkr', decimals: 0, valueKind: 'number' },
  { unit: 'mnkr', decimals: 1, valueKind: 'number' },
  { unit: 'dagar', decimals: 0, valueKind: 'number' },
  { unit: 'index', decimals: 0, valueKind: 'number' },
  { unit: 'ja/nej', decimals: 0, valueKind: 'yesPartlyNo' },
];

const yesPartlyNoValues: readonly number[] = Object.values(yesNoValues);

/** Why an outcome does not fit its unit's kind (a Swedish sentence), or null when it does; missing always fits. */
export function valueProblem(kind: ValueKind, value: number | null): string | null {
  if (value === null) return null;
  if (kind === 'yesPartlyNo' && !yesPartlyNoValues.includes(value))
    return 'Ett ja/delvis/nej-mått har värdet 1 (ja), 0,5 (delvis) eller 0 (nej)';
  if (kind === 'share' && (value < 0 || value > 100))
    return `En andel ligger mellan 0 och 100; ${formatNumber(value, { decimals: decimalsOf(value) })} är utanför`;
  return null;
}

/**
 * Why a target does not fit its unit's kind, and in which of its fields: a ja/delvis/nej measure has the target
 * ja or nej, others a number or a comparison; a share's target lies between 0 and 100.
 */
export function targetProblem(
  kind: ValueKind,
  target: Target,
): { field: 'kind' | 'value'; message: string } | null {
  if ((kind === 'yesPartlyNo') !== (target.kind === 'yesNo'))
    return {
      field: 'kind',
      message: 'Ett ja/delvis/nej-mått har målvärdet ja eller nej, andra mått ett tal',
    };
  const message = target.kind === 'numeric' ? valueProblem(kind, target.value) : null;
  return message ? { field: 'value', message } : null;
}

/** "antal, %, timmar": the units a refusal names as the ones there are. */
export const unitList = (units: readonly IndicatorUnitSetting[]) =>
  units.map((entry) => `”${entry.unit}”`).join(', ');

function decimalsOf(value: number): number {
  const text = String(value);
  const point = text.indexOf('.');
  return point < 0 ? 0 : Math.min(text.length - point - 1, 6);
}
