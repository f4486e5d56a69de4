import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatChange,
  formatKronor,
  formatNumber,
  formatPercent,
  isNumberParseFailure,
  MINUS_SIGN,
  MISSING_TEXT,
  parseSwedishNumber,
  THOUSANDS_SEPARATOR,
} from './number.ts';

// Written with visible escapes so a test cannot pass by accident on an ordinary space or hyphen.
const nb = '\u00a0';
const minus = '\u2212';

describe('constants', () => {
  it('uses a no-break space, the real minus sign and an en dash', () => {
    expect(THOUSANDS_SEPARATOR).toBe('\u00a0');
    expect(MINUS_SIGN).toBe('\u2212');
    expect(MISSING_TEXT).toBe('\u2013');
  });
});

describe('formatNumber', () => {
  it('groups thousands with a no-break space and uses a decimal comma', () => {
    expect(formatNumber(1710932)).toBe(`1${nb}710${nb}932`);
    expect(formatNumber(8.85, { decimals: 2 })).toBe('8,85');
    expect(formatNumber(2446)).toBe(`2${nb}446`);
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(1234567.5, { decimals: 3 })).toBe(`1${nb}234${nb}567,500`);
  });

  it('writes negatives with U+2212', () => {
    expect(formatNumber(-2065.6, { decimals: 1 })).toBe(`${minus}2${nb}065,6`);
    expect(formatNumber(-1224345)).toBe(`${minus}1${nb}224${nb}345`);
  });

  it('rounds half away from zero on the decimal value, not the binary float', () => {
    expect(formatNumber(1.005, { decimals: 2 })).toBe('1,01');
    expect(formatNumber(2.675, { decimals: 2 })).toBe('2,68');
    expect(formatNumber(1.45, { decimals: 1 })).toBe('1,5');
    expect(formatNumber(0.5)).toBe('1');
    expect(formatNumber(2.5)).toBe('3');
    expect(formatNumber(-2.5)).toBe(`${minus}3`);
    expect(formatNumber(-1.005, { decimals: 2 })).toBe(`${minus}1,01`);
    expect(formatNumber(1.0049999, { decimals: 2 })).toBe('1,00');
    expect(formatNumber(999.95, { decimals: 1 })).toBe(`1${nb}000,0`);
  });

  it('never shows a minus on a value that rounds to zero', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.4)).toBe('0');
    expect(formatNumber(-0.04, { decimals: 1 })).toBe('0,0');
    expect(formatNumber('-0.000')).toBe('0');
  });

  it('handles exponent notation, bigint and decimal strings exactly', () => {
    expect(formatNumber(1e21)).toBe(['1', '000', '000', '000', '000', '000', '000', '000'].join(nb));
    expect(formatNumber(1.5e-7, { decimals: 2 })).toBe('0,00');
    expect(formatNumber(5e-7, { decimals: 6 })).toBe('0,000001');
    expect(formatNumber(-(2n ** 64n))).toBe(`${minus}18${nb}446${nb}744${nb}073${nb}709${nb}551${nb}616`);
    expect(formatNumber('12345678901234567890.125', { decimals: 2 })).toBe(
      `12${nb}345${nb}678${nb}901${nb}234${nb}567${nb}890,13`,
    );
  });

  it('shows missing values as an en dash or a chosen text, never as zero', () => {
    expect(formatNumber(null)).toBe('\u2013');
    expect(formatNumber(undefined, { decimals: 2 })).toBe('\u2013');
    expect(formatNumber(null, { missing: 'uppgift saknas' })).toBe('uppgift saknas');
  });

  it('refuses values that are bugs rather than data', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatNumber('12,5')).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: 1.5 })).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: -1 })).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it('puts a no-break space before the per cent sign', () => {
    expect(formatPercent(8.8)).toBe(`8,8${nb}%`);
    expect(formatPercent(6.05)).toBe(`6,1${nb}%`);
    expect(formatPercent(-3.25, { decimals: 1 })).toBe(`${minus}3,3${nb}%`);
    expect(formatPercent(15, { decimals: 0 })).toBe(`15${nb}%`);
  });

  it('shows a missing value without a per cent sign', () => {
    expect(formatPercent(null)).toBe('\u2013');
    expect(formatPercent(undefined, { missing: 'Inget utfall' })).toBe('Inget utfall');
  });
});

describe('formatAmount', () => {
  // 1 804,9 mnkr in öre.
  const ore = 180_494_999_999;

  it('scales öre to kr, tkr and mnkr with their default decimals', () => {
    expect(formatAmount(ore, { unit: 'mnkr' })).toBe(`1${nb}804,9`);
    expect(formatAmount(ore, { unit: 'tkr' })).toBe(`1${nb}804${nb}950`);
    expect(formatAmount(ore, { unit: 'kr' })).toBe(`1${nb}804${nb}950${nb}000`);
    expect(formatAmount(ore, { unit: 'kr', decimals: 2 })).toBe(`1${nb}804${nb}949${nb}999,99`);
    expect(formatAmount(-206_560_000_000, { unit: 'mnkr' })).toBe(`${minus}2${nb}065,6`);
  });

  it('rounds half away from zero after scaling', () => {
    expect(formatAmount(180_495_000_000, { unit: 'mnkr' })).toBe(`1${nb}805,0`);
    expect(formatAmount(-206_565_000_000, { unit: 'mnkr' })).toBe(`${minus}2${nb}065,7`);
    expect(formatAmount(150_000, { unit: 'tkr' })).toBe('2');
    expect(formatAmount(-150_000, { unit: 'tkr' })).toBe(`${minus}2`);
    expect(formatAmount(149_999, { unit: 'tkr' })).toBe('1');
    expect(formatAmount(50, { unit: 'kr' })).toBe('1');
    expect(formatAmount(-49_999, { unit: 'tkr' })).toBe('0');
  });

  it('scales amounts beyond 2^53 öre given as bigint or string', () => {
    const big = 2n ** 63n; // 92 233 720 368 547 758,08 kr
    expect(formatAmount(big, { unit: 'kr' })).toBe(`92${nb}233${nb}720${nb}368${nb}547${nb}758`);
    expect(formatAmount(big, { unit: 'tkr' })).toBe(`92${nb}233${nb}720${nb}368${nb}548`);
    expect(formatAmount(big, { unit: 'mnkr' })).toBe(`92${nb}233${nb}720${nb}368,5`);
    expect(formatAmount(-big, { unit: 'mnkr', decimals: 3 })).toBe(`${minus}92${nb}233${nb}720${nb}368,548`);
    expect(formatAmount('9007199254740993', { unit: 'kr', decimals: 2 })).toBe(
      `90${nb}071${nb}992${nb}547${nb}409,93`,
    );
    expect(formatAmount('12345.50', { unit: 'kr', decimals: 2 })).toBe('123,46');
  });

  it('refuses a number that cannot be an exact öre amount', () => {
    expect(() => formatAmount(2 ** 53, { unit: 'kr' })).toThrow(RangeError);
    expect(() => formatAmount(12.5, { unit: 'kr' })).toThrow(RangeError);
  });

  it('appends the unit on request and keeps missing amounts missing', () => {
    expect(formatAmount(ore, { unit: 'mnkr', withUnit: true })).toBe(`1${nb}804,9${nb}mnkr`);
    expect(formatAmount(1_400_000, { unit: 'tkr', withUnit: true })).toBe(`14${nb}tkr`);
    expect(formatAmount(null, { unit: 'mnkr', withUnit: true })).toBe('\u2013');
    expect(formatAmount(undefined, { unit: 'tkr', missing: 'uppgift saknas' })).toBe('uppgift saknas');
  });
});

describe('formatKronor', () => {
  it('scales exact kronor text to tkr and mnkr with the usual rounding and the minus sign', () => {
    expect(formatKronor('81588000', { unit: 'mnkr' })).toBe('81,6');
    expect(formatKronor('-1224400000', { unit: 'mnkr' })).toBe(`\u22121${nb}224,4`);
    expect(formatKronor('46520000', { unit: 'tkr', withUnit: true })).toBe(`46${nb}520${nb}tkr`);
    expect(formatKronor('-2065.5', { unit: 'kr', decimals: 2 })).toBe(`\u22122${nb}065,50`);
    expect(formatKronor('1500', { unit: 'tkr' })).toBe('2');
    expect(formatKronor('-1500', { unit: 'tkr' })).toBe('\u22122');
    expect(formatKronor(null, { unit: 'tkr' })).toBe('\u2013');
  });
});

describe('formatChange', () => {
  it('reproduces the key-figure tables of the annual report', () => {
    expect(formatChange(1710932, 1572548)).toBe(`1${nb}710${nb}932 (8,8${nb}%)`);
    expect(formatChange(1015135, 991289)).toBe(`1${nb}015${nb}135 (2,4${nb}%)`);
    expect(formatChange(1020985, 1015135)).toBe(`1${nb}020${nb}985 (0,6${nb}%)`);
    expect(formatChange(255046, 250472)).toBe(`255${nb}046 (1,8${nb}%)`);
    expect(formatChange(235417, 255046)).toBe(`235${nb}417 (${minus}7,7${nb}%)`);
  });

  it('rounds the change exactly, half away from zero', () => {
    expect(formatChange(201, 200, { changeDecimals: 0 })).toBe(`201 (1${nb}%)`);
    expect(formatChange(199, 200, { changeDecimals: 0 })).toBe(`199 (${minus}1${nb}%)`);
    expect(formatChange(20201, 20000, { changeDecimals: 2 })).toBe(`20${nb}201 (1,01${nb}%)`);
    expect(formatChange(100000, 100001)).toBe(`100${nb}000 (0,0${nb}%)`);
    expect(formatChange(3, 3)).toBe(`3 (0,0${nb}%)`);
  });

  it('divides by the absolute previous value', () => {
    expect(formatChange(-50, -100)).toBe(`${minus}50 (50,0${nb}%)`);
    expect(formatChange(-150, -100)).toBe(`${minus}150 (${minus}50,0${nb}%)`);
    expect(formatChange(50, -100)).toBe(`50 (150,0${nb}%)`);
  });

  it('formats the value with its own decimals and accepts exact inputs', () => {
    expect(formatChange(6.9, 6.1, { decimals: 1 })).toBe(`6,9 (13,1${nb}%)`);
    expect(formatChange(2n ** 60n + 1n, 2n ** 60n, { changeDecimals: 20 })).toMatch(
      / \(0,0{16}\d{4}\u00a0%\)$/,
    );
    expect(formatChange('0.3', '0.1', { decimals: 1 })).toBe(`0,3 (200,0${nb}%)`);
    // Values of different scales: the previous value is scaled with the difference.
    expect(formatChange(9.68, 8.8, { decimals: 2 })).toBe(`9,68 (10,0${nb}%)`);
    expect(formatChange(8.8, 9.68, { decimals: 1 })).toBe(`8,8 (${minus}9,1${nb}%)`);
  });

  it('shows only the value when there is nothing to compare with', () => {
    expect(formatChange(9290, null)).toBe(`9${nb}290`);
    expect(formatChange(9290, undefined)).toBe(`9${nb}290`);
    expect(formatChange(9290, 0)).toBe(`9${nb}290`);
    expect(formatChange(null, 9290)).toBe('\u2013');
    expect(formatChange(undefined, 9290, { missing: 'us' })).toBe('us');
  });
});

describe('parseSwedishNumber', () => {
  it('reads what people type or paste', () => {
    expect(parseSwedishNumber('1 710 932')).toBe(1710932);
    expect(parseSwedishNumber('1\u00a0710\u00a0932')).toBe(1710932);
    expect(parseSwedishNumber('1\u202f710\u2009932')).toBe(1710932);
    expect(parseSwedishNumber(`${minus}2 065,6`)).toBe(-2065.6);
    expect(parseSwedishNumber('-2065,6')).toBe(-2065.6);
    expect(parseSwedishNumber('\u20132065,6')).toBe(-2065.6);
    expect(parseSwedishNumber('- 11,7')).toBe(-11.7);
    expect(parseSwedishNumber('+3,5')).toBe(3.5);
    expect(parseSwedishNumber('8,85')).toBe(8.85);
    expect(parseSwedishNumber('  42\t')).toBe(42);
    expect(parseSwedishNumber('007')).toBe(7);
  });

  it('reads a decimal dot when it cannot be a thousands separator', () => {
    expect(parseSwedishNumber('8.85')).toBe(8.85);
    expect(parseSwedishNumber('0.125')).toBe(0.125);
    expect(parseSwedishNumber('1234.567')).toBe(1234.567);
    expect(parseSwedishNumber('1 234.5')).toBe(1234.5);
    expect(parseSwedishNumber('1.234.567')).toBe(1234567);
    expect(parseSwedishNumber('1.234,5')).toBe(1234.5);
  });

  it('refuses a dot that could be either', () => {
    const result = parseSwedishNumber('1.234');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('tvetydigt') });
  });

  it('strips a per cent sign', () => {
    expect(parseSwedishNumber('12 %')).toBe(12);
    expect(parseSwedishNumber('12%')).toBe(12);
    expect(parseSwedishNumber(`8,8${nb}%`)).toBe(8.8);
    expect(parseSwedishNumber('-3,2%')).toBe(-3.2);
  });

  it('gives null for empty text and the usual marks for no value, never 0', () => {
    expect(parseSwedishNumber('')).toBeNull();
    expect(parseSwedishNumber('   ')).toBeNull();
    expect(parseSwedishNumber('\u2013')).toBeNull();
    expect(parseSwedishNumber('us')).toBeNull();
    expect(parseSwedishNumber('Inget utfall')).toBeNull();
    expect(Object.is(parseSwedishNumber('-0'), 0)).toBe(true);
  });

  it('fails with a Swedish message on text that is not a number', () => {
    expect(parseSwedishNumber('abc')).toEqual({ ok: false, message: '”abc” är inte ett tal' });
    for (const text of [
      '-',
      '%',
      '1,2,3',
      '12a',
      '1,234.5',
      '5,',
      '1e5',
      'NaN',
      '1.2.3',
      '12 34',
      '1 2345',
    ]) {
      const result = parseSwedishNumber(text);
      expect(isNumberParseFailure(result), text).toBe(true);
      if (isNumberParseFailure(result)) expect(result.message).toMatch(/^”.+” är/);
    }
    expect(isNumberParseFailure(12)).toBe(false);
    expect(isNumberParseFailure(null)).toBe(false);
  });

  it('reads back everything the formatters write', () => {
    const cases: [number, number][] = [
      [1710932, 0],
      [-2065.6, 1],
      [8.85, 2],
      [1.005, 2],
      [-0.04, 1],
      [123456789.123, 3],
      [-999.95, 1],
    ];
    for (const [value, decimals] of cases) {
      const text = formatNumber(value, { decimals });
      expect(parseSwedishNumber(text), text).toBe(
        Number(text.replaceAll(nb, '').replace(',', '.').replace(minus, '-')),
      );
    }
    expect(parseSwedishNumber(formatNumber(1.005, { decimals: 2 }))).toBe(1.01);
    expect(parseSwedishNumber(formatPercent(8.8))).toBe(8.8);
    expect(parseSwedishNumber(formatAmount(-206_560_000_000, { unit: 'mnkr' }))).toBe(-2065.6);
    expect(parseSwedishNumber(formatNumber(null))).toBeNull();
  });
});
