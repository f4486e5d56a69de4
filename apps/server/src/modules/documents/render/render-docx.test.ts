import { type DocumentModel, heading, numberHeadings, paragraph } from '@styr/shared/domain/document-model';
import { describe, expect, it } from 'vitest';
import { docxPart } from '../../../../../../test/docx-parts.ts';
import { parsedFonts } from './pdf-fonts.ts';
import { renderDocx } from './render-docx.ts';

const right = (text: string) => ({ text, align: 'right' as const });

const model: DocumentModel = {
  title: 'Verksamhetsplan 2023',
  subtitle: 'Socialnämnden Prov',
  footer: 'Verksamhetsplan 2023 Socialnämnden Prov',
  language: 'sv-SE',
  blocks: numberHeadings([
    heading(1, 'Budget', true),
    { kind: 'status', prefix: 'Bedömd måluppfyllelse', label: 'God', tone: 'good' },
    paragraph('Nämnden följer upp verksamheten.'),
    {
      kind: 'table',
      header: [{ text: 'Budget' }, right('Hälso- och sjukvårdsnämnden'), right('Summa')],
      rows: [
        [{ text: 'Öka den psykiska hälsan' }, right('8,85'), right('100')],
        [{ text: 'Främja hälsosamma livsmiljöer' }, right('2\u00a0449'), right('1\u00a0000')],
        [{ text: 'Summa' }, right('2\u00a0457,85'), right('1\u00a0100')],
      ],
      widths: [84, 8, 8],
      notes: ['Belopp i tkr.', '– betyder att uppgift saknas.'],
    },
  ]),
};

/** The width of a text in Word's units (twentieths of a point) at the table's 9 pt. */
const twips = (text: string, font: 'regular' | 'bold') => {
  const face = parsedFonts()[font];
  return (face.layout(text).advanceWidth / face.unitsPerEm) * 9 * 20;
};

describe('the Word renderer', () => {
  it("repeats the header row on every page, never splits a row, and keeps status lines and a table's last row with what follows", async () => {
    const xml = docxPart(await renderDocx(model), 'word/document.xml');
    const rows = xml.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('<w:tblHeader/>');
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    for (const row of rows.slice(1)) expect(row).not.toContain('<w:tblHeader/>');
    const paragraphWith = (text: string) =>
      new RegExp(`<w:p>(?:(?!<w:p>).)*?${text}`, 's').exec(xml)?.[0] ?? '';
    expect(paragraphWith('Bedömd måluppfyllelse')).toContain('<w:keepNext/>');
    // The last row keeps with the notes under the table, the first note with the second.
    for (const cell of rows[3]?.match(/<w:p>.*?<\/w:p>/gs) ?? []) expect(cell).toContain('<w:keepNext/>');
    for (const cell of rows[2]?.match(/<w:p>.*?<\/w:p>/gs) ?? []) expect(cell).not.toContain('<w:keepNext/>');
    expect(paragraphWith('Belopp i tkr.')).toContain('<w:keepNext/>');
    expect(paragraphWith('– betyder att uppgift saknas.')).not.toContain('<w:keepNext/>');
  });

  it('widens a column for its header words in a fixed grid, and aligns figures on the decimal comma', async () => {
    const xml = docxPart(await renderDocx(model), 'word/document.xml');
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(grid).toHaveLength(3);
    // 8 % of the page would be about 745; "sjukvårdsnämnden" in bold needs more, with the cell's margins.
    expect(grid[1]).toBeGreaterThanOrEqual(twips('sjukvårdsnämnden', 'bold') + 2 * 108);
    // Each figure's paragraph: a whole number stands in from the right edge by the decimals' width.
    const indent = (text: string) => {
      const paragraph = new RegExp(`<w:p>(?:(?!<w:p>).)*?<w:t[^>]*>${text}</w:t>`, 's').exec(xml)?.[0] ?? '';
      return Number(/<w:ind w:right="(\d+)"\/>/.exec(paragraph)?.[1] ?? 0);
    };
    expect(indent('8,85')).toBe(0);
    expect(indent('2\u00a0457,85')).toBe(0);
    expect(indent('2\u00a0449')).toBeGreaterThan(0.8 * twips(',85', 'regular'));
    expect(indent('2\u00a0449')).toBeLessThan(twips(',85', 'regular'));
    expect(indent('100')).toBe(0);
  });
});
