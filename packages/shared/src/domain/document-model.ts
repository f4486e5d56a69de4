import type { Tone } from './assessment.ts';
import type { FrameModel } from './document-frame.ts';
import { documentLabelDefaults } from './document-labels.ts';

/**
 * One document model for every output: the PDF, the Word file and the web preview are drawn from the same
 * blocks, so what the committee adopts reads the same in each. No renderer adds content of its own.
 */
export type Inline =
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean; href?: string }
  | { kind: 'break' }
  | FootnoteInline;

/**
 * A footnote at its reference point: the renderers print the number there and the text as a note (a Word
 * footnote; in the PDF and the web page at the end of the chapter). Numbered per document by numberFootnotes.
 */
export interface FootnoteInline {
  kind: 'footnote';
  text: string;
  number: number | null;
}

export interface HeadingBlock {
  kind: 'heading';
  /** 1–4; numbered headings of level 1–3 form the table of contents. */
  level: number;
  text: string;
  numbered: boolean;
  /** "2.1.1", "Bilaga 1", or null for an unnumbered heading; set by numberHeadings. */
  number: string | null;
  appendix?: boolean;
  /** The template chapter the heading opens, so a chapter's number can be found again. */
  chapterKey?: string;
}

export interface Cell {
  text: string;
  /** A status: shown as its symbol and word, never colour alone. */
  tone?: Tone;
  align?: 'left' | 'right';
}

export interface TableBlock {
  kind: 'table';
  /** Repeated at the top of each page the table runs over. */
  header: Cell[];
  rows: Cell[][];
  /** Relative column widths. */
  widths: number[];
  /** Short texts under the table, e.g. what "–" means. */
  notes: string[];
}

export interface ChartSeries {
  /** "Utfall", "Avvikelse": what the legend names. */
  name: string;
  /** "%", "tkr": the unit of the values. */
  unit: string;
  /** One per category; null where the value is missing, drawn as a gap, never as zero. */
  values: (number | null)[];
  /** The values as printed beside their bars or points, Swedish format ("+1 200", "78 %", "–"). */
  labels: string[];
}

/**
 * A chart drawn as vector graphics: a line over the categories (years) or horizontal bars from zero (one per
 * category, positive and negative). Every value is also printed as a label, so colour never carries meaning alone.
 */
export interface ChartBlock {
  kind: 'chart';
  chart: 'line' | 'bar';
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** The chart in words with every value, for whoever does not see it: the PDF's Alt, Word's alt text, aria. */
  alt: string;
}

export type Block =
  | HeadingBlock
  | ChartBlock
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | TableBlock
  | { kind: 'status'; label: string; tone: Tone; prefix: string }
  | { kind: 'pageBreak' };

export interface DocumentModel {
  /** "Årsrapport 2022". */
  title: string;
  /** The committee's name. */
  subtitle: string;
  /** "Årsrapport 2022 Socialnämnden Hisingen": the footer, followed by the page numbers. */
  footer: string;
  language: 'sv-SE';
  /** The table of contents' heading, in the municipality's words; absent: "Innehållsförteckning". */
  contentsTitle?: string;
  blocks: Block[];
  /** Title page, contents, footer and header as the template sets them; absent: as always (see frameOfModel). */
  frame?: FrameModel;
}

export const contentsTitleOf = (model: Pick<DocumentModel, 'contentsTitle'>) =>
  model.contentsTitle ?? documentLabelDefaults['frame.contents'];

export interface TocEntry {
  number: string;
  text: string;
  level: number;
  /** The heading's position in blocks, for renderers that link to it. */
  index: number;
}

export const plainText = (text: string, style: { bold?: boolean; italic?: boolean } = {}): Inline => ({
  kind: 'text',
  text,
  ...style,
});

export const paragraph = (text: string, style: { bold?: boolean; italic?: boolean } = {}): Block => ({
  kind: 'paragraph',
  inlines: [plainText(text, style)],
});

export const heading = (level: number, text: string, numbered: boolean): HeadingBlock => ({
  kind: 'heading',
  level,
  text,
  numbered,
  number: null,
});

/**
 * Numbers the numbered headings 1, 2.1, 2.1.1 … in order, and appendices "Bilaga 1", "Bilaga 2" …;
 * a deeper heading under a missing level counts from 1 (a level-3 heading right after a level-1 one is x.1.1).
 */
export function numberHeadings(blocks: readonly Block[]): Block[] {
  const counters: number[] = [];
  let appendices = 0;
  return blocks.map((block) => {
    if (block.kind !== 'heading' || !block.numbered) return block;
    if (block.appendix) {
      appendices += 1;
      counters.length = 0;
      return { ...block, number: `Bilaga ${appendices}` };
    }
    const depth = block.level - 1;
    while (counters.length < depth) counters.push(counters.length === 0 ? 0 : 1);
    counters.length = depth + 1;
    counters[depth] = (counters[depth] ?? 0) + 1;
    return { ...block, number: counters.map((counter) => String(counter)).join('.') };
  });
}

/** The table of contents: numbered headings of level 1–3 and appendices, in order. */
export function tableOfContents(blocks: readonly Block[]): TocEntry[] {
  return blocks.flatMap((block, index) =>
    block.kind === 'heading' && block.number !== null && block.level <= 3
      ? [{ number: block.number, text: block.text, level: block.level, index }]
      : [],
  );
}

/** "2.1 Verksamhetens utveckling", "Bilaga 1: Barnbokslut", or the text alone. */
export function headingLabel(block: Pick<HeadingBlock, 'number' | 'text' | 'appendix'>): string {
  if (block.number === null) return block.text;
  return block.appendix ? `${block.number}: ${block.text}` : `${block.number} ${block.text}`;
}
