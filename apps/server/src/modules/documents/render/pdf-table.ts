import type { Cell, TableBlock } from '@styr/shared/domain/document-model';
import type { PdfWriter } from './pdf-writer.ts';

const padding = 3;
const size = 8.5;

type Font = 'bold' | 'regular';

/** A table whose header row is drawn again at the top of every page the table runs over; tagged as Table/TR/TH/TD. */
export function drawTable(writer: PdfWriter, block: TableBlock): void {
  const { doc } = writer;
  const total = block.widths.reduce((sum, width) => sum + width, 0);
  const widths = block.widths.map((width) => (width / total) * writer.contentWidth);
  const heightOf = (cells: readonly Cell[], font: Font) => {
    doc.font(font).fontSize(size);
    const heights = cells.map((cell, index) =>
      doc.heightOfString(cell.text || ' ', { width: (widths[index] ?? 0) - 2 * padding }),
    );
    return Math.max(...heights) + 2 * padding;
  };
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
      .text(cell.text, box.x + padding, box.y + padding, {
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
      writer.tag(font === 'bold' ? 'TH' : 'TD', () => drawCell(cell, font, fill, box), row);
      x += box.w;
    });
    row.end();
    doc.x = writer.left;
    doc.y = y + height;
  };
  const header = () => drawRow(block.header, 'bold', '#E8EDF2');

  writer.ensureSpace(heightOf(block.header, 'bold') + heightOf(block.rows[0] ?? block.header, 'regular'));
  header();
  for (const row of block.rows) {
    const height = heightOf(row, 'regular');
    if (doc.y + height > writer.bottom) {
      writer.newPage();
      header();
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
        .text(note, writer.left, doc.y, { width: writer.contentWidth });
    });
  }
  doc.moveDown(0.6);
}
