import type { Block, FootnoteInline, Inline } from './document-model.ts';

export interface Footnote {
  number: number;
  text: string;
}

const inlinesOf = (block: Block): readonly Inline[] => {
  if (block.kind === 'paragraph') return block.inlines;
  if (block.kind === 'list') return block.items.flat();
  return [];
};

/** Numbers the footnotes 1, 2, 3 … in the order they stand in the document, across all its chapters. */
export function numberFootnotes(blocks: readonly Block[]): Block[] {
  let count = 0;
  const numbered = (inline: Inline): Inline => {
    if (inline.kind !== 'footnote') return inline;
    count += 1;
    return { ...inline, number: count };
  };
  return blocks.map((block) => {
    if (block.kind === 'paragraph') return { ...block, inlines: block.inlines.map(numbered) };
    if (block.kind === 'list') return { ...block, items: block.items.map((item) => item.map(numbered)) };
    return block;
  });
}

/**
 * Where the notes of each chapter are printed: after the chapter's last block (a page break before the next
 * chapter stays after them), keyed by that block's index. A chapter runs from a numbered heading to the next;
 * unnumbered headings (a text's own) stay inside it.
 */
export function chapterFootnotes(blocks: readonly Block[]): Map<number, Footnote[]> {
  const places = new Map<number, Footnote[]>();
  let pending: Footnote[] = [];
  let last = -1;
  const place = () => {
    if (pending.length > 0 && last >= 0) places.set(last, pending);
    pending = [];
  };
  blocks.forEach((block, index) => {
    if (block.kind === 'heading' && block.numbered) place();
    if (block.kind !== 'pageBreak') last = index;
    for (const inline of inlinesOf(block)) {
      if (inline.kind === 'footnote') pending.push(footnoteOf(inline));
    }
  });
  place();
  return places;
}

/** A footnote's number, which numberFootnotes has set on every footnote of a built document. */
export function footnoteOf(inline: FootnoteInline): Footnote {
  return { number: inline.number ?? 0, text: inline.text };
}
