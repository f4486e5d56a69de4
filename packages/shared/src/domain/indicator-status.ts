import type { Direction, IndicatorStatus, Target, ValueKind } from '../contracts/indicators.ts';
import { yesNoValues } from './yes-no.ts';

export interface StatusInput {
  /** The kind of values the measure's unit holds. */
  valueKind: ValueKind;
  direction: Direction;
  /** Decimals the indicator is shown with; comparisons use the values as shown, so "8,9" meets a target of 8,9. */
  decimals: number;
  /** The outcome being judged; null when missing ("uppgift saknas"), which is never zero. */
  value: number | null;
  target: Target | null;
  /** The outcome of the period before, for telling "delvis" (better than before, target not reached). */
  previousValue: number | null;
  /** Outcomes of earlier years, for relative targets ("högre än 2021"). */
  valueInYear: (year: number) => number | null;
}

/** Rounds half away from zero through the decimal notation, so 8.925 shown with two decimals is 8.93. */
export function roundShown(value: number, decimals: number): number {
  const rounded = Math.round(Number(`${Math.abs(value)}e${decimals}`));
  return Math.sign(value) * Number(`${rounded}e-${decimals}`);
}

/** Positive when a is better than b in the direction, negative when worse, zero when equal. */
function compare(a: number, b: number, direction: Direction): number {
  return direction === 'higher' ? a - b : b - a;
}

/**
 * The status of one outcome against its target: met, partly (not met but
 * better than the period before), not met, or unknown because the outcome or
 * the target is missing. Reaching a numeric target exactly counts as met; a
 * relative target ("högre än 2021") must be passed.
 */
export function indicatorStatus(input: StatusInput): IndicatorStatus {
  const { target, valueKind, decimals } = input;
  if (target === null) return 'noTarget';
  if (input.value === null) return 'noValue';

  if (valueKind === 'yesPartlyNo' || target.kind === 'yesNo') {
    // A numeric or relative target makes no sense for ja/delvis/nej, nor a ja/nej target for a measured value.
    if (valueKind !== 'yesPartlyNo' || target.kind !== 'yesNo') return 'noTarget';
    if (input.value === yesNoValues[target.value]) return 'met';
    return input.value === yesNoValues.delvis ? 'partly' : 'notMet';
  }

  const value = roundShown(input.value, decimals);
  const previous = input.previousValue === null ? null : roundShown(input.previousValue, decimals);
  if (target.kind === 'numeric') {
    return judge(value, roundShown(target.value, decimals), input.direction, false, previous);
  }
  const base = input.valueInYear(target.baseYear);
  if (base === null) return 'noTarget';
  // A relative target names its own direction ("lägre än 2021"), which wins over the indicator's.
  return judge(value, roundShown(base, decimals), target.relation, true, previous);
}

function judge(value: number, goal: number, direction: Direction, strict: boolean, previous: number | null) {
  const margin = compare(value, goal, direction);
  if (margin > 0 || (margin === 0 && !strict)) return 'met';
  if (previous !== null && compare(value, previous, direction) > 0) return 'partly';
  return 'notMet';
}
