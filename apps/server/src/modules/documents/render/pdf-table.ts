import type { Cell, TableBlock } from '@styr/shared/domain/document-model';
import { breakLongWords } from './pdf-words.ts';
import type { PdfWriter } from './pdf-writer.ts';
import { columnWidths, figureOffsets } from './table-layout.ts';

const padding = 3;
const size = 8.5;
const noteSize = 7.5;
/** The least room worth starting a split row in: a few of its lines. */
const smallestPart = 40;

type Font = 'bold' | 'regular';

/** Enough for the cells of many documents; past it the heights are dropped and measured again as they come. */
const rememberedHeights = 50_000;
/**
 * Cell text heights by font, column width and text. Measuring wraps the text as drawing it does, a quarter of a
 * PDF's time, and the same figures and names come back in every rendering of a year's documents.
 */
const heights = new Map<string, number>();

/** A table measured for the page: its columns' widths, where each figure ends, and the height of each row. */
function measureTable(writer: PdfWriter, block: TableBlock) {
  const { doc } = writer;
  const widthOf = (text: string, font: Font) => doc.font(font).fontSize(size).widthOfString(text);
  const widths = columnWidths({
    block,
    total: writer.contentWidth,
    padding,
    measure: (text, bold) => widthOf(text, bold ? 'bold' : 'regular'),
  });
  const room = (index: number) => (widths[index] ?? 0) - 2 * padding;
  const offsets = figureOffsets({
    block,
    rooms: widths.map((_, index) => room(index)),
    measure: (text) => widthOf(text, 'regular'),
  });
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
  /** A cell's text as drawn: a word wider than the cell (only where the columns could not be widened) wraps at its width. */
  const cellText = (text: string, font: Font, width: number) => breakLongWords(text, font, size, width);
  const heightOf = (cells: readonly Cell[], font: Font) =>
    cells.reduce(
      (height, cell, index) =>
        Math.max(height, textHeight(cellText(cell.text || ' ', font, room(index)), font, room(index))),
      0,
    ) +
    2 * padding;
  /**
   * The row split where its text reaches `height`: what fits, and the rest. Each cell breaks between its lines'
   * words, found by halving over the places a line may end.
   */
  const splitRow = (cells: readonly Cell[], height: number): [Cell[], Cell[]] => {
    const parts = cells.map((cell, index): [Cell, Cell] => {
      const text = cellText(cell.text, 'regular', room(index));
      const fits = (end: number) =>
        textHeight(text.slice(0, end), 'regular', room(index)) + 2 * padding <= height;
      if (fits(text.length)) return [cell, { ...cell, text: '' }];
      const ends = [...text.matchAll(/[ \n\u200b]+/g)].map((match) => match.index);
      let low = 0;
      let high = ends.length;
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (fits(ends[middle - 1] ?? 0)) low = middle;
        else high = middle - 1;
      }
      const end = low === 0 ? 0 : (ends[low - 1] ?? 0);
      return [
        { ...cell, text: text.slice(0, end) },
        { ...cell, text: text.slice(end).replace(/^[ \n\u200b]+/, '') },
      ];
    });
    return [parts.map(([here]) => here), parts.map(([, rest]) => rest)];
  };
  return { widths, offsets, room, cellText, heightOf, splitRow };
}

/**
 * The height a table needs on the page it starts on: its header row and its first row (the first lines of a row
 * taller than a page), with the notes when that row is the only one.
 */
export function tableStartHeight(writer: PdfWriter, block: TableBlock): number {
  const { heightOf } = measureTable(writer, block);
  const header = heightOf(block.header, 'bold');
  const first = heightOf(block.rows[0] ?? block.header, 'regular');
  const notes = block.rows.length <= 1 ? notesHeight(writer, block.notes) : 0;
  const page = writer.bottom - writer.doc.page.margins.top - header;
  return header + (first + notes <= page ? first + notes : first <= page ? first : smallestPart);
}

/**
 * A table whose header row is drawn again at the top of every page the table runs over; tagged as
 * Table/TR/TH/TD. It starts on the current page when its header and first row fit there, and a row moves to the
 * next page whole unless it is taller than a page.
 */
export function drawTable(writer: PdfWriter, block: TableBlock): void {
  const { doc } = writer;
  const { widths, offsets, room, cellText, heightOf, splitRow } = measureTable(writer, block);
  const drawCell = (
    cell: Cell,
    font: Font,
    fill: string | null,
    box: { x: number; y: number; w: number; h: number; room: number; offset: number },
  ) => {
    if (fill) doc.rect(box.x, box.y, box.w, box.h).fill(fill);
    doc.lineWidth(0.5).strokeColor('#8A96A3').rect(box.x, box.y, box.w, box.h).stroke();
    doc
      .fillColor('#1A1A1A')
      .font(font)
      .fontSize(size)
      .text(cellText(cell.text, font, box.room), box.x + padding, box.y + padding, {
        width: box.room - box.offset,
        align: cell.align === 'right' ? 'right' : 'left',
      });
  };
  const table = writer.group('Table');
  const drawRow = (
    cells: readonly Cell[],
    font: Font,
    fill: string | null,
    height: number,
    rowOffsets: readonly number[] = [],
  ) => {
    const y = doc.y;
    let x = writer.left;
    const row = writer.group('TR', table);
    cells.forEach((cell, index) => {
      const box = {
        x,
        y,
        w: widths[index] ?? 0,
        h: height,
        room: room(index),
        offset: rowOffsets[index] ?? 0,
      };
      // A header cell heads its column (PDF/UA asks header cells to say what they head).
      if (font === 'bold') writer.tag('TH', () => drawCell(cell, font, fill, box), row, { scope: 'Column' });
      else writer.tag('TD', () => drawCell(cell, font, fill, box), row);
      x += box.w;
    });
    row.end();
    doc.x = writer.left;
    doc.y = y + height;
  };
  const headerHeight = heightOf(block.header, 'bold');
  const header = () => drawRow(block.header, 'bold', '#E8EDF2', headerHeight);
  /** The header row again on a page the table runs over: page furniture, the table has it once. */
  const repeatedHeader = () => {
    const y = doc.y;
    writer.artifact(() => {
      let x = writer.left;
      block.header.forEach((cell, index) => {
        const box = { x, y, w: widths[index] ?? 0, h: headerHeight, room: room(index), offset: 0 };
        drawCell(cell, 'bold', '#E8EDF2', box);
        x += box.w;
      });
    });
    doc.x = writer.left;
    doc.y = y + headerHeight;
  };

  // The notes under the table go with its last row, unless together they are more than a page holds.
  const notes = notesHeight(writer, block.notes);
  const page = writer.bottom - doc.page.margins.top - headerHeight;
  const last = block.rows.length - 1;
  writer.ensureSpace(tableStartHeight(writer, block));
  header();
  block.rows.forEach((row, index) => {
    let cells: readonly Cell[] = row;
    let height = heightOf(cells, 'regular');
    let rowOffsets = offsets[index];
    // A row taller than a page holds is split between lines: what fits here, the rest under the header on the
    // next page. Any other row moves to the next page whole.
    while (height > page) {
      if (writer.bottom - doc.y < smallestPart) {
        writer.newPage();
        repeatedHeader();
      }
      const [here, rest] = splitRow(cells, writer.bottom - doc.y);
      drawRow(here, 'regular', null, heightOf(here, 'regular'), rowOffsets);
      writer.newPage();
      repeatedHeader();
      cells = rest;
      height = heightOf(cells, 'regular');
      rowOffsets = undefined;
    }
    const kept = index === last && height + notes <= page ? height + notes : height;
    if (doc.y + kept > writer.bottom) {
      writer.newPage();
      repeatedHeader();
    }
    drawRow(cells, 'regular', null, height, rowOffsets);
  });
  table.end();
  doc.moveDown(0.3);
  for (const note of block.notes) {
    writer.ensureSpace(12);
    writer.tag('P', () => {
      doc
        .font('italic')
        .fontSize(noteSize)
        .fillColor('#1A1A1A')
        .text(breakLongWords(note, 'italic', noteSize, writer.contentWidth), writer.left, doc.y, {
          width: writer.contentWidth,
        });
    });
  }
  doc.moveDown(0.6);
}

/** The height of the notes under a table, with the space above them. */
function notesHeight(writer: PdfWriter, notes: readonly string[]): number {
  if (notes.length === 0) return 0;
  const { doc } = writer;
  // moveDown(0.3) after the table, in the table's font.
  const gap = doc.font('regular').fontSize(size).currentLineHeight(true) * 0.3;
  doc.font('italic').fontSize(noteSize);
  return notes.reduce(
    (height, note) =>
      height +
      doc.heightOfString(breakLongWords(note, 'italic', noteSize, writer.contentWidth), {
        width: writer.contentWidth,
      }),
    gap,
  );
}
