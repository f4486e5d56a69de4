import type { Footnote } from '@styr/shared/domain/document-footnotes';
import type { FootnoteInline } from '@styr/shared/domain/document-model';
import { breakLongWords } from './pdf-words.ts';
import type { PdfWriter } from './pdf-writer.ts';

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const noteSize = 8.5;
const labelWidth = 16;

/** A footnote's reference as superscript digits, which the embedded fonts draw: raised without a second font size. */
export const footnoteMark = (inline: Pick<FootnoteInline, 'number'>): string =>
  [...String(inline.number ?? 0)].map((digit) => superscripts[Number(digit)]).join('');

/**
 * A chapter's footnotes, under a short rule at the end of the chapter, each a Note element with its number as
 * Lbl and its text as P. At the chapter's end rather than the page's foot: PDFKit flows a paragraph onto a next
 * page by itself, so the page a reference lands on is known only after it is drawn, too late to reserve room.
 */
export function drawFootnotes(writer: PdfWriter, footnotes: readonly Footnote[]): void {
  const [first] = footnotes;
  if (!first) return;
  const { doc } = writer;
  const width = writer.contentWidth - labelWidth;
  const height = (note: Footnote) =>
    doc
      .font('regular')
      .fontSize(noteSize)
      .heightOfString(breakLongWords(note.text, 'regular', noteSize, width), { width, lineGap: 1 });
  // The rule stays with the first note.
  writer.ensureSpace(8 + Math.min(height(first), 3 * noteSize * 1.3));
  writer.artifact(() => {
    const y = doc.y + 2;
    doc
      .moveTo(writer.left, y)
      .lineTo(writer.left + 120, y)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
  });
  doc.y += 6;
  for (const note of footnotes) {
    writer.ensureSpace(Math.min(height(note), 2 * noteSize * 1.3));
    const y = doc.y;
    const element = writer.group('Note');
    writer.tag(
      'Lbl',
      () => {
        doc.font('regular').fontSize(noteSize).fillColor('#1A1A1A').text(String(note.number), writer.left, y);
      },
      element,
    );
    writer.tag(
      'P',
      () => {
        doc
          .font('regular')
          .fontSize(noteSize)
          .fillColor('#1A1A1A')
          .text(breakLongWords(note.text, 'regular', noteSize, width), writer.left + labelWidth, y, {
            width,
            lineGap: 1,
          });
      },
      element,
    );
    element.end();
    doc.moveDown(0.3);
  }
  doc.moveDown(0.4);
}
