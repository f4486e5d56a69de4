import { describe, expect, it } from 'vitest';
import { previewDateOf } from './preview-date.ts';

const points = [
  { key: 'tertial1', month: 4 },
  { key: 'delar', month: 8 },
  { key: 'arsrapport', month: 12 },
];

describe('a preview’s date', () => {
  it('is the last day of the period a follow-up reports', () => {
    expect(previewDateOf('delarsrapport', 2024, points)).toBe('2024-08-31');
    expect(previewDateOf('arsrapport', 2022, points)).toBe('2022-12-31');
    expect(previewDateOf('delarsrapport', 2024, [{ key: 'februari', month: 2 }, ...points.slice(2)])).toBe(
      '2024-02-29',
    );
  });

  it('is the first day of the year a plan is for, and of a year without follow-up points', () => {
    expect(previewDateOf('verksamhetsplan', 2024, points)).toBe('2024-01-01');
    expect(previewDateOf('arsrapport', 2023, [])).toBe('2023-01-01');
  });
});
