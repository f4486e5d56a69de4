import { type DocumentModel, heading, numberHeadings, paragraph } from '@styr/shared/domain/document-model';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { pdfAProblems, pdfUaProblems } from '../../../../../../test/pdf-conformance.ts';
import { readPdfStructure } from '../../../../../../test/pdf-structure.ts';
import { readPdf } from '../../../../../../test/pdf-text.ts';
import { PdfWriter } from './pdf-writer.ts';
import { renderPdf } from './render-pdf.ts';

/** Headings that skip a level, a link, a list and a table over several pages, under a title with an ampersand. */
const model = (): DocumentModel => ({
  title: 'Årsrapport 2022',
  subtitle: 'Kultur & fritid <Prov>',
  footer: 'Årsrapport 2022 Kultur & fritid',
  language: 'sv-SE',
  blocks: numberHeadings([
    heading(1, 'Sammanfattning', true),
    {
      kind: 'paragraph',
      inlines: [
        { kind: 'text', text: 'Se ' },
        { kind: 'text', text: 'kommunens webbplats', href: 'https://kommun.example/' },
        { kind: 'text', text: ' för mer.' },
      ],
    },
    heading(3, 'Djupare än nästa nivå', true),
    { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'Första punkten' }]] },
    {
      kind: 'table',
      header: [{ text: 'Enhet' }, { text: 'Utfall', align: 'right' }],
      rows: Array.from({ length: 90 }, (_, row) => [{ text: `Enhet ${row + 1}` }, { text: String(row) }]),
      widths: [3, 1],
      notes: [],
    },
    paragraph('Ett tecken som typsnittet saknar: 中.'),
  ]),
});

async function plainPdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  draw(doc);
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

describe('the PDF conformance rules', () => {
  it('find nothing wrong in a preview (PDF/UA) or an archived file (PDF/A-2b as well)', async () => {
    const preview = await readPdfStructure(await renderPdf(model()));
    expect(pdfUaProblems(preview)).toEqual([]);
    expect(preview.info.creationDate).toBe('D:20000101000000Z');
    const archived = await readPdfStructure(await renderPdf(model(), { decided: '2023-02-21' }));
    expect(pdfUaProblems(archived)).toEqual([]);
    expect(pdfAProblems(archived)).toEqual([]);
    const text = (await readPdf(await renderPdf(model(), { decided: '2023-02-21' }))).pages
      .map((page) => page.text)
      .join('\n');
    expect(text).toContain('saknar: \ufffd.');
    expect(archived.info).toMatchObject({
      title: 'Årsrapport 2022 Kultur & fritid <Prov>',
      creationDate: 'D:20230221000000Z',
      modDate: 'D:20230221000000Z',
    });
    // The link is a Link element around its text and annotation, which it describes with its text.
    const links = archived.pages
      .flatMap((page) => page.annotations)
      .filter((note) => note.parent?.type === 'Link');
    expect(links.map((link) => link.contents)).toContain('kommunens webbplats');
    // The repeated header row is an artifact: the table has its header cells once.
    const table = archived.root?.children[0]?.children.find((node) => node.type === 'Table');
    expect(table?.children.filter((row) => row.children.some((cell) => cell.type === 'TH'))).toHaveLength(1);
    expect(table?.children).toHaveLength(91);
  });

  it('give the same bytes for the same model and decision, and other bytes for another decision', async () => {
    const first = await renderPdf(model(), { decided: '2023-02-21' });
    expect(first.equals(await renderPdf(model(), { decided: '2023-02-21' }))).toBe(true);
    expect(first.equals(await renderPdf(model(), { decided: '2023-02-22' }))).toBe(false);
  });

  it('catch an untagged PDF, one without archival metadata, and a font that is not embedded', async () => {
    const plain = await readPdfStructure(await plainPdf((doc) => doc.text('Text utan struktur')));
    expect(pdfUaProblems(plain)).toEqual([
      'MarkInfo: Marked is not true',
      'Catalog Lang is null, not sv-SE',
      'ViewerPreferences: DisplayDocTitle is not true',
      'the information dictionary has no Title',
      'XMP has no pdfuaid:part 1',
      'no structure tree',
    ]);
    expect(pdfAProblems(plain)).toEqual(
      expect.arrayContaining([
        'XMP has no pdfaid:part 2',
        'no GTS_PDFA1 output intent',
        'page 1: font F1 is not embedded',
      ]),
    );
  });

  it('catch a figure without alternative text or bounding box, and accept one with both', async () => {
    const writer = new PdfWriter('Prov');
    writer.tag('H1', () => writer.doc.text('Diagram'));
    writer.tag('Figure', () => writer.doc.rect(62, 120, 100, 40).fill('#1F5F8B'));
    writer.tag('Figure', () => writer.doc.rect(62, 180, 100, 40).fill('#1F5F8B'), writer.root, {
      alt: 'Stapeldiagram: Prov. A 1.',
    });
    writer.tag('Figure', () => writer.doc.rect(62, 240, 100, 40).fill('#1F5F8B'), writer.root, {
      alt: 'Stapeldiagram: Prov. A 2.',
      bbox: [62, 240, 162, 280],
    });
    const structure = await readPdfStructure(await writer.finish({ footer: [], header: null, cover: true }));
    expect(pdfUaProblems(structure)).toEqual([
      'figure 1 has no alternative text (Alt)',
      'figure 1 has no bounding box (BBox)',
      'figure 2 has no bounding box (BBox)',
    ]);
  });

  it('catch content outside the tree, a skipped heading level, a header cell without scope and a missing glyph', async () => {
    const writer = new PdfWriter('Prov');
    writer.tag('H2', () => writer.doc.text('Rubrik utan H1'));
    writer.doc.text('Text utanför strukturträdet');
    const table = writer.group('Table');
    const row = writer.group('TR', table);
    writer.tag('TH', () => writer.doc.text('Rubrikcell 中'), row);
    row.end();
    table.end();
    const structure = await readPdfStructure(await writer.finish({ footer: [], header: null, cover: true }));
    expect(pdfUaProblems(structure)).toEqual([
      'table 1: a header cell without Scope',
      'H2 follows H0: a heading level is skipped',
      'page 1: 1 drawings neither tagged nor artifacts',
    ]);
    // A character the font lacks, drawn as is, is the font's .notdef glyph, which PDF/A forbids.
    expect(pdfAProblems(structure)).toContain('page 1: 1 characters drawn as .notdef');
  });

  it('catch a footnote note that holds more than its number and its text', async () => {
    const writer = new PdfWriter('Prov');
    const note = writer.group('Note');
    writer.tag('Lbl', () => writer.doc.text('1'), note);
    writer.tag('P', () => writer.doc.text('Fotnotens text'), note);
    writer.tag('H1', () => writer.doc.text('Rubrik i en fotnot'), note);
    note.end();
    expect(
      pdfUaProblems(await readPdfStructure(await writer.finish({ footer: [], header: null, cover: true }))),
    ).toEqual(['H1 inside Note']);
  });
});
