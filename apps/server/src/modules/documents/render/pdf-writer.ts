import { type RunningSegment, runningText } from '@styr/shared/domain/document-frame';
import PDFDocument from 'pdfkit';
import { parsedFonts } from './pdf-fonts.ts';
import { type PdfPurpose, pdfDateOf, xmpDescriptions } from './pdf-metadata.ts';

const margin = { top: 60, bottom: 70, left: 62, right: 62 };

/**
 * A structure element's options with what PDFKit takes beyond its types: a table header cell's scope, and a
 * figure's bounding box (left, top, right, bottom on the page, from its top), which PDFKit writes as a Layout
 * attribute in PDF coordinates.
 */
type ScopedOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: 'Column' | 'Row' | 'Both';
  bbox?: [number, number, number, number];
};
/**
 * A link annotation's options: its structure parent, and its description as a String object, which PDFKit writes
 * as a PDF string (a primitive string it would write as a name).
 */
interface LinkOptions {
  structParent: PDFKit.PDFStructureElement;
  Contents: object;
}

const maker = 'Styr';

/**
 * A PDFKit document on A4 with the embedded fonts, the metadata and the page arithmetic the renderer needs. Every
 * file is PDF/UA-1: tagged, in Swedish, its title shown, the page furniture marked as artifacts.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly chunks: Buffer[] = [];
  /** The structure tree's root: every piece of content is tagged under it, so readers know headings from text. */
  readonly root: PDFKit.PDFStructureElement;
  /** The level of the last heading tagged, so the tree never skips a level. */
  private headingLevel = 0;

  constructor(title: string, purpose: PdfPurpose = {}) {
    const date = pdfDateOf(purpose);
    const archival = purpose.decided !== undefined;
    const language = 'sv-SE';
    this.doc = new PDFDocument({
      size: 'A4',
      margins: margin,
      bufferPages: true,
      lang: language,
      displayTitle: true,
      pdfVersion: '1.7',
      // PDFKit adds the PDF/A identification and the sRGB output intent (its own ICC profile) to the archived file.
      ...(archival ? { subset: 'PDF/A-2b' as const } : {}),
      tagged: true,
      // A date from the data (the file id is derived from it too): the same data and template give the same bytes.
      info: {
        Title: title,
        Author: maker,
        Creator: maker,
        Producer: maker,
        CreationDate: date,
        ModDate: date,
      },
    });
    // PDFKit's own XMP descriptions (written by its `_addInfo` as the document ends) would carry the title
    // unescaped and no modification date; these replace them.
    const xmp = xmpDescriptions({ title, maker, language, date, archival });
    Object.assign(this.doc, { _addInfo: () => this.doc.appendXML(xmp) });
    // Registered by name and selected by name only: PDFKit caches a font under the name it was first selected
    // by, and a default font given as a path would make every later `font('regular')` load the font again.
    // PDFKit takes a parsed fontkit font as well as a file (its types name only files).
    for (const [name, font] of Object.entries(parsedFonts())) {
      this.doc.registerFont(name, font as unknown as PDFKit.Mixins.PDFFontSource);
    }
    this.doc.font('regular');
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  /** Draws content as one tagged element (P, H1, TD …) under `parent`, the root unless given. */
  tag(
    type: string,
    draw: () => void,
    parent: PDFKit.PDFStructureElement = this.root,
    options: ScopedOptions = {},
  ): void {
    parent.add(this.doc.struct(type, options, draw));
  }

  /**
   * The tag of a heading printed at `level`: one level below the last heading at most, so the structure tree
   * never skips a level (PDF/UA) even where a template nests a chapter deeper than its parent's next level.
   */
  headingTag(level: number): string {
    this.headingLevel = Math.min(Math.max(1, level), this.headingLevel + 1, 6);
    return `H${this.headingLevel}`;
  }

  /** Draws content that only repeats or decorates the page (a table's header row again), outside the structure tree. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Pagination' });
    draw();
    this.doc.endMarkedContent();
  }

  /**
   * A Link element under `parent` whose annotations are its children and describe themselves with `text`, as
   * PDF/UA asks of every link. `draw` draws the link's text with PDFKit's `link` option, or adds an annotation
   * through the `annotate` it is handed.
   */
  link(
    parent: PDFKit.PDFStructureElement,
    text: string,
    draw: (
      annotate: (box: { x: number; y: number; w: number; h: number }, destination: string) => void,
    ) => void,
  ): PDFKit.PDFStructureElement {
    const { doc } = this;
    const element = doc.struct('Link');
    parent.add(element);
    const description: object = new String(text);
    const annotate = (box: { x: number; y: number; w: number; h: number }, destination: string) => {
      const options: LinkOptions = { structParent: element, Contents: description };
      doc.goTo(box.x, box.y, box.w, box.h, destination, options as unknown as PDFKit.Mixins.AnnotationOption);
    };
    // PDFKit gives the annotations of a link drawn as text an empty description; each line's gets the text.
    const link = doc.link;
    doc.link = (x, y, w, h, url, options) => {
      const described = { ...options, Contents: description };
      return link.call(doc, x, y, w, h, url, described as unknown as PDFKit.Mixins.AnnotationOption);
    };
    try {
      element.add(() => draw(annotate));
    } finally {
      doc.link = link;
    }
    return element;
  }

  /** An element that holds other elements (Table, TR, L, TOC), drawn into by the caller and then ended. */
  group(type: string, parent: PDFKit.PDFStructureElement = this.root): PDFKit.PDFStructureElement {
    const element = this.doc.struct(type);
    parent.add(element);
    return element;
  }

  /** A footer or header is pagination, not content: marked as an artifact, outside the structure tree. */
  private runningLine(text: string, y: number): void {
    const { doc } = this;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('regular').fontSize(8).fillColor('#444444').text(text, margin.left, y, {
      width: this.contentWidth,
      align: 'right',
      lineBreak: false,
    });
    doc.endMarkedContent();
  }

  get left() {
    return margin.left;
  }
  get contentWidth() {
    return this.doc.page.width - margin.left - margin.right;
  }
  get bottom() {
    return this.doc.page.height - margin.bottom;
  }

  /**
   * The page being drawn on, counted from 1 — the last page, while the document is drawn from the start. Asked of
   * PDFKit, because PDFKit also starts pages itself when a paragraph runs over the foot of one.
   */
  get page() {
    return this.doc.bufferedPageRange().count;
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** Returns to an earlier page (counted from 1) to add to it, as the contents do for their page numbers. */
  toPage(page: number): void {
    this.doc.switchToPage(this.doc.bufferedPageRange().start + page - 1);
  }

  /** Starts a new page unless `height` still fits, so a heading never stands alone at the foot of a page. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  /** Writes the running lines on every page but the title page, then ends the document. */
  finish(running: {
    footer: RunningSegment[];
    header: RunningSegment[] | null;
    cover: boolean;
  }): Promise<Buffer> {
    const { doc } = this;
    this.root.end();
    const range = doc.bufferedPageRange();
    for (let index = running.cover ? 1 : 0; index < range.count; index += 1) {
      doc.switchToPage(range.start + index);
      const bottom = doc.page.margins.bottom;
      // Below the bottom margin: without this PDFKit would start a new page for the footer.
      doc.page.margins.bottom = 0;
      this.runningLine(runningText(running.footer, index + 1, range.count), doc.page.height - 45);
      if (running.header) this.runningLine(runningText(running.header, index + 1, range.count), 30);
      doc.page.margins.bottom = bottom;
    }
    return new Promise((resolve) => {
      doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      doc.end();
    });
  }
}
