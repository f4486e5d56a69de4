import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Block,
  type DocumentModel,
  heading,
  numberHeadings,
  paragraph,
} from '@styr/shared/domain/document-model';
import { describe, expect, it } from 'vitest';
import { renderPdf } from './render-pdf.ts';

const folder = mkdtempSync(join(tmpdir(), 'styr-render-pdf-'));

/** The text of each page as pdftotext lays it out (pages end with a form feed). */
function pagesOf(content: Buffer): string[] {
  const path = join(folder, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, content);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f');
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

// The first rendering in a process parses the fonts and shapes every word: on a loaded machine that outlasts
// the default timeout.
describe('the PDF renderer', { timeout: 60_000 }, () => {
  it('numbers each contents entry with the page its heading is printed on, over contents of more than a page', async () => {
    const pages = pagesOf(await renderPdf(model()));
    const entries = pages
      .slice(1, 3)
      .flatMap((page) => [...page.matchAll(/^\s*([\d.]+)\s+(\S.*?)\s{2,}(\d+)$/gm)]);
    expect(entries).toHaveLength(72);
    expect(pages[2]).toMatch(/Avsnitt/);
    const headingPages = new Set<number>();
    for (const [, number, text, page] of entries) {
      const printed = pages.findIndex(
        (content, index) =>
          index > 2 && content.split('\n').some((line) => line.trim() === `${number} ${text}`),
      );
      expect(printed + 1, `${number} ${text}`).toBe(Number(page));
      headingPages.add(Number(page));
    }
    expect(headingPages.size).toBeGreaterThan(10);
  });

  it('gives the same bytes for the same model', async () => {
    expect((await renderPdf(model())).equals(await renderPdf(model()))).toBe(true);
  });
});
