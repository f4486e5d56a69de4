import type { TableBlock } from '@styr/shared/domain/document-model';

/**
 * Column widths and figure alignment for the PDF and Word renderers alike, from a measure of text width each
 * renderer gives in its own fonts, so both print a table the same way.
 */

/** The width in points of a text in the table's regular or bold font at the table's size. */
export type Measure = (text: string, bold: boolean) => number;

/** A body word wider than this share of the table breaks inside the column rather than crowd the others. */
const widestBodyWord = 0.35;

/** Words as lines wrap between them: at spaces and line ends; a no-break space (in "2 449") joins. */
const wordsOf = (text: string) => text.split(/[ \t\r\n]+/).filter((word) => word !== '');

/**
 * Widths proportional to the weights, but none narrower than its minimum: a column below its minimum gets it,
 * and the others share what is left by weight. Null when the minimums together are wider than the table.
 */
function fitWidths(weights: readonly number[], minimums: readonly number[], total: number): number[] | null {
  if (minimums.reduce((sum, minimum) => sum + minimum, 0) > total) return null;
  const fixed = new Set<number>();
  for (;;) {
    const free = weights.reduce((sum, weight, index) => (fixed.has(index) ? sum : sum + weight), 0);
    const left = total - [...fixed].reduce((sum, index) => sum + (minimums[index] ?? 0), 0);
    const widths = weights.map((weight, index) =>
      fixed.has(index) ? (minimums[index] ?? 0) : free > 0 ? (weight / free) * left : 0,
    );
    const below = widths.flatMap((width, index) =>
      !fixed.has(index) && width < (minimums[index] ?? 0) ? [index] : [],
    );
    if (below.length === 0) return widths;
    for (const index of below) fixed.add(index);
  }
}

/** Widening columns for their body words may make the table this much longer (in estimated lines), no more. */
const longerForWords = 1.05;

/**
 * The table's length in lines, estimated without wrapping: each cell's text laid end to end over its column's
 * width, a row as long as its longest cell.
 */
function estimatedLines(
  rows: readonly (readonly { text: string }[])[],
  widths: readonly number[],
  padding: number,
  measure: Measure,
): number {
  return rows.reduce(
    (total, row) =>
      total +
      row.reduce((longest, cell, index) => {
        const room = Math.max((widths[index] ?? 0) - 2 * padding, 1);
        const lines = cell.text
          .split('\n')
          .reduce((sum, line) => sum + Math.max(1, Math.ceil(measure(line, false) / room)), 0);
        return Math.max(longest, lines);
      }, 1),
    0,
  );
}

/**
 * The columns' widths in points for a table `total` points wide, each cell with `padding` on either side. The
 * template's relative widths decide, except that a column is widened until every word of its header fits, so a
 * header breaks only between words, and also, column by column, until every word of its body fits where that
 * leaves the table about as long. Only when the header words alone do not fit the table do the template's widths stand and words
 * wrap inside the cell.
 */
export function columnWidths(options: {
  block: Pick<TableBlock, 'header' | 'rows' | 'widths'>;
  total: number;
  padding: number;
  measure: Measure;
}): number[] {
  const { block, total, padding, measure } = options;
  // A word is measured with the space after it: PDFKit breaks a word inside that does not fit with its space.
  const space = measure(' ', false);
  const widest = (texts: readonly string[], bold: boolean) =>
    texts.flatMap(wordsOf).reduce((width, word) => Math.max(width, measure(word, bold) + space), 0);
  const header = block.widths.map(
    (_, index) => widest([block.header[index]?.text ?? ''], true) + 2 * padding,
  );
  const body = block.widths.map((_, index) => {
    const word = widest(
      block.rows.map((row) => row[index]?.text ?? ''),
      false,
    );
    const width = word + 2 * padding;
    return width > widestBodyWord * total ? 0 : width;
  });
  const weights = block.widths.map((width) => Math.max(width, 0));
  const forHeader = fitWidths(weights, header, total);
  if (forHeader === null) {
    const sum = weights.reduce((all, weight) => all + weight, 0);
    return weights.map((weight) => (sum > 0 ? (weight / sum) * total : 0));
  }
  const lines = (widths: readonly number[]) => estimatedLines(block.rows, widths, padding, measure);
  const limit = lines(forHeader) * longerForWords;
  // Column by column, the one needing the least room first: each widened for its body words if the table
  // stays within the limit with it and those widened before. The room comes from columns with room to spare:
  // one whose words already break keeps the width it has.
  const wanted = body
    .map((width, index) => ({ index, more: width - (forHeader[index] ?? 0) }))
    .filter(({ more }) => more > 0)
    .sort((a, b) => a.more - b.more);
  let minimums = header;
  let widths = forHeader;
  for (const { index } of wanted) {
    const tried = minimums.map((minimum, column) => {
      if (column === index) return Math.max(minimum, body[index] ?? 0);
      const width = widths[column] ?? 0;
      return width < (body[column] ?? 0) ? Math.max(minimum, width) : minimum;
    });
    const fitted = fitWidths(weights, tried, total);
    if (fitted !== null && lines(fitted) <= limit) {
      minimums = tried;
      widths = fitted;
    }
  }
  return widths;
}

/** The whole-number part of a figure that leads a cell: a sign, digits and no-break-space-separated groups. */
const wholeNumber = /^[-+\u2212\u2013]?\s?\d+(?:[\u00a0\u202f]\d{3})*/u;

/**
 * How far in from the cell's right edge each text of a right-aligned column ends, so the figures line up on
 * their decimal comma: the decimals and what follows the figure (",85", " %", " (2,4 %)") get a common width,
 * and a whole number or a dash ends where the comma would stand. A cell of several lines, or one that would not
 * fit its column so moved, stays right-aligned.
 */
function decimalOffsets(texts: readonly string[], measure: (text: string) => number, room: number): number[] {
  const tails = texts.map((text) => {
    if (text.includes('\n')) return null;
    const whole = wholeNumber.exec(text)?.[0];
    return whole === undefined ? '' : text.slice(whole.length);
  });
  const widths = tails.map((tail) => (tail === null ? 0 : measure(tail)));
  const widest = Math.max(0, ...widths);
  return texts.map((text, index) => {
    if (tails[index] === null) return 0;
    const offset = widest - (widths[index] ?? 0);
    return measure(text) + offset <= room ? offset : 0;
  });
}

/**
 * Per row and column, how far in from the right edge of its room each body cell's text ends: the right-aligned
 * cells of each column aligned on the decimal comma (decimalOffsets), every other cell 0.
 */
export function figureOffsets(options: {
  block: Pick<TableBlock, 'rows'>;
  /** The width each column has for its text. */
  rooms: readonly number[];
  measure: (text: string) => number;
}): number[][] {
  const { block, rooms, measure } = options;
  const offsets = block.rows.map((row) => row.map(() => 0));
  rooms.forEach((room, column) => {
    const rows = block.rows.flatMap((row, index) => (row[column]?.align === 'right' ? [index] : []));
    const texts = rows.map((index) => block.rows[index]?.[column]?.text ?? '');
    const found = decimalOffsets(texts, measure, room);
    rows.forEach((index, at) => {
      const row = offsets[index];
      if (row) row[column] = found[at] ?? 0;
    });
  });
  return offsets;
}
