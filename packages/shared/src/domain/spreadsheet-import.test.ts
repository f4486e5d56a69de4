import { describe, expect, it } from 'vitest';
import { importMappingSchema } from '../contracts/economy-files.ts';
import { readMappedSheet, type Sheet } from './spreadsheet-import.ts';

const sheet: Sheet = {
  name: 'Resultaträkning',
  rows: [
    ['Mnkr', 'Bokslut 2022', 'Budget 2022'],
    ['Intäkter', 128.2, '107,0'],
    ['Resultat', 81.6, 0],
    [null, null, null],
    ['Okänd rad', 1, 1],
    ['Kostnader', 'mycket', '−1 286,3'],
    [null, 5, null],
  ],
};
const mapping = importMappingSchema.parse({
  sheet: 'Resultaträkning',
  firstRow: 2,
  labelColumn: 'A',
  unit: 'mnkr',
  columns: [
    { column: 'B', kind: 'actual', year: 2022 },
    { column: 'C', kind: 'budget', year: 2022 },
  ],
});
const lines: Record<string, string> = { intäkter: 'intakter', kostnader: 'kostnader' };
const resolve = (label: string) => {
  if (label === 'Resultat') return { problem: 'Resultat räknas fram och läses inte in' };
  const key = lines[label.toLowerCase()];
  return key ? { key } : { problem: `Raden ”${label}” finns inte i resultaträkningen` };
};

describe('readMappedSheet', () => {
  it('reads numbers and Swedish number text from the mapped columns, naming each cell', () => {
    const { values } = readMappedSheet(sheet, mapping, resolve);
    expect(values.map(({ cell, target, value }) => [cell, target, value])).toEqual([
      ['Resultaträkning!B2', 'intakter', 128.2],
      ['Resultaträkning!C2', 'intakter', 107],
      ['Resultaträkning!C6', 'kostnader', -1286.3],
    ]);
  });

  it('reports every unreadable cell with its sheet and cell', () => {
    expect(readMappedSheet(sheet, mapping, resolve).problems).toEqual([
      { path: 'Resultaträkning!A3', message: 'Resultat räknas fram och läses inte in' },
      { path: 'Resultaträkning!A5', message: 'Raden ”Okänd rad” finns inte i resultaträkningen' },
      { path: 'Resultaträkning!B6', message: '”mycket” är inte ett tal' },
      { path: 'Resultaträkning!A7', message: 'Raden har värden men ingen benämning' },
    ]);
  });

  it('skips a row with a label and no values as a heading when asked, and reads the rest', () => {
    const withHeading: Sheet = {
      ...sheet,
      rows: [...sheet.rows.slice(0, 1), ['Personal'], ...sheet.rows.slice(1, 2)],
    };
    expect(readMappedSheet(withHeading, mapping, resolve).problems).toEqual([
      { path: 'Resultaträkning!A2', message: 'Raden ”Personal” finns inte i resultaträkningen' },
    ]);
    const read = readMappedSheet(withHeading, mapping, resolve, { headings: true });
    expect(read.problems).toEqual([]);
    expect(read.values.map(({ cell }) => cell)).toEqual(['Resultaträkning!B3', 'Resultaträkning!C3']);
  });
});
