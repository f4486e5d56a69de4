import { describe, expect, it } from 'vitest';
import { columnIndex, columnLetter, parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads semicolon-separated Swedish CSV with quotes, decimal commas and CRLF', () => {
    expect(parseCsv('\uFEFFRad;Bokslut 2022\r\n"Intäkter";128 122,5\r\n"Säg ""hej""";\r\n')).toEqual([
      ['Rad', 'Bokslut 2022'],
      ['Intäkter', '128 122,5'],
      ['Säg "hej"', ''],
    ]);
  });

  it('falls back to commas and keeps separators inside quotes', () => {
    expect(parseCsv('a,b\n"1,5",2')).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });
});

describe('column letters', () => {
  it('converts both ways', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(['A', 'Z', 'AA', 'ZZ', 'AAA'].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
    expect(columnIndex('a1')).toBe(-1);
  });
});
