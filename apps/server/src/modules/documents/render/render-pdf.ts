import { toneSymbols } from '@styr/shared/domain/assessment';
import { chapterFootnotes } from '@styr/shared/domain/document-footnotes';
import { frameOfModel } from '@styr/shared/domain/document-frame';
import {
  type Block,
  type DocumentModel,
  headingLabel,
  type Inline,
} from '@styr/shared/domain/document-model';
import { checkDeadline } from './deadline.ts';
import { chartHeight, drawChart } from './pdf-chart.ts';
import { bodySize, fontOf } from './pdf-fonts.ts';
import { drawFootnotes, footnoteMark } from './pdf-footnotes.ts';
import { contents, cover, numberContents } from './pdf-front-matter.ts';
import { withDrawableCharacters } from './pdf-glyphs.ts';
import type { PdfPurpose } from './pdf-metadata.ts';
import { drawTable, tableStartHeight } from './pdf-table.ts';
import { breakLongWords } from './pdf-words.ts';
import { PdfWriter } from './pdf-writer.ts';
import { toneColours } from './tone-colours.ts';

const headingSizes = [17, 13.5, 11.5, 10];

/**
 * Writes the inlines as one paragraph's content under `parent`: the text between links as one marked run, each
 * link as a Link element of its own around its text and annotations (PDF/UA).
 */
function inlines(
  writer: PdfWriter,
  parent: PDFKit.PDFStructureElement,
  items: readonly Inline[],
  indent = 0,
): void {
  const { doc } = writer;
  const parts = items.length > 0 ? items : [{ kind: 'text' as const, text: ' ' }];
  let first = true;
  const draw = (inline: Inline, last: boolean) => {
    const style = inline.kind === 'text' ? inline : {};
    const href = inline.kind === 'text' ? inline.href : undefined;
    const width = writer.contentWidth - indent;
    const text =
      inline.kind === 'break'
        ? '\n'
        : inline.kind === 'footnote'
          ? footnoteMark(inline)
          : breakLongWords(inline.text, fontOf(style), bodySize, width);
    doc
      .font(fontOf(style))
      .fontSize(bodySize)
      .fillColor(href ? '#0B4F8A' : '#1A1A1A');
    const options = {
      continued: !last,
      width,
      lineGap: 2,
      link: href ?? null,
      underline: Boolean(href),
    };
    if (first) doc.text(text, writer.left + indent, doc.y, options);
    else doc.text(text, options);
    first = false;
  };
  let run: { inline: Inline; last: boolean }[] = [];
  const endRun = () => {
    const drawn = run;
    run = [];
    if (drawn.length > 0)
      parent.add(() => {
        for (const { inline, last } of drawn) draw(inline, last);
      });
  };
  parts.forEach((inline, index) => {
    const last = index === parts.length - 1;
    if (inline.kind === 'text' && inline.href) {
      endRun();
      writer.link(parent, inline.text, () => draw(inline, last)).end();
    } else if (inline.kind === 'footnote') {
      // The reference is an element of its own, read as its number (PDF/UA: Reference).
      endRun();
      writer.tag('Reference', () => draw(inline, last), parent, { actual: `fotnot ${inline.number}` });
    } else run.push({ inline, last });
  });
  endRun();
}

/** A paragraph of inlines as one element (P, or a list item's LBody) under `parent`. */
function paragraphOf(
  writer: PdfWriter,
  items: readonly Inline[],
  parent: PDFKit.PDFStructureElement = writer.root,
  type = 'P',
  indent = 0,
) {
  const element = writer.group(type, parent);
  inlines(writer, element, items, indent);
  element.end();
}

/** Lines of body text kept with the heading or status line above them. */
const keptLines = 2;
/** A status line ("Bedömd måluppfyllelse: God") with the space below it. */
const statusHeight = 20;

const inlineText = (items: readonly Inline[]) =>
  items
    .map((inline) => {
      if (inline.kind === 'break') return '\n';
      return inline.kind === 'footnote' ? footnoteMark(inline) : inline.text;
    })
    .join('') || ' ';

/** The height of body text, at most its first `keptLines` lines. */
function firstLines(writer: PdfWriter, text: string, indent = 0): number {
  const { doc } = writer;
  doc.font('regular').fontSize(bodySize);
  const line = doc.currentLineHeight(true) + 2;
  const width = writer.contentWidth - indent;
  const height = doc.heightOfString(breakLongWords(text, 'regular', bodySize, width), { width, lineGap: 2 });
  return Math.min(height, keptLines * line);
}

function headingHeight(writer: PdfWriter, block: Extract<Block, { kind: 'heading' }>): number {
  const { doc } = writer;
  const size = headingSizes[block.level - 1] ?? bodySize;
  const before =
    doc.font('regular').fontSize(bodySize).currentLineHeight(true) * (block.level <= 2 ? 0.8 : 0.5);
  doc.font('bold').fontSize(size);
  const label = breakLongWords(headingLabel(block), 'bold', size, writer.contentWidth);
  return (
    before + doc.heightOfString(label, { width: writer.contentWidth }) + doc.currentLineHeight(true) * 0.3
  );
}

/**
 * The height a heading or status line needs below it on its page so that it never stands alone at a page's foot:
 * itself, and the start of what follows — the first lines of a text or list, the header and first row of a
 * table, or a heading or status line that follows with what it keeps in turn.
 */
function keepHeight(writer: PdfWriter, blocks: readonly Block[], index: number): number {
  const block = blocks[index];
  if (!block) return 0;
  switch (block.kind) {
    case 'heading':
      return headingHeight(writer, block) + keepHeight(writer, blocks, index + 1);
    case 'status':
      return statusHeight + keepHeight(writer, blocks, index + 1);
    case 'paragraph':
      return firstLines(writer, inlineText(block.inlines));
    case 'list':
      return firstLines(writer, inlineText(block.items[0] ?? []), 18);
    case 'table':
      return tableStartHeight(writer, block);
    case 'chart':
      return chartHeight(writer, block);
    case 'pageBreak':
      return 0;
  }
}

/** Starts a new page unless what `index` keeps together fits on this one (or would not fit on any page). */
function keepTogether(writer: PdfWriter, blocks: readonly Block[], index: number): void {
  const page = writer.bottom - writer.doc.page.margins.top;
  writer.ensureSpace(Math.min(keepHeight(writer, blocks, index), page));
}

function heading(
  writer: PdfWriter,
  block: Extract<Block, { kind: 'heading' }>,
  blocks: readonly Block[],
  index: number,
  outline: PDFKit.PDFOutline[],
) {
  const { doc } = writer;
  keepTogether(writer, blocks, index);
  // The space above in the body's line height, whatever the block before left set (as headingHeight counts it).
  doc
    .font('regular')
    .fontSize(bodySize)
    .moveDown(block.level <= 2 ? 0.8 : 0.5);
  const label = headingLabel(block);
  doc.addNamedDestination(`avsnitt-${index}`);
  const size = headingSizes[block.level - 1] ?? bodySize;
  writer.tag(writer.headingTag(block.level), () => {
    doc
      .font('bold')
      .fontSize(size)
      .fillColor('#1F3B57')
      .text(breakLongWords(label, 'bold', size, writer.contentWidth), writer.left, doc.y, {
        width: writer.contentWidth,
      });
  });
  doc.moveDown(0.3);
  if (block.number !== null && block.level <= 3) {
    // Bookmarks follow the numbered headings, nested as the numbering.
    const parent = outline[block.level - 1] ?? doc.outline;
    outline[block.level] = parent.addItem(label);
    outline.length = block.level + 1;
  }
}

function drawBlock(
  writer: PdfWriter,
  blocks: readonly Block[],
  index: number,
  outline: PDFKit.PDFOutline[],
  pages: Map<number, number>,
) {
  const { doc } = writer;
  const block = blocks[index];
  if (!block) return;
  switch (block.kind) {
    case 'heading':
      heading(writer, block, blocks, index, outline);
      pages.set(index, writer.page);
      return;
    case 'paragraph':
      // Never a text's first line alone at a page's foot: its first two lines (or all of a shorter one) go together.
      writer.ensureSpace(firstLines(writer, inlineText(block.inlines)));
      paragraphOf(writer, block.inlines);
      doc.moveDown(0.5);
      return;
    case 'list': {
      const list = writer.group('L');
      block.items.forEach((item, number) => {
        writer.ensureSpace(firstLines(writer, inlineText(item), 18));
        const y = doc.y;
        const entry = writer.group('LI', list);
        writer.tag(
          'Lbl',
          () => {
            doc
              .font('regular')
              .fontSize(bodySize)
              .fillColor('#1A1A1A')
              .text(block.ordered ? `${number + 1}.` : '•', writer.left + 4, y);
          },
          entry,
        );
        doc.y = y;
        paragraphOf(writer, item, entry, 'LBody', 18);
        entry.end();
      });
      list.end();
      doc.moveDown(0.5);
      return;
    }
    case 'table':
      drawTable(writer, block);
      return;
    case 'chart':
      drawChart(writer, block);
      return;
    case 'status':
      keepTogether(writer, blocks, index);
      writer.tag('P', () => {
        doc
          .font('regular')
          .fontSize(bodySize)
          .fillColor('#1A1A1A')
          .text(`${block.prefix}: `, writer.left, doc.y, { continued: true });
        doc.fillColor(`#${toneColours[block.tone]}`).text(`${toneSymbols[block.tone]} `, { continued: true });
        doc.font('bold').fillColor('#1A1A1A').text(block.label);
      });
      doc.moveDown(0.4);
      return;
    case 'pageBreak':
      // At the top of a page already (the content starts on a fresh one): no empty page.
      if (doc.y > doc.page.margins.top) writer.newPage();
      return;
  }
}

/**
 * The document as a PDF/UA file (PDF/A-2b as well when archived at adoption) with embedded fonts, bookmarks from
 * the headings, and the title page, contents, footer and header of the template's frame. It is laid out once:
 * the contents are written without page numbers, and the numbers are filled in when every heading has its page.
 */
export async function renderPdf(source: DocumentModel, purpose: PdfPurpose = {}): Promise<Buffer> {
  const model = withDrawableCharacters(source);
  const writer = new PdfWriter(`${model.title} ${model.subtitle}`, purpose);
  const frame = frameOfModel(model);
  if (frame.titlePage) {
    cover(writer, frame.titlePage);
    writer.newPage();
  }
  const toc = frame.contentsDepth === null ? null : contents(writer, model, frame.contentsDepth);
  if (toc) writer.newPage();
  const outline: PDFKit.PDFOutline[] = [];
  const pages = new Map<number, number>();
  const footnotes = chapterFootnotes(model.blocks);
  model.blocks.forEach((_, index) => {
    checkDeadline();
    drawBlock(writer, model.blocks, index, outline, pages);
    drawFootnotes(writer, footnotes.get(index) ?? []);
  });
  if (toc) {
    numberContents(writer, toc.entries, pages);
    toc.toc.end();
  }
  return writer.finish({ footer: frame.footer, header: frame.header, cover: frame.titlePage !== null });
}
