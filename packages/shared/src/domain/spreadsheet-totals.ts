import { type AmountUnit, formatKronor, formatNumber } from '../format/number.ts';
import { exceedsKronorRange, kronorFromOre, kronorFromUnit, oreFromKronor } from './money.ts';

/** How many decimals of öre a unit's whole number holds: 1 tkr is 100 000 öre. */
const ORE_DIGITS: Record<AmountUnit, number> = { kr: 2, tkr: 5, mnkr: 8 };

/** The decimals a number is written with: 81.631 → 3; a number only writable with an exponent is finer than öre. */
function writtenDecimals(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return 20;
  return text.split('.')[1]?.length ?? 0;
}

/** The decimals an amount needs in a unit to be exact: 81 631 000 kr is 81,631 mnkr, 3. */
function exactDecimals(ore: bigint, unit: AmountUnit): number {
  let digits = ORE_DIGITS[unit];
  for (let rest = ore; digits > 0 && rest % 10n === 0n; rest /= 10n) digits--;
  return digits;
}

/** Öre rounded half away from zero to a multiple of `step`, as a spreadsheet rounds a shown figure. */
function roundTo(ore: bigint, step: bigint): bigint {
  const magnitude = ore < 0n ? -ore : ore;
  const rounded = ((magnitude + step / 2n) / step) * step;
  return ore < 0n ? -rounded : rounded;
}

/**
 * Checks a computed figure in a file (a result line, a sum row) against what its parts compute to. A report
 * shows such figures rounded, so the figure agrees when the computed amount rounds to it at the precision the
 * file writes it with: 81,6 mnkr agrees with 81 631 000 kr, 81,7 does not. The figure itself is never saved.
 * Returns the problem to report at the figure's cell, or null when it agrees.
 */
export function computedFigureProblem(
  value: number,
  unit: AmountUnit,
  computed: bigint | null,
  label: string,
): string | null {
  const kronor = kronorFromUnit(value, unit);
  if (kronor === null)
    return exceedsKronorRange(value, unit)
      ? 'Beloppet är för stort; ett belopp har högst 15 siffror i hela kronor'
      : `Beloppet har fler decimaler än hela ören i ${unit}`;
  if (computed === null) return `${label} räknas fram ur sina delar, och de saknas i kolumnen`;
  const decimals = writtenDecimals(value);
  const stepDigits = ORE_DIGITS[unit] - decimals;
  const step = stepDigits > 0 ? 10n ** BigInt(stepDigits) : 1n;
  if (roundTo(computed, step) === oreFromKronor(kronor)) return null;
  const shown = formatKronor(kronorFromOre(computed), {
    unit,
    decimals: Math.max(Math.min(decimals, ORE_DIGITS[unit]), exactDecimals(computed, unit)),
  });
  return `${label} räknas fram ur sina delar till ${shown} ${unit}, inte ${formatNumber(value, { decimals })} ${unit}`;
}
