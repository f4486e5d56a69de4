import { describe, expect, it } from 'vitest';
import {
  deviationOre,
  exceedsKronorRange,
  kronorFromOre,
  kronorFromUnit,
  oreFromKronor,
  sumOre,
} from './money.ts';

describe('money in öre', () => {
  it('reads kronor exactly, with and without decimals and sign', () => {
    expect(oreFromKronor('128122000')).toBe(12_812_200_000n);
    expect(oreFromKronor('-2065.5')).toBe(-206_550n);
    expect(oreFromKronor('0.05')).toBe(5n);
    expect(() => oreFromKronor('1,5')).toThrow(RangeError);
    expect(() => oreFromKronor('1.005')).toThrow(RangeError);
  });

  it('writes the shortest exact kronor text, so a round trip gives the same text', () => {
    for (const text of ['128122000', '-2065.5', '0.05', '0', '-1170830000']) {
      expect(kronorFromOre(oreFromKronor(text))).toBe(text);
    }
    expect(kronorFromOre(-5n)).toBe('-0.05');
  });

  it('sums without float error and keeps all-missing as missing', () => {
    expect(sumOre([oreFromKronor('0.1'), oreFromKronor('0.2')])).toBe(30n);
    expect(sumOre([null, undefined])).toBeNull();
    expect(sumOre([null, 0n])).toBe(0n);
  });

  it('computes deviation as actual minus budget, missing when either is', () => {
    expect(deviationOre(8_163_100_000n, 0n)).toBe(8_163_100_000n);
    expect(deviationOre(-122_434_500_000n, -128_626_300_000n)).toBe(6_191_800_000n);
    expect(deviationOre(null, 1n)).toBeNull();
  });

  it('turns typed tkr and mnkr into exact kronor without float error', () => {
    expect(kronorFromUnit(128.2, 'mnkr')).toBe('128200000');
    expect(kronorFromUnit(-1224.4, 'mnkr')).toBe('-1224400000');
    expect(kronorFromUnit(0.1 + 0.2, 'tkr')).toBeNull();
    expect(kronorFromUnit(46520, 'tkr')).toBe('46520000');
    expect(kronorFromUnit(1.23456, 'tkr')).toBe('1234.56');
    expect(kronorFromUnit(1.234567, 'tkr')).toBeNull();
    expect(kronorFromUnit(0, 'mnkr')).toBe('0');
    expect(kronorFromUnit(1_000_000_000_000, 'tkr')).toBeNull();
    expect(kronorFromUnit(999_999_999_999.99, 'tkr')).toBe('999999999999990');
    expect(kronorFromUnit(99_999_999_999, 'tkr')).toBe('99999999999000');
    expect(kronorFromUnit(-1e15, 'tkr')).toBeNull();
    expect(kronorFromUnit(1e20, 'kr')).toBeNull();
    expect(exceedsKronorRange(1e12, 'tkr')).toBe(true);
    expect(exceedsKronorRange(Number.NaN, 'kr')).toBe(true);
    expect(exceedsKronorRange(-999_999_999, 'mnkr')).toBe(false);
  });
});
