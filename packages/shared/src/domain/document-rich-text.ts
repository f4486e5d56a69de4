import { hasMarkup, linesToParagraphs } from '../format/rich-text.ts';
import type { Block, Cell, Inline, TableBlock } from './document-model.ts';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

interface Style {
  bold: boolean;
  italic: boolean;
  href: string | undefined;
}

const token = /<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi;

/** A table being read: its rows so far, and the cell being read (its inlines are the text's `inlines`). */
interface TableState {
  rows: Cell[][];
  /** Tags of tables inside a cell, read as the cell's text. */
  nested: number;
}

/** A footnote being read: its text so far and the spans open inside it. */
interface FootnoteState {
  text: string;
  depth: number;
}

const figure = /^[-\u2212+]?\d[\d\s\u00a0]*(,\d+)?\s*%?$/;

/**
 * A stored long text as blocks. The server keeps long texts as a sanitized subset of HTML (p, br, h3, h4,
 * strong, em, ul, ol, li, a[href], table, thead, tbody, tr, th, td, span[data-footnote]); a text without tags
 * is plain text whose blank lines part paragraphs. Its h3 and h4 become unnumbered headings at `headingLevel`
 * and the level below, so they stay out of the table of contents. A table becomes a table block whose header
 * is its first row (th cells, as the editor writes it); a footnote an inline at its reference point, or, in a
 * table cell (which holds plain text), its text in parentheses where it stands.
 */
export function richTextBlocks(text: string | null | undefined, headingLevel = 4): Block[] {
  if (!text || text.trim() === '') return [];
  const html = hasMarkup(text) ? text : linesToParagraphs(text.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  const blocks: Block[] = [];
  const style: Style = { bold: false, italic: false, href: undefined };
  let inlines: Inline[] = [];
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  let headingTag: string | null = null;
  let table: TableState | null = null;
  let footnote: FootnoteState | null = null;

  const flush = () => {
    if (table) {
      // Paragraphs and list items inside a cell are lines of its text.
      if (inlines.length > 0 && inlines.at(-1)?.kind !== 'break') inlines.push({ kind: 'break' });
      return;
    }
    const trimmed = trimInlines(inlines);
    inlines = [];
    if (trimmed.length === 0) return;
    if (list) list.items.push(trimmed);
    else if (headingTag) {
      const level = Math.min(4, headingTag === 'h3' ? headingLevel : headingLevel + 1);
      blocks.push({ kind: 'heading', level, text: inlineText(trimmed), numbered: false, number: null });
    } else blocks.push({ kind: 'paragraph', inlines: trimmed });
  };

  const endCell = () => {
    // Spaces around a nested table's words, or a text's, count once.
    const text = inlineText(trimInlines(inlines)).replace(/ {2,}/g, ' ');
    inlines = [];
    const row = table?.rows.at(-1);
    if (!table || !row) return;
    row.push({ text, ...(figure.test(text) ? { align: 'right' as const } : {}) });
  };

  for (const match of html.matchAll(token)) {
    const [, closing, rawName, attributes, content] = match;
    const name = (rawName ?? '').toLowerCase();
    const open = closing !== '/';
    if (footnote) {
      // A footnote is one run of plain text: tags inside it are not kept.
      if (content !== undefined) footnote.text += decodeEntities(content);
      else if (name === 'span') footnote.depth += open ? 1 : -1;
      if (footnote.depth > 0) continue;
      const text = footnote.text.replace(/\s+/g, ' ').trim();
      footnote = null;
      if (text === '') continue;
      if (table) inlines.push({ kind: 'text', text: ` (${text})` });
      else inlines.push({ kind: 'footnote', text, number: null });
      continue;
    }
    if (content !== undefined) {
      const value = decodeEntities(content.replace(/\s+/g, ' '));
      if (value !== '') inlines.push({ kind: 'text', text: value, ...styleOf(style) });
      continue;
    }
    if (table && table.nested > 0) {
      if (name === 'table') table.nested += open ? 1 : -1;
      else if (name === 'tr' || name === 'br' || name === 'p') inlines.push({ kind: 'text', text: ' ' });
      continue;
    }
    if (name === 'span' && open && /data-footnote/i.test(attributes ?? '')) footnote = { text: '', depth: 1 };
    else if (name === 'table' && open && table) table.nested = 1;
    else if (name === 'table' && open) {
      flush();
      flushList();
      table = { rows: [], nested: 0 };
    } else if (name === 'table' && table) {
      const done = tableBlock(table);
      table = null;
      inlines = [];
      if (done) blocks.push(done);
    } else if (table && name === 'tr' && open) table.rows.push([]);
    else if (table && (name === 'th' || name === 'td')) {
      if (open) inlines = [];
      else endCell();
    } else if (table && ['p', 'li', 'h3', 'h4'].includes(name)) flush();
    else if (name === 'br') inlines.push({ kind: 'break' });
    else if (name === 'strong' || name === 'b') style.bold = open;
    else if (name === 'em' || name === 'i') style.italic = open;
    else if (name === 'a') style.href = open ? hrefOf(attributes ?? '') : undefined;
    else if (name === 'p' || name === 'li') flush();
    else if (name === 'h3' || name === 'h4') {
      flush();
      headingTag = open ? name : null;
    } else if ((name === 'ul' || name === 'ol') && open && !table) {
      flush();
      if (!list) list = { ordered: name === 'ol', items: [] };
    } else if ((name === 'ul' || name === 'ol') && !table) {
      flush();
      if (list) blocks.push({ kind: 'list', ...list });
      list = null;
    }
  }
  // A table the text never closed is read as far as it goes.
  if (table) {
    if (inlines.length > 0) endCell();
    const done = tableBlock(table);
    table = null;
    inlines = [];
    if (done) blocks.push(done);
  }
  flush();
  if (list) blocks.push({ kind: 'list', ...list });
  return blocks;

  function flushList() {
    if (list) blocks.push({ kind: 'list', ...list });
    list = null;
  }
}

/** The table read: its first row the header, every row as wide as the widest, the columns equally wide. */
function tableBlock(table: TableState): TableBlock | null {
  const [header, ...rows] = table.rows.filter((row) => row.length > 0);
  if (!header) return null;
  const columns = Math.max(header.length, ...rows.map((row) => row.length));
  const filled = (row: Cell[]) => [
    ...row,
    ...Array.from({ length: columns - row.length }, () => ({ text: '' })),
  ];
  return {
    kind: 'table',
    header: filled(header),
    rows: rows.map(filled),
    widths: Array.from({ length: columns }, () => 1),
    notes: [],
  };
}

function styleOf(style: Style): { bold?: boolean; italic?: boolean; href?: string } {
  return {
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.href ? { href: style.href } : {}),
  };
}

function hrefOf(attributes: string): string | undefined {
  const match = /href\s*=\s*"([^"]*)"|href\s*=\s*'([^']*)'/i.exec(attributes);
  const href = decodeEntities(match?.[1] ?? match?.[2] ?? '');
  return /^(https?:|mailto:)/i.test(href) ? href : undefined;
}

/** Leading and trailing spaces and breaks of a paragraph are not content. */
function trimInlines(inlines: Inline[]): Inline[] {
  const result = [...inlines];
  while (result[0]?.kind === 'break') result.shift();
  while (result.at(-1)?.kind === 'break') result.pop();
  const first = result[0];
  if (first?.kind === 'text') result[0] = { ...first, text: first.text.trimStart() };
  const last = result.at(-1);
  if (last?.kind === 'text') result[result.length - 1] = { ...last, text: last.text.trimEnd() };
  return result.filter((inline) => inline.kind === 'break' || inline.text !== '');
}

/** The inlines as plain text: a footnote's text in parentheses where it stands. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'text') return inline.text;
      if (inline.kind === 'footnote') return ` (${inline.text})`;
      return '\n';
    })
    .join('');
}

/** A long text in one table cell: its paragraphs and list items as lines. */
export function richTextLines(text: string | null | undefined): string {
  return richTextBlocks(text)
    .flatMap((block) => {
      if (block.kind === 'paragraph') return [inlineText(block.inlines)];
      if (block.kind === 'heading') return [block.text];
      if (block.kind === 'list') return block.items.map((item) => `• ${inlineText(item)}`);
      if (block.kind === 'table')
        return [block.header, ...block.rows].map((row) => row.map((cell) => cell.text).join(' | '));
      return [];
    })
    .join('\n');
}
