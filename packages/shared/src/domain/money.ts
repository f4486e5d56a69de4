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
