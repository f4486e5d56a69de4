import { resolveFrame } from '@styr/shared/domain/document-frame';
import { type DocumentModel, heading, numberHeadings, paragraph } from '@styr/shared/domain/document-model';
import { describe, expect, it } from 'vitest';
import { pdfUaProblems } from '../../../../../../test/pdf-conformance.ts';
import { readPdfStructure } from '../../../../../../test/pdf-structure.ts';
import { readPdf } from '../../../../../../test/pdf-text.ts';
import { renderPdf } from './render-pdf.ts';

const values = { title: 'Årsrapport 2025', committee: 'Socialnämnden Prov', municipality: 'Provkommunen' };

function model(frame: Parameters<typeof resolveFrame>[0]): DocumentModel {
  const text = 'Nämnden följer upp verksamheten och redovisar resultatet för året. '.repeat(40);
  return {
    title: values.title,
    subtitle: values.committee,
    footer: `${values.title} ${values.committee}`,
    language: 'sv-SE',
    blocks: numberHeadings(
      [1, 2, 3].flatMap((n) => [
        heading(1, `Kapitel ${n}`, true),
        heading(2, `Avsnitt ${n}.1`, true),
        paragraph(text),
      ]),
    ),
    frame: resolveFrame(frame, values),
  };
}

describe('the PDF in the template’s frame', () => {
  it('starts with the chapters when there is no title page or contents, with header and footer on every page', async () => {
    const pdf = await renderPdf(
      model({
        titlePage: false,
        contents: false,
        footer: { parts: ['municipality', 'page'], separator: ' – ', pageStyle: 'pageOf' },
        header: { parts: ['committee', 'title'], separator: ', ' },
      }),
    );
    const { pages } = await readPdf(pdf);
    expect(pages[0]?.lines.map((line) => line.text)).toContain('1 Kapitel 1');
    for (const page of pages) {
      const [top] = page.lines;
      expect(top?.text).toBe('Socialnämnden Prov, Årsrapport 2025');
      expect(page.lines.at(-1)?.text).toBe(`Provkommunen – Sida ${page.number} av ${pages.length}`);
    }
    // Header and footer are page furniture, outside the structure tree: two texts drawn as pagination.
    const structure = await readPdfStructure(pdf);
    for (const page of structure.pages) expect(page.artifactText).toEqual([{ type: 'Pagination', text: 2 }]);
    expect(pdfUaProblems(structure)).toEqual([]);
  });

  it('lists the chapters down to the contents’ depth', async () => {
    const { pages } = await readPdf(await renderPdf(model({ contents: { depth: 1 } })));
    const contents = pages[1]?.text ?? '';
    expect(contents).toContain('Innehållsförteckning');
    expect(contents).toMatch(/1 Kapitel 1/);
    expect(contents).not.toMatch(/Avsnitt/);
  });
});
