import {
  type Block,
  type DocumentModel,
  heading,
  numberHeadings,
  paragraph,
} from '@styr/shared/domain/document-model';
import { describe, expect, it } from 'vitest';
import { type PdfPage, readPdf } from '../../../../../../test/pdf-text.ts';
import { renderPdf } from './render-pdf.ts';

/** The text of each page, line by line, with where each run of text stands. */
async function pagesOf(content: Buffer): Promise<PdfPage[]> {
  return (await readPdf(content)).pages;
}

/**
 * Enough chapters for contents over two pages, and sections of different lengths (one with a table over
 * several pages) so the headings land on pages that no fixed pattern predicts.
 */
function model(): DocumentModel {
  const blocks: Block[] = [];
  for (let chapter = 1; chapter <= 12; chapter += 1) {
    blocks.push(heading(1, `Kapitel ${chapter}`, true));
    for (let section = 1; section <= 5; section += 1) {
      blocks.push(heading(2, `Avsnitt ${chapter}.${section}`, true));
      const words = 'Nämnden följer upp verksamheten och redovisar resultatet för året. ';
      blocks.push(paragraph(words.repeat(((chapter * section) % 7) * 6 + 1)));
      if (chapter === 3 && section === 2) {
        blocks.push({
          kind: 'table',
          header: [{ text: 'Enhet' }, { text: 'Utfall', align: 'right' }],
          rows: Array.from({ length: 120 }, (_, row) => [
            { text: `Enhet ${row + 1}` },
            { text: String(row * 17), align: 'right' },
          ]),
          widths: [3, 1],
          notes: [],
        });
      }
    }
  }
  return {
    title: 'Årsrapport 2022',
    subtitle: 'Socialnämnden Prov',
    footer: 'Årsrapport 2022 Socialnämnden Prov',
    language: 'sv-SE',
    blocks: numberHeadings(blocks),
  };
}

describe('the PDF renderer', () => {
  it('numbers each contents entry with the page its heading is printed on, over contents of more than a page', async () => {
    const pages = await pagesOf(await renderPdf(model()));
    // A contents line: the heading's number and text, then its page number on its own at the right margin.
    const entries = pages.slice(1, 3).flatMap((page) =>
      page.lines.flatMap((line) => {
        const match = /^([\d.]+) (\S.*) (\d+)$/.exec(line.text);
        const pageNumber = line.items.at(-1);
        const before = line.items.at(-2);
        return match && pageNumber && before ? [{ match, pageNumber, before }] : [];
      }),
    );
    expect(entries).toHaveLength(72);
    expect(pages[2]?.text).toMatch(/Avsnitt/);
    const column = entries[0]?.pageNumber.right ?? 0;
    expect(column).toBeGreaterThan((pages[1]?.width ?? 0) * 0.8);
    const headingPages = new Set<number>();
    for (const { match, pageNumber, before } of entries) {
      const [, number, text, page] = match;
      // The page number is an item of its own, right-aligned in a column at the right, apart from the heading.
      expect(pageNumber.text, `${number} ${text}`).toBe(page);
      expect(pageNumber.right, `${number} ${text}`).toBeCloseTo(column, 0);
      expect(pageNumber.x - before.right, `${number} ${text}`).toBeGreaterThan(2 * pageNumber.fontSize);
      const printed = pages.findIndex(
        (content, index) => index > 2 && content.lines.some((line) => line.text === `${number} ${text}`),
      );
      expect(printed + 1, `${number} ${text}`).toBe(Number(page));
      headingPages.add(Number(page));
    }
    expect(headingPages.size).toBeGreaterThan(10);
  });

  it('gives the same bytes for the same model', async () => {
    expect((await renderPdf(model())).equals(await renderPdf(model()))).toBe(true);
  });

  it('wraps a 50 000-character word at the column, in the time a report of ordinary words of that length takes', async () => {
    const word = 'Verksamhetsuppföljning'.repeat(2_300).slice(0, 50_000);
    const withText = (text: string, table: string): DocumentModel => ({
      ...model(),
      blocks: numberHeadings([
        heading(1, 'Sammanfattning', true),
        paragraph(text),
        { kind: 'table', header: [{ text: 'Kommentar' }], rows: [[{ text: table }]], widths: [1], notes: [] },
      ]),
    });
    const timed = async (text: string, table: string) => {
      const start = performance.now();
      const content = await renderPdf(withText(text, table));
      return { content, ms: performance.now() - start };
    };
    await timed('Uppvärmning', 'Uppvärmning');
    const words = 'Nämnden följer upp verksamheten och redovisar resultatet. '.repeat(900).slice(0, 50_000);
    const ordinary = await timed(words, words.slice(0, 2_000));
    const long = await timed(word, word.slice(0, 2_000));
    // Before, PDFKit measured the rest of the word again for every line: minutes for this word, the event loop blocked.
    expect(long.ms).toBeLessThan(10 * ordinary.ms + 1_000);

    // Every character printed once and in order, beside the margins: the body of the pages after the contents.
    const pages = (await pagesOf(long.content)).slice(2);
    const body = pages.flatMap((page) => page.items.filter((item) => item.y > 60).map((item) => item.text));
    const printed = body.join('').replace(/[\s\u200b]/g, '');
    expect(printed === `1Sammanfattning${word}Kommentar${word.slice(0, 2_000)}`, 'the word as printed').toBe(
      true,
    );
    const overhang = pages.flatMap((page) => page.items.filter((item) => item.right > page.width - 60));
    expect(overhang).toEqual([]);
  });
});
