import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxPart } from '../../../../test/docx-parts.ts';
import { ekmarkApp } from '../../../../test/ekmark-app.ts';
import { pdfUaProblems } from '../../../../test/pdf-conformance.ts';
import { readPdfStructure } from '../../../../test/pdf-structure.ts';
import { readPdf } from '../../../../test/pdf-text.ts';

let ekmark: Awaited<ReturnType<typeof ekmarkApp>>;
const render = (format: 'pdf' | 'docx') =>
  ekmark.renderDocument('Vård- och omsorgsnämnden', 'arsrapport', format);

beforeAll(async () => {
  ekmark = await ekmarkApp();
});
afterAll(async () => {
  await ekmark?.close();
});

const footnote =
  'Medianen för brukare med minst två besök per dag, enligt besöksregistreringen i verksamhetssystemet.';

describe('Ekmark’s annual report, with a goal analysis that holds a table and a footnote', () => {
  it('prints the table and the footnote’s number in the PDF, and the note at the end of the goal’s chapter', async () => {
    const pdf = await render('pdf');
    const text = (await readPdf(pdf)).pages.map((page) => page.text).join('\n');
    expect(text.replace(/\n/g, ' ')).toContain('men målvärdet nåddes inte för helåret.¹');
    expect(text).toMatch(
      /Period +Personal under 14 dagar +Målvärde\nJanuari–juni +15 +12\nJuli–december +13 +12/,
    );
    expect(text.replace(/\n(?!1 )/g, ' ')).toContain(`1 ${footnote}`);
    expect(pdfUaProblems(await readPdfStructure(pdf))).toEqual([]);
  });

  it('gives the Word file the footnote as Word’s own', async () => {
    const docx = await render('docx');
    expect(docxPart(docx, 'word/document.xml')).toContain('<w:footnoteReference w:id="1"/>');
    expect(docxPart(docx, 'word/footnotes.xml')).toContain(footnote);
  });
});
