import type { TableBlock } from '@styr/shared/domain/document-model';
import type { PdfWriter } from './pdf-writer.ts';

const padding = 3;
const size = 8.5;

/** A table whose header row is drawn again at the top of every page the table runs over. */
export function drawTable(writer: PdfWriter, block: TableBlock): void {
  const { doc } = writer;
  const total = block.widths.reduce((sum, width) => sum + width, 0);
  const widths = block.widths.map((width) => (width / total) * writer.contentWidth);
  const heightOf = (cells: readonly { text: string }[], font: 'bold' | 'regular') => {
    doc.font(font).fontSize(size);
    return (
      Math.max(
        ...cells.map((cell, index) =>
          doc.heightOfString(cell.text || ' ', { width: (widths[index] ?? 0) - 2 * padding }),
        ),
      ) +
      2 * padding
    );
  };
  const drawRow = (
    cells: readonly { text: string; align?: string }[],
    font: 'bold' | 'regular',
    fill: string | null,
    height = heightOf(cells, font),
  ) => {
    const top = doc.y;
    let x = writer.left;
    cells.forEach((cell, index) => {
      const width = widths[index] ?? 0;
      if (fill) doc.rect(x, top, width, height).fill(fill);
      doc.lineWidth(0.5).strokeColor('#8A96A3').rect(x, top, width, height).stroke();
      doc
        .fillColor('#1A1A1A')
        .font(font)
        .fontSize(size)
        .text(cell.text, x + padding, top + padding, {
          width: width - 2 * padding,
          align: cell.align === 'right' ? 'right' : 'left',
        });
      x += width;
    });
    doc.x = writer.left;
    doc.y = top + height;
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
  doc.moveDown(0.3);
  for (const note of block.notes) {
    writer.ensureSpace(12);
    doc
      .font('italic')
      .fontSize(7.5)
      .fillColor('#1A1A1A')
      .text(note, writer.left, doc.y, { width: writer.contentWidth });
  }
  doc.moveDown(0.6);
}
