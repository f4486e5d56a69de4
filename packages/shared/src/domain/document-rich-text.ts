import { hasMarkup, linesToParagraphs } from '../format/rich-text.ts';
import type { Block, Inline } from './document-model.ts';

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

/**
 * A stored long text as blocks. The server keeps long texts as a sanitized subset of HTML (p, br, h3, h4,
 * strong, em, ul, ol, li, a[href]); a text without tags is plain text whose blank lines part paragraphs.
 * Its h3 and h4 become unnumbered headings at `headingLevel` and the level below, so they stay out of the
 * table of contents.
 */
export function richTextBlocks(text: string | null | undefined, headingLevel = 4): Block[] {
  if (!text || text.trim() === '') return [];
  const html = hasMarkup(text) ? text : linesToParagraphs(text.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  const blocks: Block[] = [];
  const style: Style = { bold: false, italic: false, href: undefined };
  let inlines: Inline[] = [];
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  let headingTag: string | null = null;

  const flush = () => {
    const trimmed = trimInlines(inlines);
    inlines = [];
    if (trimmed.length === 0) return;
    if (list) list.items.push(trimmed);
    else if (headingTag) {
      const level = Math.min(4, headingTag === 'h3' ? headingLevel : headingLevel + 1);
      blocks.push({ kind: 'heading', level, text: inlineText(trimmed), numbered: false, number: null });
    } else blocks.push({ kind: 'paragraph', inlines: trimmed });
  };

  for (const match of html.matchAll(token)) {
    const [, closing, rawName, attributes, content] = match;
    if (content !== undefined) {
      const value = decodeEntities(content.replace(/\s+/g, ' '));
      if (value !== '') inlines.push({ kind: 'text', text: value, ...styleOf(style) });
      continue;
    }
    const name = (rawName ?? '').toLowerCase();
    const open = closing !== '/';
    if (name === 'br') inlines.push({ kind: 'break' });
    else if (name === 'strong' || name === 'b') style.bold = open;
    else if (name === 'em' || name === 'i') style.italic = open;
    else if (name === 'a') style.href = open ? hrefOf(attributes ?? '') : undefined;
    else if (name === 'p' || name === 'li') flush();
    else if (name === 'h3' || name === 'h4') {
      flush();
      headingTag = open ? name : null;
    } else if ((name === 'ul' || name === 'ol') && open) {
      flush();
      if (!list) list = { ordered: name === 'ol', items: [] };
    } else if ((name === 'ul' || name === 'ol') && !open) {
      flush();
      if (list) blocks.push({ kind: 'list', ...list });
      list = null;
    }
  }
  flush();
  if (list) blocks.push({ kind: 'list', ...list });
  return blocks;
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

export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (inline.kind === 'text' ? inline.text : '\n')).join('');
}

/** A long text in one table cell: its paragraphs and list items as lines. */
export function richTextLines(text: string | null | undefined): string {
  return richTextBlocks(text)
    .flatMap((block) => {
      if (block.kind === 'paragraph') return [inlineText(block.inlines)];
      if (block.kind === 'heading') return [block.text];
      if (block.kind === 'list') return block.items.map((item) => `• ${inlineText(item)}`);
      return [];
    })
    .join('\n');
}
