import type { FrameModel } from '@styr/shared/domain/document-frame';
import { withinDepth } from '@styr/shared/domain/document-frame';
import { contentsTitleOf, type DocumentModel, tableOfContents } from '@styr/shared/domain/document-model';
import { bodySize, type PdfFont } from './pdf-fonts.ts';
import { breakLongWords } from './pdf-words.ts';
import type { PdfWriter } from './pdf-writer.ts';

// The pages before the chapters: the frame's title page and the table of contents, whose page numbers are filled
// in once the chapters are laid out.

/** The title page: the logo (a Figure with its alternative text) above the frame's lines, each a paragraph. */
export function cover(writer: PdfWriter, titlePage: NonNullable<FrameModel['titlePage']>): void {
  const { doc } = writer;
  if (titlePage.logo) {
    const { png, alt } = titlePage.logo;
    writer.tag(
      'Figure',
      () => doc.image(Buffer.from(png), writer.left, 110, { fit: [180, 110] }),
      writer.root,
      // The box the logo is fitted into, which holds it whole.
      { alt, bbox: [writer.left, 110, writer.left + 180, 220] },
    );
  }
  // The title and the other lines are paragraphs of their own, so a reader says them apart.
  titlePage.lines.forEach((line, index) => {
    writer.tag('P', () => {
      doc
        .font(line.title ? 'bold' : 'regular')
        .fontSize(line.title ? 30 : 16)
        .fillColor(line.title ? '#1F3B57' : '#1A1A1A');
      // The first line at a fixed height on the page, the rest under it.
      if (index === 0) doc.text(line.text, writer.left, 260, { width: writer.contentWidth });
      else doc.text(line.text, { width: writer.contentWidth });
    });
  });
}

/** A table of contents entry whose page number is written once the heading it points to has been placed. */
interface PendingEntry {
  index: number;
  element: PDFKit.PDFStructureElement;
  link: PDFKit.PDFStructureElement;
  page: number;
  y: number;
  font: PdfFont;
}

/**
 * The entries without their page numbers. An entry's text wraps in a column that leaves room for the number,
 * so the contents take the same pages whatever the numbers turn out to be.
 */
export function contents(
  writer: PdfWriter,
  model: DocumentModel,
  depth: number,
): { toc: PDFKit.PDFStructureElement; entries: PendingEntry[] } {
  const { doc } = writer;
  // The contents' title is a heading of the document, before the list of entries (a TOC holds entries only).
  writer.tag(writer.headingTag(1), () =>
    doc.font('bold').fontSize(17).fillColor('#1F3B57').text(contentsTitleOf(model), writer.left, doc.y),
  );
  const toc = writer.group('TOC');
  doc.moveDown(0.6);
  const entries = withinDepth(tableOfContents(model.blocks), depth).map((entry) => {
    writer.ensureSpace(16);
    const indent = (entry.level - 1) * 18;
    const y = doc.y;
    const font: PdfFont = entry.level === 1 ? 'bold' : 'regular';
    const element = writer.group('TOCI', toc);
    const width = writer.contentWidth - indent - 40;
    const text = `${entry.number}  ${entry.text}`;
    // The entry is a link to its heading, over the width of the line with its page number.
    const link = writer.link(element, text, (annotate) => {
      doc.font(font).fontSize(bodySize).fillColor('#1A1A1A');
      doc.text(breakLongWords(text, font, bodySize, width), writer.left + indent, y, { width });
      annotate(
        { x: writer.left + indent, y, w: writer.contentWidth - indent, h: doc.y - y },
        `avsnitt-${entry.index}`,
      );
    });
    doc.moveDown(0.25);
    return { index: entry.index, element, link, page: writer.page, y, font };
  });
  return { toc, entries };
}

/** Goes back to the contents and writes each entry's page number into its entry, right-aligned on its first line. */
export function numberContents(
  writer: PdfWriter,
  entries: readonly PendingEntry[],
  pages: ReadonlyMap<number, number>,
) {
  const { doc } = writer;
  for (const entry of entries) {
    writer.toPage(entry.page);
    entry.link.add(() => {
      doc.font(entry.font).fontSize(bodySize).fillColor('#1A1A1A');
      doc.text(String(pages.get(entry.index) ?? ''), writer.left, entry.y, {
        width: writer.contentWidth,
        align: 'right',
      });
    });
    // Ended on the entry's page: PDFKit records the page of the link's annotation when the element ends.
    entry.link.end();
    entry.element.end();
  }
}
