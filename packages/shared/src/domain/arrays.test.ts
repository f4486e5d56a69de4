import { describe, expect, it } from 'vitest';
import { largest, pushAll, smallest } from './arrays.ts';

describe('list helpers', () => {
  it('append and compare lists longer than a call takes arguments', () => {
    const many = Array.from({ length: 300_000 }, (_, index) => (index * 7919) % 300_000);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    expect(pushAll([-1], many)).toHaveLength(300_001);
    expect(largest(many, 0)).toBe(299_999);
    expect(smallest(many, 1)).toBe(0);
  });

  it('gives the fallback for no values', () => {
    expect(largest([], 0)).toBe(0);
    expect(smallest([], 5)).toBe(5);
    expect(largest([-3, -1, -2], 0)).toBe(-1);
  });
});
