import type { Cell, TableBlock } from '@styr/shared/domain/document-model';
import { breakLongWords } from './pdf-words.ts';
import type { PdfWriter } from './pdf-writer.ts';

const padding = 3;
const size = 8.5;

type Font = 'bold' | 'regular';

/** Enough for the cells of many documents; past it the heights are dropped and measured again as they come. */
const rememberedHeights = 50_000;
/**
 * Cell text heights by font, column width and text. Measuring wraps the text as drawing it does, a quarter of a
 * PDF's time, and the same figures and names come back in every rendering of a year's documents.
 */
const heights = new Map<string, number>();

/** A table whose header row is drawn again at the top of every page the table runs over; tagged as Table/TR/TH/TD. */
export function drawTable(writer: PdfWriter, block: TableBlock): void {
  const { doc } = writer;
  const total = block.widths.reduce((sum, width) => sum + width, 0);
  const widths = block.widths.map((width) => (width / total) * writer.contentWidth);
  const textHeight = (text: string, font: Font, width: number) => {
    const key = `${font}\u0000${width}\u0000${text}`;
    let height = heights.get(key);
    if (height === undefined) {
      if (heights.size >= rememberedHeights) heights.clear();
      // Measured at the top of the page: PDFKit adds up line heights from the current y, so a height measured
      // further down can differ in its last bits, and what a table looks like must not depend on where a text
      // was measured first.
      const y = doc.y;
      doc.y = 0;
      height = doc.font(font).fontSize(size).heightOfString(text, { width });
      doc.y = y;
      heights.set(key, height);
    }
    return height;
  };
  /** A cell's text as drawn: a word wider than the cell wraps at its width. */
  const cellText = (text: string, font: Font, width: number) =>
    breakLongWords(text, font, size, width - 2 * padding);
  const heightOf = (cells: readonly Cell[], font: Font) =>
    cells.reduce(
      (height, cell, index) =>
        Math.max(
          height,
          textHeight(
            cellText(cell.text || ' ', font, widths[index] ?? 0),
            font,
            (widths[index] ?? 0) - 2 * padding,
          ),
        ),
      0,
    ) +
    2 * padding;
  const drawCell = (
    cell: Cell,
    font: Font,
    fill: string | null,
    box: { x: number; y: number; w: number; h: number },
  ) => {
    if (fill) doc.rect(box.x, box.y, box.w, box.h).fill(fill);
    doc.lineWidth(0.5).strokeColor('#8A96A3').rect(box.x, box.y, box.w, box.h).stroke();
    doc
      .fillColor('#1A1A1A')
      .font(font)
      .fontSize(size)
      .text(cellText(cell.text, font, box.w), box.x + padding, box.y + padding, {
        width: box.w - 2 * padding,
        align: cell.align === 'right' ? 'right' : 'left',
      });
  };
  const table = writer.group('Table');
  const drawRow = (
    cells: readonly Cell[],
    font: Font,
    fill: string | null,
    height = heightOf(cells, font),
  ) => {
    const y = doc.y;
    let x = writer.left;
    const row = writer.group('TR', table);
    cells.forEach((cell, index) => {
      const box = { x, y, w: widths[index] ?? 0, h: height };
      // A header cell heads its column (PDF/UA asks header cells to say what they head).
      if (font === 'bold') writer.tag('TH', () => drawCell(cell, font, fill, box), row, { scope: 'Column' });
      else writer.tag('TD', () => drawCell(cell, font, fill, box), row);
      x += box.w;
    });
    row.end();
    doc.x = writer.left;
    doc.y = y + height;
  };
  const header = () => drawRow(block.header, 'bold', '#E8EDF2');
  /** The header row again on a page the table runs over: page furniture, the table has it once. */
  const repeatedHeader = () => {
    const y = doc.y;
    const height = heightOf(block.header, 'bold');
    writer.artifact(() => {
      let x = writer.left;
      block.header.forEach((cell, index) => {
        const box = { x, y, w: widths[index] ?? 0, h: height };
        drawCell(cell, 'bold', '#E8EDF2', box);
        x += box.w;
      });
    });
    doc.x = writer.left;
    doc.y = y + height;
  };

  writer.ensureSpace(heightOf(block.header, 'bold') + heightOf(block.rows[0] ?? block.header, 'regular'));
  header();
  for (const row of block.rows) {
    const height = heightOf(row, 'regular');
    if (doc.y + height > writer.bottom) {
      writer.newPage();
      repeatedHeader();
    }
    drawRow(row, 'regular', null, height);
  }
  table.end();
  doc.moveDown(0.3);
  for (const note of block.notes) {
    writer.ensureSpace(12);
    writer.tag('P', () => {
      doc
        .font('italic')
        .fontSize(7.5)
        .fillColor('#1A1A1A')
        .text(breakLongWords(note, 'italic', 7.5, writer.contentWidth), writer.left, doc.y, {
          width: writer.contentWidth,
        });
    });
  }
  doc.moveDown(0.6);
}
