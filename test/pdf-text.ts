import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Reads a PDF's text with PDF.js (pdfjs-dist) for tests, instead of Debian's poppler-utils: the text of each page
 * with where it stands, the document information and whether the document is tagged.
 */

/** One run of text as the PDF draws it. Coordinates in points from the page's bottom left corner. */
export interface PdfTextItem {
  text: string;
  /** Left edge of the text. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  fontSize: number;
  /** x + width. */
  right: number;
}

/** The items on one baseline, left to right. */
export interface PdfLine {
  y: number;
  items: PdfTextItem[];
  /** The items joined, with a space where they stand apart. */
  text: string;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  /** Every non-empty item in the order the page draws it. */
  items: PdfTextItem[];
  /** Lines top to bottom, each left to right: the page as read, whatever the drawing order. */
  lines: PdfLine[];
  /** The lines joined by line breaks. */
  text: string;
  /**
   * The items in drawing order, with a line break wherever the baseline changes: a table's cells one after the
   * other even where a cell wraps over several lines, where `text` would interleave the lines of cells side by side.
   */
  flow: string;
}

export interface PdfText {
  numPages: number;
  pages: PdfPage[];
  /** The document information dictionary (Title, Author, CreationDate, …) as PDF.js reports it. */
  info: Record<string, unknown>;
  /** The document's MarkInfo says it is tagged (what pdfinfo prints as "Tagged: yes"). */
  tagged: boolean;
}

/** Items whose baselines differ by less than this share a line. */
const sameLine = 2;

function item(raw: { str: string; transform: number[]; width: number }): PdfTextItem {
  const [scaleX = 0, skewY = 0, , , x = 0, y = 0] = raw.transform;
  return {
    text: raw.str,
    x,
    y,
    width: raw.width,
    fontSize: Math.hypot(scaleX, skewY),
    right: x + raw.width,
  };
}

/** Joins items on one line: a space where the next item starts clearly after the previous ends. */
function join(items: readonly PdfTextItem[]): string {
  let text = '';
  let previous: PdfTextItem | undefined;
  for (const current of items) {
    const apart = previous !== undefined && current.x - previous.right > 0.15 * current.fontSize;
    const spaced = /\s$/.test(text) || /^\s/.test(current.text);
    if (previous !== undefined && (apart || current.x < previous.x) && !spaced) text += ' ';
    text += current.text;
    previous = current;
  }
  return text;
}

function linesOf(items: readonly PdfTextItem[]): PdfLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const current of sorted) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && Math.abs(first.y - current.y) < sameLine) group.push(current);
    else groups.push([current]);
  }
  return groups.map((group) => {
    const ordered = group.sort((a, b) => a.x - b.x);
    return { y: ordered[0]?.y ?? 0, items: ordered, text: join(ordered) };
  });
}

function flowOf(items: readonly PdfTextItem[]): string {
  const runs: PdfTextItem[][] = [];
  for (const current of items) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && Math.abs(last.y - current.y) < sameLine) run.push(current);
    else runs.push([current]);
  }
  return runs.map(join).join('\n');
}

/** Reads the text of every page of a PDF. */
export async function readPdf(content: Uint8Array): Promise<PdfText> {
  // A copy: PDF.js takes over the buffer it is given. In Node.js PDF.js disables its worker by itself and parses on
  // this thread; fonts are neither loaded as font faces nor looked up among the system's.
  const task = getDocument({
    data: new Uint8Array(content),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const document = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
      const textContent = await page.getTextContent();
      const items = textContent.items
        .filter((raw) => 'str' in raw && raw.str.trim() !== '')
        .map((raw) => item(raw as { str: string; transform: number[]; width: number }));
      const lines = linesOf(items);
      pages.push({
        number,
        width: right - left,
        height: top - bottom,
        items,
        lines,
        text: lines.map((line) => line.text).join('\n'),
        flow: flowOf(items),
      });
      page.cleanup();
    }
    const { info } = await document.getMetadata();
    // Typed as an object, but PDF.js 6 resolves a Map.
    const markInfo: unknown = await document.getMarkInfo();
    const marked =
      markInfo instanceof Map ? markInfo.get('Marked') : (markInfo as { Marked?: boolean } | null)?.Marked;
    return {
      numPages: document.numPages,
      pages,
      info: info as Record<string, unknown>,
      tagged: marked === true,
    };
  } finally {
    await task.destroy();
  }
}

/**
 * Text as one line, whitespace collapsed to single spaces, with a word that a line break splits after its hyphen
 * ("insats-" then "möten") joined again ("insats-möten").
 */
export function flatten(text: string): string {
  return text.replace(/(\p{L})-\s*\n\s*(?=\p{L})/gu, '$1-').replace(/\s+/g, ' ');
}
