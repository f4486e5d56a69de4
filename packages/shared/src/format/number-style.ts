import { MINUS_SIGN, THOUSANDS_SEPARATOR } from './number.ts';

/**
 * How a municipality prints its figures: the real minus sign (U+2212) or the hyphen-minus many print, and digits
 * grouped by a space or not at all. Styr formats every figure one way (see number.ts); a document is restyled
 * afterwards, touching only a minus sign before a digit and a space inside a digit group, never ordinary text.
 */
export const minusStyles = ['minus', 'hyphen'] as const;
export const thousandsStyles = ['space', 'none'] as const;
export interface NumberStyle {
  minus: (typeof minusStyles)[number];
  thousands: (typeof thousandsStyles)[number];
}
export const defaultNumberStyle: NumberStyle = { minus: 'minus', thousands: 'space' };

const minusBeforeDigit = new RegExp(`${MINUS_SIGN}(?=\\d)`, 'g');
// A separator between a digit and a group of exactly three digits, as formatNumber writes them.
const groupSeparator = new RegExp(`(?<=\\d)${THOUSANDS_SEPARATOR}(?=\\d{3}(?!\\d))`, 'g');

export const isDefaultNumberStyle = (style: NumberStyle) =>
  style.minus === defaultNumberStyle.minus && style.thousands === defaultNumberStyle.thousands;

/** "−1 234,5" as the style prints it: "-1234,5", "-1 234,5"; a dash or hyphen in prose is left as it is. */
export function styleFigures(text: string, style: NumberStyle): string {
  let styled = text;
  if (style.minus === 'hyphen') styled = styled.replace(minusBeforeDigit, '-');
  if (style.thousands === 'none') styled = styled.replace(groupSeparator, '');
  return styled;
}

/** Every text in a tree of plain objects and arrays with its figures restyled; links are left alone. */
export function styleFiguresDeep<T>(value: T, style: NumberStyle): T {
  if (isDefaultNumberStyle(style)) return value;
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return styleFigures(item, style);
    if (Array.isArray(item)) return item.map(walk);
    if (item !== null && typeof item === 'object')
      return Object.fromEntries(
        Object.entries(item).map(([key, entry]) => [key, key === 'href' ? entry : walk(entry)]),
      );
    return item;
  };
  return walk(value) as T;
}
