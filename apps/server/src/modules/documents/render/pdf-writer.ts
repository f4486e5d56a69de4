import PDFDocument from 'pdfkit';
import { parsedFonts } from './pdf-fonts.ts';

const margin = { top: 60, bottom: 70, left: 62, right: 62 };

/** A PDFKit document on A4 with the embedded fonts, fixed metadata and the page arithmetic the renderer needs. */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly chunks: Buffer[] = [];
  /** The structure tree's root: every piece of content is tagged under it, so readers know headings from text. */
  readonly root: PDFKit.PDFStructureElement;

  constructor(title: string) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: margin,
      bufferPages: true,
      lang: 'sv-SE',
      displayTitle: true,
      pdfVersion: '1.7',
      subset: 'PDF/A-2b',
      tagged: true,
      // A fixed date: the same data and template give the same bytes (the file id is derived from it too).
      info: {
        Title: title,
        Author: 'Styr',
        Creator: 'Styr',
        Producer: 'Styr',
        CreationDate: new Date(Date.UTC(2000, 0, 1)),
      },
    });
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
  tag(type: string, draw: () => void, parent: PDFKit.PDFStructureElement = this.root): void {
    parent.add(this.doc.struct(type, {}, draw));
  }

  /** An element that holds other elements (Table, TR, L, TOC), drawn into by the caller and then ended. */
  group(type: string, parent: PDFKit.PDFStructureElement = this.root): PDFKit.PDFStructureElement {
    const element = this.doc.struct(type);
    parent.add(element);
    return element;
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

  /** Writes the footer on every page but the cover, then ends the document. */
  finish(footer: string): Promise<Buffer> {
    const { doc } = this;
    this.root.end();
    const range = doc.bufferedPageRange();
    for (let index = 1; index < range.count; index += 1) {
      doc.switchToPage(range.start + index);
      const bottom = doc.page.margins.bottom;
      // Below the bottom margin: without this PDFKit would start a new page for the footer.
      doc.page.margins.bottom = 0;
      // The footer is pagination, not content: marked as an artifact, outside the structure tree.
      doc.markContent('Artifact', { type: 'Pagination' });
      doc
        .font('regular')
        .fontSize(8)
        .fillColor('#444444')
        .text(`${footer} ${index + 1} (${range.count})`, margin.left, doc.page.height - 45, {
          width: this.contentWidth,
          align: 'right',
          lineBreak: false,
        });
      doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
    return new Promise((resolve) => {
      doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      doc.end();
    });
  }
}
