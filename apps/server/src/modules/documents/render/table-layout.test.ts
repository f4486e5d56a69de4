import type { Cell } from '@styr/shared/domain/document-model';
import { describe, expect, it } from 'vitest';
import { parsedFonts } from './pdf-fonts.ts';
import { columnWidths, figureOffsets } from './table-layout.ts';

const size = 8.5;
const measure = (text: string, bold: boolean) => {
  const face = parsedFonts()[bold ? 'bold' : 'regular'];
  return (face.layout(text).advanceWidth / face.unitsPerEm) * size;
};
const padding = 3;
const cells = (...texts: string[]): Cell[] => texts.map((text) => ({ text }));

describe('columnWidths', () => {
  it('keeps the template widths when every word fits', () => {
    const block = { header: cells('Enhet', 'Utfall'), rows: [cells('Hisingen', '12')], widths: [3, 1] };
    const widths = columnWidths({ block, total: 400, padding, measure });
    expect(widths[0]).toBeCloseTo(300);
    expect(widths[1]).toBeCloseTo(100);
  });

  it('widens a column until its longest header word fits, taking the room from the others by weight', () => {
    const header = cells('Mått', 'Hälso- och sjukvårdsnämnden', 'Socialnämnden', 'Summa');
    const block = { header, rows: [cells('Budget', '700', '700', '1 400')], widths: [40, 20, 20, 20] };
    const total = 300;
    const widths = columnWidths({ block, total, padding, measure });
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(total);
    // Before, each figure column had 20 % of the table (60 pt) and "sjukvårdsnämnden" was split inside.
    for (const [index, cell] of header.entries()) {
      for (const word of cell.text.split(' ')) {
        expect(measure(word, true), word).toBeLessThanOrEqual((widths[index] ?? 0) - 2 * padding);
      }
    }
    expect(widths[0]).toBeGreaterThan(widths[3] ?? 0);
  });

  it('widens a column for a body word when that leaves the table about as long, not when it would grow', () => {
    const word = 'Konsekvensbeskrivning';
    const narrow = columnWidths({
      block: { header: cells('Risk', 'Beskrivning'), rows: [cells(word, 'Kort text.')], widths: [1, 4] },
      total: 400,
      padding,
      measure,
    });
    expect(measure(word, false)).toBeLessThanOrEqual((narrow[0] ?? 0) - 2 * padding);
    // The long column's text would need many more lines in the room the long word takes from it.
    const long = 'Nämnden följer upp verksamheten och redovisar resultatet för året. '.repeat(6);
    const kept = columnWidths({
      block: { header: cells('Risk', 'Beskrivning'), rows: [cells(word, long)], widths: [1, 6] },
      total: 300,
      padding,
      measure,
    });
    expect(kept[0]).toBeCloseTo(300 / 7);
  });

  it('keeps the template widths when even the header words do not fit the table', () => {
    const block = {
      header: cells('Verksamhetsuppföljningsrapport', 'Verksamhetsuppföljningsrapport'),
      rows: [],
      widths: [1, 3],
    };
    const widths = columnWidths({ block, total: 150, padding, measure });
    expect(widths[0]).toBeCloseTo(37.5);
    expect(widths[1]).toBeCloseTo(112.5);
  });
});

describe('figureOffsets', () => {
  const regular = (text: string) => measure(text, false);
  const right = (text: string): Cell => ({ text, align: 'right' });

  it('lines the right-aligned figures of a column up on the decimal comma', () => {
    const texts = ['8,85', '2\u00a0449', '\u22121\u00a0224,4', '–', '22 %', '1\u00a0015\u00a0135 (2,4 %)'];
    const block = { rows: texts.map((text) => [{ text: 'Mått' }, right(text)]) };
    const offsets = figureOffsets({ block, rooms: [200, 200], measure: regular });
    // Where each figure's whole-number part ends, measured from the right edge of the cell's room.
    const ends = texts.map((text, index) => {
      const whole = /^[-\u2212]?\d+(?:\u00a0\d{3})*/u.exec(text)?.[0] ?? text;
      return (offsets[index]?.[1] ?? 0) + regular(text.slice(whole.length));
    });
    for (const end of ends) expect(end).toBeCloseTo(regular(' (2,4 %)'), 5);
    expect(offsets.map((row) => row[0])).toEqual(texts.map(() => 0));
  });

  it('leaves a figure right-aligned when the aligned figure would not fit its column, and cells of several lines', () => {
    const block = { rows: [[right('1,5')], [right('123\u00a0456')], [right('7\n8,25')]] };
    const offsets = figureOffsets({ block, rooms: [regular('123\u00a0456')], measure: regular });
    expect(offsets[0]?.[0]).toBe(0);
    expect(offsets[1]?.[0]).toBe(0);
    expect(offsets[2]?.[0]).toBe(0);
    const roomy = figureOffsets({ block, rooms: [100], measure: regular });
    expect(roomy[0]?.[0]).toBe(0);
    expect(roomy[1]?.[0]).toBeCloseTo(regular(',5'));
  });
});
