import { numberFootnotes } from '@styr/shared/domain/document-footnotes';
import { type DocumentModel, heading, numberHeadings } from '@styr/shared/domain/document-model';
import { richTextBlocks } from '@styr/shared/domain/document-rich-text';
import { describe, expect, it } from 'vitest';
import { docxPart } from '../../../../../../test/docx-parts.ts';
import { elementTypes, pdfAProblems, pdfUaProblems } from '../../../../../../test/pdf-conformance.ts';
import { readPdfStructure } from '../../../../../../test/pdf-structure.ts';
import { readPdf } from '../../../../../../test/pdf-text.ts';
import { renderDocx } from './render-docx.ts';
import { renderHtml } from './render-html.ts';
import { renderPdf } from './render-pdf.ts';

/** Two chapters whose stored texts hold a table and footnotes, as the editor writes them and the server keeps them. */
const model = (): DocumentModel => ({
  title: 'Årsrapport 2025',
  subtitle: 'Vård- och omsorgsnämnden',
  footer: 'Årsrapport 2025 Vård- och omsorgsnämnden',
  language: 'sv-SE',
  blocks: numberFootnotes(
    numberHeadings([
      heading(1, 'Måluppfyllelse', true),
      ...richTextBlocks(
        '<p>Väntetiden minskade<span data-footnote>Median i dagar, enligt verksamhetssystemet.</span> under året.</p>' +
          '<table><tbody><tr><th><p>Enhet</p></th><th><p>Dagar</p></th></tr>' +
          '<tr><td><p>Hemtjänst norr</p></td><td><p>14,5</p></td></tr></tbody></table>',
      ),
      heading(1, 'Ekonomi', true),
      ...richTextBlocks(
        '<ul><li>Underskott<span data-footnote>Före omföring av statsbidrag.</span></li></ul>',
      ),
    ]),
  ),
});

describe('rich text in the documents', () => {
  it('prints a table and numbered footnotes in the PDF, each chapter’s notes at its end, as PDF/UA', async () => {
    const pdf = await renderPdf(model(), { decided: '2026-02-20' });
    const text = (await readPdf(pdf)).pages.map((page) => page.text).join('\n');
    expect(text).toContain('Väntetiden minskade¹ under året.');
    expect(text).toMatch(
      /Enhet +Dagar\nHemtjänst norr +14,5\n[\s\S]*1 +Median i dagar, enligt verksamhetssystemet\.\n2 Ekonomi/,
    );
    expect(text).toMatch(/Underskott²\n2 +Före omföring av statsbidrag\./);
    const structure = await readPdfStructure(pdf);
    expect(pdfUaProblems(structure)).toEqual([]);
    expect(pdfAProblems(structure)).toEqual([]);
    const types = elementTypes(structure);
    expect(types.filter((type) => type === 'Reference')).toHaveLength(2);
    expect(types.join(' ')).toContain('Note Lbl P');
    expect(types.filter((type) => type === 'Note')).toHaveLength(2);
    expect(types.filter((type) => type === 'Table')).toHaveLength(1);
  });

  it('gives the Word file real footnotes, numbered through the document, and the table a header row', async () => {
    const docx = await renderDocx(model());
    const document = docxPart(docx, 'word/document.xml');
    expect(document.match(/<w:footnoteReference w:id="(\d+)"\/>/g)).toEqual([
      '<w:footnoteReference w:id="1"/>',
      '<w:footnoteReference w:id="2"/>',
    ]);
    expect(document).toMatch(/<w:tblHeader\/>[\s\S]*Enhet[\s\S]*Dagar[\s\S]*Hemtjänst norr[\s\S]*14,5/);
    const footnotes = docxPart(docx, 'word/footnotes.xml');
    expect(footnotes).toMatch(/<w:footnote w:id="1">[\s\S]*Median i dagar, enligt verksamhetssystemet\./);
    expect(footnotes).toMatch(/<w:footnote w:id="2">[\s\S]*Före omföring av statsbidrag\./);
  });

  it('links each reference on the web page to its note in the chapter’s list and back', () => {
    const html = renderHtml(model()).toString('utf8');
    expect(html).toContain(
      'Väntetiden minskade<sup class="footnote-ref"><a id="fotnotsref-1" href="#fotnot-1" aria-label="Fotnot 1">1</a></sup> under året.',
    );
    expect(html).toMatch(
      /<th scope="col">Enhet<\/th><th scope="col">Dagar<\/th>[\s\S]*<section class="footnotes" aria-label="Fotnoter"><ol><li id="fotnot-1" value="1">Median i dagar, enligt verksamhetssystemet\. <a href="#fotnotsref-1" aria-label="Tillbaka till fotnot 1">↩<\/a><\/li><\/ol><\/section>\n<h2 id="avsnitt-\d+">2 Ekonomi/,
    );
    expect(html).toContain('<li id="fotnot-2" value="2">Före omföring av statsbidrag.');
  });
});
