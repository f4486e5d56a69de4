import {
  type Block,
  type Cell,
  type DocumentModel,
  heading,
  numberHeadings,
  paragraph,
  type TableBlock,
} from '@styr/shared/domain/document-model';
import { describe, expect, it } from 'vitest';
import { type PdfPage, readPdf } from '../../../../../../test/pdf-text.ts';
import { parsedFonts } from './pdf-fonts.ts';
import { renderPdf } from './render-pdf.ts';

const sentence = 'Nämnden följer upp verksamheten och redovisar resultatet för året. ';

const documentOf = (blocks: Block[]): DocumentModel => ({
  title: 'Årsrapport 2022',
  subtitle: 'Socialnämnden Prov',
  footer: 'Årsrapport 2022 Socialnämnden Prov',
  language: 'sv-SE',
  blocks: numberHeadings([heading(1, 'Kapitel', true), ...blocks]),
});

const table = (header: Cell[], rows: Cell[][], widths: number[], notes: string[] = []): TableBlock => ({
  kind: 'table',
  header,
  rows,
  widths,
  notes,
});

/** The pages after the cover and contents, with only the lines above the footer. */
async function bodyPages(model: DocumentModel): Promise<PdfPage[]> {
  const { pages } = await readPdf(await renderPdf(model));
  return pages.slice(2).map((page) => ({ ...page, lines: page.lines.filter((line) => line.y > 60) }));
}

const pageWith = (pages: readonly PdfPage[], text: string) =>
  pages.findIndex((page) => page.lines.some((line) => line.text === text));

describe('the PDF layout', () => {
  it('never leaves a heading at the foot of a page: it moves on with the start of what follows', async () => {
    // Texts of every length before a heading, a subheading and a table whose first row is tall, so that some
    // chain of headings reaches every height on the page.
    const blocks: Block[] = [];
    for (let section = 1; section <= 30; section += 1) {
      blocks.push(paragraph(sentence.repeat((section * 7) % 23)));
      blocks.push(heading(2, `Avsnitt ${section}`, true), heading(3, `Detaljer ${section}`, true));
      blocks.push({ kind: 'status', prefix: 'Bedömd måluppfyllelse', label: 'God', tone: 'good' });
      blocks.push(
        table(
          [{ text: 'Enhet' }, { text: 'Kommentar' }],
          [[{ text: `Enhet ${section}` }, { text: sentence.repeat(4) }]],
          [1, 2],
        ),
      );
    }
    const pages = await bodyPages(documentOf(blocks));
    expect(pages.length).toBeGreaterThan(8);
    for (let section = 1; section <= 30; section += 1) {
      const page = pageWith(pages, `1.${section} Avsnitt ${section}`);
      expect(page, `Avsnitt ${section}`).toBeGreaterThanOrEqual(0);
      expect(pageWith(pages, `1.${section}.1 Detaljer ${section}`), `Detaljer ${section}`).toBe(page);
      const first = pages[page]?.lines.find((line) => line.text.startsWith(`Enhet ${section} `));
      expect(first, `the table's first row under Avsnitt ${section}`).toBeDefined();
    }
  });

  it("never leaves a text's first line alone at the foot of a page", async () => {
    const blocks: Block[] = [];
    for (let section = 1; section <= 60; section += 1) {
      const words = Array.from({ length: 30 + ((section * 11) % 17) }, (_, word) => `s${section}w${word}`);
      blocks.push(paragraph(words.join(' ')));
    }
    const pages = await bodyPages(documentOf(blocks));
    expect(pages.length).toBeGreaterThan(1);
    for (let section = 1; section <= 60; section += 1) {
      const page = pages.find((found) => found.lines.some((line) => line.text.startsWith(`s${section}w0 `)));
      const lines = page?.lines.filter((line) => line.text.includes(`s${section}w`)) ?? [];
      expect(lines.length, `text ${section}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('splits a long table over pages with its header row on top of each, starting it where the text before ends', async () => {
    const rows = Array.from({ length: 150 }, (_, row) => [
      { text: `Enhet ${row + 1}` },
      { text: String((row + 1) * 17), align: 'right' as const },
    ]);
    const pages = await bodyPages(
      documentOf([
        paragraph(sentence.repeat(20)),
        table([{ text: 'Enhet' }, { text: 'Utfall', align: 'right' }], rows, [3, 1]),
      ]),
    );
    const tablePages = pages.filter((page) => page.lines.some((line) => /^Enhet \d+ /.test(line.text)));
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
    // The table starts on the page of the text before it: no half-empty page ahead of it.
    expect(tablePages[0]).toBe(pages[0]);
    const printed: string[] = [];
    for (const page of tablePages) {
      const at = page.lines.findIndex((line) => /^Enhet \d+ /.test(line.text));
      expect(page.lines[at - 1]?.text, `page ${page.number}`).toBe('Enhet Utfall');
      printed.push(...page.lines.filter((line) => /^Enhet \d+ /.test(line.text)).map((line) => line.text));
    }
    expect(printed).toEqual(rows.map(([unit, value]) => `${unit?.text} ${value?.text}`));
  });

  it('splits a row taller than a page between its lines, under the header on each page, keeping every word', async () => {
    const words = Array.from({ length: 1_400 }, (_, word) => `ord${word + 1}`);
    const { pages } = await readPdf(
      await renderPdf(
        documentOf([
          paragraph(sentence),
          table(
            [{ text: 'Uppdrag' }, { text: 'Kommentar' }],
            [
              [{ text: 'Kort uppdrag' }, { text: words.join(' ') }],
              [{ text: 'Nästa uppdrag' }, { text: 'Klart.' }],
            ],
            [1, 2],
          ),
        ]),
      ),
    );
    const body = pages.slice(2);
    expect(body.length).toBeGreaterThanOrEqual(3);
    const printed: string[] = [];
    for (const page of body) {
      const lines = page.lines.filter((line) => line.y > 60);
      // Nothing runs into the bottom margin, where the footer stands.
      expect(Math.min(...lines.map((line) => line.y)), `page ${page.number}`).toBeGreaterThan(70);
      const header = lines.findIndex((line) => line.text === 'Uppdrag Kommentar');
      expect(header, `page ${page.number}`).toBeGreaterThanOrEqual(0);
      printed.push(...lines.flatMap((line) => line.text.split(' ').filter((word) => /^ord\d+$/.test(word))));
    }
    expect(printed).toEqual(words);
    expect(body.at(-1)?.text).toContain('Nästa uppdrag Klart.');
  });

  it("keeps a table's notes on the page of its last row", async () => {
    const blocks: Block[] = [];
    for (let section = 1; section <= 30; section += 1) {
      blocks.push(paragraph(sentence.repeat((section * 5) % 19)));
      blocks.push(
        table(
          [{ text: 'Mått' }, { text: 'Utfall', align: 'right' }],
          [1, 2, 3].map((row) => [
            { text: `Rad ${row} i tabell ${section}` },
            { text: '12', align: 'right' },
          ]),
          [3, 1],
          [`Not till tabell ${section}.`, '– betyder att uppgift saknas.'],
        ),
      );
    }
    const pages = await bodyPages(documentOf(blocks));
    for (let section = 1; section <= 30; section += 1) {
      expect(pageWith(pages, `Not till tabell ${section}.`), `tabell ${section}`).toBe(
        pageWith(pages, `Rad 3 i tabell ${section} 12`),
      );
    }
  });

  it('breaks header cells only between words, widening their columns', async () => {
    const header = [
      { text: 'Budget' },
      { text: 'Hälso- och sjukvårdsnämnden', align: 'right' as const },
      { text: 'Socialnämnden Nordost', align: 'right' as const },
      { text: 'Summa', align: 'right' as const },
    ];
    const pages = await bodyPages(
      documentOf([
        table(
          header,
          [
            [
              { text: 'Öka den psykiska hälsan' },
              ...['50', '50', '100'].map((text) => ({ text, align: 'right' as const })),
            ],
          ],
          [75, 8, 9, 8],
        ),
      ]),
    );
    // A word split inside would show as two pieces on two lines.
    const words = pages.flatMap((page) => page.items.flatMap((item) => item.text.split(' ')));
    for (const word of ['Hälso-', 'och', 'sjukvårdsnämnden', 'Socialnämnden', 'Nordost', 'Summa']) {
      expect(words, word).toContain(word);
    }
  });

  it('lines up figures on their decimal comma', async () => {
    const figures = ['8,85', '2\u00a0449', '\u2212130,5', '–', '22 %'];
    const pages = await bodyPages(
      documentOf([
        table(
          [{ text: 'Mått' }, { text: 'Utfall', align: 'right' }],
          figures.map((text, row) => [{ text: `Mått ${row + 1}` }, { text, align: 'right' }]),
          [3, 1],
        ),
      ]),
    );
    const items = pages[0]?.items ?? [];
    const face = parsedFonts().regular;
    const width = (text: string) => (face.layout(text).advanceWidth / face.unitsPerEm) * 8.5;
    // Where the whole-number part of each figure ends: its right edge less the decimals and what follows.
    const tails: Record<string, string> = { '8,85': ',85', '\u2212130,5': ',5', '22 %': ' %' };
    const ends = figures.map((text) => {
      // PDF.js reads the no-break space as a space.
      const item = items.find((found) => found.text === text.replaceAll('\u00a0', ' '));
      expect(item, text).toBeDefined();
      return (item?.right ?? 0) - width(tails[text] ?? '');
    });
    for (const end of ends) expect(end).toBeCloseTo(ends[0] ?? 0, 0);
    // And not merely right-aligned: the whole numbers end left of the right edge by the widest decimals.
    const edge = Math.max(...ends.map((end, index) => end + width(tails[figures[index] ?? ''] ?? '')));
    expect(edge - (ends[1] ?? 0)).toBeCloseTo(width(',85'), 0);
  });
});
