import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import {
  cellCountProblem,
  positionProblem,
  sheetsSizeProblem,
  spreadsheetLimits,
} from './spreadsheet-limits.ts';

const { rows, columns, cells } = spreadsheetLimits;

describe('spreadsheet limits', () => {
  it('names the first cell beyond the rows or columns a sheet may have', () => {
    expect(positionProblem('Blad1', rows, columns)).toBeNull();
    expect(positionProblem('Blad1', rows + 1, 1)).toEqual({
      path: `Blad1!A${rows + 1}`,
      message: expect.stringMatching(/^Cellen ligger efter rad 50.000; ett blad får ha högst 50.000 rader$/),
    });
    expect(positionProblem('Blad1', 1, 16_384)?.path).toBe('Blad1!XFD1');
    expect(positionProblem('Blad1', 1, columns + 1)?.message).toMatch(
      /efter kolumn ALL; .* högst 1.000 kolumner/,
    );
  });

  it('counts the cells of the whole file', () => {
    expect(cellCountProblem(cells)).toBeNull();
    expect(cellCountProblem(cells + 1)?.path).toBe('file');
  });

  it('checks sheets already read: rows first, then columns, then the cells of all sheets together', () => {
    const row = ['Intäkter', '1'];
    expect(sheetsSizeProblem([{ name: 'a', rows: Array.from({ length: rows }, () => row) }])).toBeNull();
    expect(sheetsSizeProblem([{ name: 'a', rows: Array.from({ length: rows + 1 }, () => row) }])?.path).toBe(
      `a!B${rows + 1}`,
    );
    expect(sheetsSizeProblem([{ name: 'a', rows: [[], Array(columns + 1).fill('')] }])?.path).toBe('a!ALM2');
    const half = Array.from({ length: cells / 2 / 4 + 1 }, () => ['', '', '', '']);
    expect(sheetsSizeProblem([{ name: 'a', rows: half }])).toBeNull();
    expect(
      sheetsSizeProblem([
        { name: 'a', rows: half },
        { name: 'b', rows: half },
      ])?.path,
    ).toBe('file');
  });

  it('lets CSV reading stop once more cells than the limit are read', () => {
    const text = 'Intäkter;1\n'.repeat(1_000);
    expect(parseCsv(text)).toHaveLength(1_000);
    const stopped = parseCsv(text, 99);
    expect(stopped.flat().length).toBe(100);
    expect(stopped).toHaveLength(50);
  });
});
