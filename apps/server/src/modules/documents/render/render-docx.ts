import { toneSymbols } from '@styr/shared/domain/assessment';
import { chapterFootnotes } from '@styr/shared/domain/document-footnotes';
import { frameOfModel } from '@styr/shared/domain/document-frame';
import {
  type Block,
  type ChartBlock,
  contentsTitleOf,
  type DocumentModel,
  headingLabel,
  type Inline,
  type TableBlock,
} from '@styr/shared/domain/document-model';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { chartPng } from './chart-png.ts';
import { chartSvg } from './chart-svg.ts';
import { checkDeadline } from './deadline.ts';
import { deterministically } from './deterministic.ts';
import { frontMatter, runningParagraph } from './docx-front-matter.ts';
import { normalizeDocx } from './docx-normalize.ts';
import { parsedFonts } from './pdf-fonts.ts';
import { columnWidths, figureOffsets } from './table-layout.ts';
import { toneColours } from './tone-colours.ts';

const font = 'Arial';
const language = { value: 'sv-SE' };
const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];

function runs(items: readonly Inline[]) {
  return items.map((inline) => {
    if (inline.kind === 'break') return new TextRun({ break: 1 });
    if (inline.kind === 'footnote') return new FootnoteReferenceRun(inline.number ?? 0);
    const run = new TextRun({
      text: inline.text,
      bold: inline.bold,
      italics: inline.italic,
      ...(inline.href ? { style: 'Hyperlink' } : {}),
    });
    return inline.href ? new ExternalHyperlink({ link: inline.href, children: [run] }) : run;
  });
}

/** The page's width between the margins and a cell's default left and right margin in Word, in points. */
const contentWidth = (11906 - 2 * 1300) / 20;
const cellPadding = 108 / 20;
const cellSize = 9;

/**
 * Text widths for laying out a table, in DejaVu Sans (the PDF's font, which Word does not have): wider than
 * Word's Arial, so a column wide enough for a word here is wide enough in Word.
 */
function dejaVuWidth(text: string, bold: boolean): number {
  const face = parsedFonts()[bold ? 'bold' : 'regular'];
  return (face.layout(text).advanceWidth / face.unitsPerEm) * cellSize;
}

/** Arial's digits, comma and spaces are this share of DejaVu Sans's: figure widths as Word prints them. */
const arialShare = 0.874;

const twips = (points: number) => Math.round(points * 20);

const cellParagraphs = (
  text: string,
  options: { right: boolean; bold?: boolean; offset?: number; keepNext?: boolean },
) =>
  text.split('\n').map(
    (line) =>
      new Paragraph({
        keepNext: options.keepNext ?? false,
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { before: 20, after: 20 },
        ...(options.offset ? { indent: { right: twips(options.offset) } } : {}),
        children: [new TextRun({ text: line, bold: options.bold ?? false, size: cellSize * 2 })],
      }),
  );

/**
 * A table with a fixed grid: its columns widened for their header words (see columnWidths), its figures aligned
 * on the decimal comma by a right indent per cell, its header row repeated on every page and no row split.
 */
function table(block: TableBlock): (Table | Paragraph)[] {
  const widths = columnWidths({ block, total: contentWidth, padding: cellPadding, measure: dejaVuWidth });
  const offsets = figureOffsets({
    block,
    rooms: widths.map((width) => width - 2 * cellPadding),
    measure: (text) => dejaVuWidth(text, false) * arialShare,
  });
  const width = (index: number) => ({ size: twips(widths[index] ?? 0), type: WidthType.DXA });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.header.map(
      (cell, index) =>
        new TableCell({
          width: width(index),
          shading: { type: ShadingType.CLEAR, fill: 'E8EDF2', color: 'auto' },
          children: cellParagraphs(cell.text, { right: cell.align === 'right', bold: true }),
        }),
    ),
  });
  const rows = block.rows.map(
    (row, rowIndex) =>
      new TableRow({
        cantSplit: true,
        children: row.map(
          (cell, index) =>
            new TableCell({
              width: width(index),
              children: cellParagraphs(cell.text, {
                right: cell.align === 'right',
                offset: offsets[rowIndex]?.[index] ?? 0,
                // The last row stays on the page of the notes under the table.
                keepNext: rowIndex === block.rows.length - 1 && block.notes.length > 0,
              }),
            }),
        ),
      }),
  );
  const notes = block.notes.map(
    (note, index) =>
      new Paragraph({
        keepNext: index < block.notes.length - 1,
        spacing: { before: 40, after: 40 },
        children: [new TextRun({ text: note, size: 16, italics: true })],
      }),
  );
  return [
    new Table({
      width: { size: twips(contentWidth), type: WidthType.DXA },
      columnWidths: widths.map(twips),
      layout: TableLayoutType.FIXED,
      rows: [header, ...rows],
    }),
    ...notes,
    new Paragraph({}),
  ];
}

/** Word's image size is in pixels at 96 per inch. */
const pixels = (points: number) => Math.round((points * 96) / 72);

/**
 * A chart as a picture described by its alt text: the SVG, which Word draws as vectors, with a PNG of the same
 * drawing for readers without SVG.
 */
function chart(item: ChartBlock, drawings: { count: number }): Paragraph[] {
  const { svg, width, height } = chartSvg(item, contentWidth);
  // The drawing's id counted in this document: docx's own counter runs on across documents, so bytes would differ.
  drawings.count += 1;
  return [
    new Paragraph({
      spacing: { before: 80, after: 160 },
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(svg, 'utf8'),
          fallback: { type: 'png', data: chartPng(svg, width) },
          transformation: { width: pixels(width), height: pixels(height) },
          altText: { id: String(drawings.count), name: item.title, title: item.title, description: item.alt },
        }),
      ],
    }),
  ];
}

function block(item: Block, lists: { count: number }, drawings: { count: number }): (Paragraph | Table)[] {
  switch (item.kind) {
    case 'heading': {
      // Numbered headings of level 1–3 are Word's Rubrik 1–3 and form the table of contents; the rest are Rubrik 4.
      const level = item.number !== null && item.level <= 3 ? item.level - 1 : 3;
      return [
        new Paragraph({
          heading: headingLevels[level],
          keepNext: true,
          children: [new TextRun(headingLabel(item))],
        }),
      ];
    }
    case 'paragraph':
      return [new Paragraph({ children: runs(item.inlines) })];
    case 'list': {
      lists.count += 1;
      const instance = lists.count;
      return item.items.map(
        (entry) =>
          new Paragraph({
            children: runs(entry),
            ...(item.ordered
              ? { numbering: { reference: 'numrerad', level: 0, instance } }
              : { bullet: { level: 0 } }),
          }),
      );
    }
    case 'table':
      return table(item);
    case 'chart':
      return chart(item, drawings);
    case 'status':
      return [
        new Paragraph({
          // A status line belongs to the text under it, as a heading does.
          keepNext: true,
          children: [
            new TextRun(`${item.prefix}: `),
            new TextRun({ text: toneSymbols[item.tone], color: toneColours[item.tone] }),
            new TextRun({ text: ` ${item.label}`, bold: true }),
          ],
        }),
      ];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

const headingStyle = (id: string, name: string, size: number) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font, size, bold: true, color: '1F3B57', language },
  paragraph: { spacing: { before: 280, after: 120 }, keepNext: true },
});

/** Every footnote of the document as Word's own, under its number: Word prints each at the foot of its page. */
function footnotes(model: DocumentModel) {
  const notes = [...chapterFootnotes(model.blocks).values()].flat();
  return Object.fromEntries(
    notes.map((note) => [note.number, { children: [new Paragraph({ children: [new TextRun(note.text)] })] }]),
  );
}

/** The document as a Word file: Rubrik 1–3 headings, a table of contents field, repeated table headers, page x (n). */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const lists = { count: 0 };
  const drawings = { count: 0 };
  const frame = frameOfModel(model);
  const doc = new Document({
    footnotes: footnotes(model),
    creator: 'Styr',
    title: `${model.title} ${model.subtitle}`,
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font, size: 21, language } } },
      paragraphStyles: [
        headingStyle('Heading1', 'heading 1', 32),
        headingStyle('Heading2', 'heading 2', 26),
        headingStyle('Heading3', 'heading 3', 23),
        headingStyle('Heading4', 'heading 4', 21),
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          run: { font, size: 52, bold: true, color: '1F3B57', language },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'numrerad',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1300, bottom: 1300, left: 1300, right: 1300 } } },
        footers: { default: new Footer({ children: [runningParagraph(frame.footer)] }) },
        ...(frame.header
          ? { headers: { default: new Header({ children: [runningParagraph(frame.header)] }) } }
          : {}),
        children: [
          ...frontMatter(frame, contentsTitleOf(model)),
          ...model.blocks.flatMap((item) => {
            checkDeadline();
            return block(item, lists, drawings);
          }),
        ],
      },
    ],
  });
  const packed = await deterministically(() =>
    Packer.toBuffer(doc, undefined, [{ path: 'docProps/core.xml', data: coreProperties(model) }]),
  );
  return normalizeDocx(packed);
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The file's properties without the time of rendering, so the same data gives the same bytes. */
function coreProperties(model: DocumentModel): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xml(`${model.title} ${model.subtitle}`)}</dc:title><dc:creator>Styr</dc:creator><dc:language>sv-SE</dc:language></cp:coreProperties>`;
}
