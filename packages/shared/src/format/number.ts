/**
 * Swedish numeric output shared by the server's documents and the web app.
 *
 * All rounding is half away from zero on the exact decimal value: numbers are read through their
 * shortest round-trip string (what the user typed or the database sent), never through binary
 * arithmetic, so 1.005 rounds to 1,01 and 2.675 to 2,68.
 */

/**
 * Thousands separator and the space before "%" and units. A no-break space, as in CLDR's sv data:
 * the narrow U+202F is typographically nicer but missing from several fonts used for PDF and Word
 * output, and U+00A0 keeps our text identical to what Intl produces for sv-SE in the web app.
 */
export const THOUSANDS_SEPARATOR = '\u00a0';
/** The real minus sign (U+2212), used for every negative value, including changes in per cent. */
export const MINUS_SIGN = '\u2212';
/** Shown for a missing value (en dash); a missing value is never shown as 0. */
export const MISSING_TEXT = '\u2013';

export type NumericInput = number | bigint | string;
export type Missing = null | undefined;

export interface NumberFormatOptions {
  /** Digits after the decimal comma. */
  decimals?: number;
  /** Text for a missing value, e.g. "uppgift saknas". */
  missing?: string;
}

export type AmountUnit = 'kr' | 'tkr' | 'mnkr';

export interface AmountFormatOptions {
  unit: AmountUnit;
  /** Defaults: kr 0, tkr 0, mnkr 1. */
  decimals?: number;
  /** Appends the unit: "1 804,9 mnkr". */
  withUnit?: boolean;
  missing?: string;
}

export interface ChangeFormatOptions {
  /** Decimals of the value itself (default 0). */
  decimals?: number;
  /** Decimals of the change in per cent (default 1). */
  changeDecimals?: number;
  missing?: string;
}

export interface NumberParseFailure {
  ok: false;
  /** Swedish, for the user. */
  message: string;
}

/** |value| = digits / 10^scale; scale may be negative only transiently. */
interface Decimal {
  negative: boolean;
  digits: bigint;
  scale: number;
}

const LITERAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;
const MAX_DECIMALS = 20;

function decimalFromLiteral(text: string): Decimal {
  const match = LITERAL.exec(text.trim());
  if (!match) throw new RangeError(`Not a decimal number: ${JSON.stringify(text)}`);
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  let digits = BigInt(whole + fraction);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { negative: sign === '-', digits, scale };
}

function toDecimal(value: NumericInput): Decimal {
  if (typeof value === 'bigint')
    return { negative: value < 0n, digits: value < 0n ? -value : value, scale: 0 };
  if (typeof value === 'number') {
    // NaN or Infinity here is a bug upstream; showing it as missing would hide it.
    if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}`);
    return decimalFromLiteral(String(value));
  }
  return decimalFromLiteral(value);
}

function checkDecimals(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`decimals must be an integer 0-${MAX_DECIMALS}, got ${decimals}`);
  }
  return decimals;
}

/** |numerator| / denominator rounded half away from zero; denominator > 0. */
function divideRounded(numerator: bigint, denominator: bigint): { negative: boolean; digits: bigint } {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let digits = magnitude / denominator;
  if (2n * (magnitude % denominator) >= denominator) digits += 1n;
  return { negative: negative && digits !== 0n, digits };
}

/** The value rounded to `decimals`, as an integer count of 10^-decimals. */
function roundDecimal(value: Decimal, decimals: number): { negative: boolean; digits: bigint } {
  if (value.scale <= decimals) {
    const digits = value.digits * 10n ** BigInt(decimals - value.scale);
    return { negative: value.negative && digits !== 0n, digits };
  }
  const rounded = divideRounded(value.digits, 10n ** BigInt(value.scale - decimals));
  return { negative: value.negative && rounded.digits !== 0n, digits: rounded.digits };
}

function render(rounded: { negative: boolean; digits: bigint }, decimals: number): string {
  const text = rounded.digits.toString().padStart(decimals + 1, '0');
  const whole = text.slice(0, text.length - decimals).replace(/\B(?=(\d{3})+$)/g, THOUSANDS_SEPARATOR);
  const fraction = decimals > 0 ? `,${text.slice(text.length - decimals)}` : '';
  return `${rounded.negative ? MINUS_SIGN : ''}${whole}${fraction}`;
}

function isMissing(value: unknown): value is Missing {
  return value === null || value === undefined;
}

/** "1 710 932", "−2 065,6"; missing values as "–". */
export function formatNumber(value: NumericInput | Missing, options: NumberFormatOptions = {}): string {
  if (isMissing(value)) return options.missing ?? MISSING_TEXT;
  const decimals = checkDecimals(options.decimals ?? 0);
  return render(roundDecimal(toDecimal(value), decimals), decimals);
}

/** A value already in per cent (8.8, not 0.088): "8,8 %". */
export function formatPercent(value: NumericInput | Missing, options: NumberFormatOptions = {}): string {
  if (isMissing(value)) return options.missing ?? MISSING_TEXT;
  return `${formatNumber(value, { decimals: options.decimals ?? 1 })}${THOUSANDS_SEPARATOR}%`;
}

const UNIT_SCALE: Record<AmountUnit, number> = { kr: 2, tkr: 5, mnkr: 8 };
const UNIT_DECIMALS: Record<AmountUnit, number> = { kr: 0, tkr: 0, mnkr: 1 };

/**
 * An amount in öre (every input type, so the unit never depends on how the value arrived; the
 * database driver returns bigint and numeric columns as strings), shown in kr, tkr or mnkr.
 */
export function formatAmount(amount: NumericInput | Missing, options: AmountFormatOptions): string {
  if (isMissing(amount)) return options.missing ?? MISSING_TEXT;
  if (typeof amount === 'number' && !Number.isSafeInteger(amount)) {
    throw new RangeError(
      `An amount in öre as a number must be a safe integer (use bigint or string): ${amount}`,
    );
  }
  const decimals = checkDecimals(options.decimals ?? UNIT_DECIMALS[options.unit]);
  const ore = toDecimal(amount);
  const scaled = { ...ore, scale: ore.scale + UNIT_SCALE[options.unit] };
  const text = render(roundDecimal(scaled, decimals), decimals);
  return options.withUnit ? `${text}${THOUSANDS_SEPARATOR}${options.unit}` : text;
}

/**
 * An amount in kronor given as exact decimal text, the way the API carries money ("128122000",
 * "-2065.5"), shown in kr, tkr or mnkr like formatAmount.
 */
export function formatKronor(kronor: string | Missing, options: AmountFormatOptions): string {
  if (isMissing(kronor)) return options.missing ?? MISSING_TEXT;
  const decimals = checkDecimals(options.decimals ?? UNIT_DECIMALS[options.unit]);
  const value = toDecimal(kronor);
  const scaled = { ...value, scale: value.scale + UNIT_SCALE[options.unit] - UNIT_SCALE.kr };
  const text = render(roundDecimal(scaled, decimals), decimals);
  return options.withUnit ? `${text}${THOUSANDS_SEPARATOR}${options.unit}` : text;
}

/**
 * A key figure with its change from the previous period, as in the reports' tables:
 * "1 710 932 (8,8 %)", "235 417 (−7,7 %)". The change is (current − previous) / |previous|; without
 * a previous value (missing or zero) only the value is shown.
 */
export function formatChange(
  current: NumericInput | Missing,
  previous: NumericInput | Missing,
  options: ChangeFormatOptions = {},
): string {
  if (isMissing(current)) return options.missing ?? MISSING_TEXT;
  const value = formatNumber(current, { decimals: options.decimals ?? 0 });
  if (isMissing(previous)) return value;
  const changeDecimals = checkDecimals(options.changeDecimals ?? 1);
  const a = toDecimal(current);
  const b = toDecimal(previous);
  if (b.digits === 0n) return value;
  const scale = Math.max(a.scale, b.scale);
  const signed = (d: Decimal) => (d.negative ? -d.digits : d.digits) * 10n ** BigInt(scale - d.scale);
  const difference = signed(a) - signed(b);
  // The previous value at the same scale as the difference, so 9,68 against 8,8 is 10 %, not 100 %.
  const base = b.digits * 10n ** BigInt(scale - b.scale);
  const change = divideRounded(difference * 100n * 10n ** BigInt(changeDecimals), base);
  // Normal space before the parenthesis so a narrow table column can wrap the change onto its own line; the per
  // cent sign keeps its no-break space, as formatPercent writes it.
  return `${value} (${render(change, changeDecimals)}${THOUSANDS_SEPARATOR}%)`;
}

const SPACES = /[ \u00a0\u202f\u2009]/g;
const MISSING_WORDS = new Set([MISSING_TEXT, 'us', 'inget utfall', 'uppgift saknas']);

function failure(message: string): NumberParseFailure {
  return { ok: false, message };
}

export function isNumberParseFailure(
  result: number | null | NumberParseFailure,
): result is NumberParseFailure {
  return typeof result === 'object' && result !== null;
}

/** Digits grouped by `separator`, first group 1-3 digits and the rest exactly 3; null if malformed. */
function ungroup(whole: string, separator: string): string | null {
  const groups = whole.split(separator);
  const [first = '', ...rest] = groups;
  if (!/^\d{1,3}$/.test(first) || !rest.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join('');
}

/**
 * Reads a number as people in Sweden type or paste it: "1 710 932", "−2 065,6", "-2065,6", "8,85",
 * "8.85", "12 %" (gives 12). Empty text and the usual marks for no value ("–", "us", "Inget utfall")
 * give null, never 0. A dot followed by exactly three digits ("1.234") is refused as ambiguous,
 * since Swedes also write thousands with dots.
 */
export function parseSwedishNumber(text: string): number | null | NumberParseFailure {
  const trimmed = text.trim();
  if (trimmed === '' || MISSING_WORDS.has(trimmed.toLowerCase())) return null;
  const notANumber = failure(`”${trimmed}” är inte ett tal`);

  let body = trimmed.replace(/\s*%$/u, '');
  let negative = false;
  const sign = /^([-+\u2212\u2013])\s*/u.exec(body);
  if (sign) {
    negative = sign[1] !== '+';
    body = body.slice(sign[0].length);
  }
  body = body.replace(SPACES, ' ');
  if (!/^\d[\d .,]*$/.test(body) || !/\d$/.test(body)) return notANumber;

  const commas = body.split(',').length - 1;
  const dots = body.split('.').length - 1;
  let whole: string;
  let fraction = '';
  if (commas > 1) return notANumber;
  if (commas === 1) {
    [whole = '', fraction = ''] = body.split(',');
  } else if (dots === 1 && !body.includes(' ')) {
    [whole = '', fraction = ''] = body.split('.');
    if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) {
      return failure(
        `”${trimmed}” är tvetydigt: skriv ${whole},${fraction} för ett decimaltal eller ${whole} ${fraction} för ett heltal`,
      );
    }
  } else if (dots === 1) {
    [whole = '', fraction = ''] = body.split('.');
  } else {
    whole = body;
  }
  if (!/^\d*$/.test(fraction)) return notANumber;

  const separators = new Set(whole.replace(/\d/g, ''));
  if (separators.size > 1) return notANumber;
  const [separator] = separators;
  const digits = separator === undefined ? whole : ungroup(whole, separator);
  if (digits === null || digits === '') {
    return failure(`”${trimmed}” är inte ett tal: siffrorna ska grupperas tre och tre`);
  }

  const value = Number(`${digits}.${fraction || '0'}`);
  return negative && value !== 0 ? -value : value;
}
