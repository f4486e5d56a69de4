/**
 * Money is kept as integer öre (bigint) and crosses JSON as a decimal string of kronor, so no amount
 * is ever rounded or summed as a binary float. Formatting for people lives in format/number.ts.
 */

/** Kronor with at most two decimals: "128122000", "-2065.5". */
export const KRONOR_PATTERN = /^(-?)(\d{1,15})(?:\.(\d{1,2}))?$/;

export function oreFromKronor(text: string): bigint {
  const match = KRONOR_PATTERN.exec(text);
  if (!match) throw new RangeError(`Not an amount in kronor: ${JSON.stringify(text)}`);
  const [, sign, whole = '0', fraction = ''] = match;
  const ore = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign === '-' ? -ore : ore;
}

/** The shortest exact kronor text for an amount in öre: 12800n → "128", 12850n → "128.5". */
export function kronorFromOre(ore: bigint): string {
  const negative = ore < 0n;
  const magnitude = negative ? -ore : ore;
  const whole = magnitude / 100n;
  const fraction = (magnitude % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Sum of the amounts given; null when every one is missing, since a missing amount is not zero. */
export function sumOre(values: readonly (bigint | null | undefined)[]): bigint | null {
  let total: bigint | null = null;
  for (const value of values) if (value !== null && value !== undefined) total = (total ?? 0n) + value;
  return total;
}

/** Actual minus budget; missing when either is. */
export function deviationOre(actual: bigint | null, budget: bigint | null): bigint | null {
  return actual === null || budget === null ? null : actual - budget;
}

const UNIT_DIGITS = { kr: 0, tkr: 3, mnkr: 6 } as const;

/** Whether an amount in kr, tkr or mnkr has more whole kronor than an amount can hold (15 digits). */
export function exceedsKronorRange(value: number, unit: keyof typeof UNIT_DIGITS): boolean {
  return !(Math.abs(value) * 10 ** UNIT_DIGITS[unit] < 1e15);
}

/**
 * An amount a person typed in kr, tkr or mnkr (already read as a number, e.g. by parseSwedishNumber) as exact
 * kronor text, shifting the decimal digits rather than multiplying a float. Null when it is finer than öre,
 * or larger than an amount can be (exceedsKronorRange).
 */
export function kronorFromUnit(value: number, unit: keyof typeof UNIT_DIGITS): string | null {
  const text = String(value);
  if (!Number.isFinite(value) || /e/i.test(text) || exceedsKronorRange(value, unit)) return null;
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const shift = UNIT_DIGITS[unit];
  const digits = `${whole}${fraction.padEnd(shift, '0')}`;
  const decimals = Math.max(fraction.length - shift, 0);
  if (decimals > 2) return null;
  const kronor = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return kronorFromOre(oreFromKronor(`${negative ? '-' : ''}${kronor}`));
}
