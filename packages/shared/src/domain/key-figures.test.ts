import { describe, expect, it } from 'vitest';
import type { KeyFigureRow } from '../contracts/economy.ts';
import { keyFigureValueText } from './key-figures.ts';

const row = (fields: Partial<Extract<KeyFigureRow, { kind: 'indicator' }>>) => ({
  kind: 'indicator' as const,
  indicatorId: 'i',
  name: 'Andel',
  unit: '%',
  valueKind: 'share' as const,
  decimals: 1,
  showChange: true,
  values: [8.8, 9.68, null],
  secondary: null,
  ...fields,
});

const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('key figure values', () => {
  it('shows the first year as it is and later years with their change, unless asked not to', () => {
    expect(plain(keyFigureValueText(row({}), 0))).toBe('8,8 %');
    expect(plain(keyFigureValueText(row({}), 1))).toBe('9,7 (10,0 %)');
    expect(plain(keyFigureValueText(row({}), 1, false))).toBe('9,7 %');
    expect(keyFigureValueText(row({}), 2)).toBeNull();
  });

  it('shows a secondary value in parentheses instead of the change, and the value alone where it lacks one', () => {
    const counted = row({
      valueKind: 'number',
      decimals: 0,
      values: [1234, 1300, null],
      secondary: { valueKind: 'share', decimals: 0, values: [45, null, 50] },
    });
    expect(plain(keyFigureValueText(counted, 0))).toBe('1 234 (45 %)');
    expect(plain(keyFigureValueText(counted, 1))).toBe('1 300');
    expect(keyFigureValueText(counted, 2)).toBeNull();
  });
});
