import type { FrameModel, RunningSegment } from '@styr/shared/domain/document-frame';
import { AlignmentType, ImageRun, PageBreak, PageNumber, Paragraph, TableOfContents, TextRun } from 'docx';

// The Word file's frame around the body: title page, contents and the running header and footer lines.

/** A running line's parts as Word's runs: the page number as fields, so Word counts the pages. */
function runningChildren(
  segments: readonly RunningSegment[],
): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  return segments.flatMap((segment) => {
    if (segment.kind === 'text') return [segment.text];
    if (segment.style === 'pageOf') return ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES];
    if (segment.style === 'plain') return [PageNumber.CURRENT];
    return [PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'];
  });
}

export const runningParagraph = (segments: readonly RunningSegment[]) =>
  new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [new TextRun({ size: 18, children: runningChildren(segments) })],
  });

/** The title page and the contents the frame asks for, each followed by a page break. */
export function frontMatter(frame: FrameModel, contentsTitle: string): (Paragraph | TableOfContents)[] {
  const paragraphs: (Paragraph | TableOfContents)[] = [];
  if (frame.titlePage) {
    const { logo, lines } = frame.titlePage;
    if (logo)
      paragraphs.push(
        new Paragraph({
          spacing: { before: 1200 },
          children: [
            new ImageRun({
              type: 'png',
              data: Buffer.from(logo.png),
              transformation: pngFit(logo.png, 180, 110),
              altText: { name: 'Logotyp', description: logo.alt, title: logo.alt },
            }),
          ],
        }),
      );
    lines.forEach((line, index) => {
      const before = index === 0 && !logo ? { spacing: { before: 2400 } } : {};
      paragraphs.push(
        line.title
          ? new Paragraph({ style: 'Title', ...before, children: [new TextRun(line.text)] })
          : new Paragraph({ ...before, children: [new TextRun({ text: line.text, size: 32 })] }),
      );
    });
    paragraphs.push(new Paragraph({ children: [new PageBreak()] }));
  }
  if (frame.contentsDepth !== null) {
    paragraphs.push(
      new Paragraph({ children: [new TextRun({ text: contentsTitle, bold: true, size: 32 })] }),
      new TableOfContents(contentsTitle, {
        hyperlink: true,
        headingStyleRange: `1-${frame.contentsDepth}`,
      }),
      new Paragraph({ children: [new PageBreak()] }),
    );
  }
  return paragraphs;
}

/** A PNG's size in points scaled to fit the box, read from its header (width and height at bytes 16–23). */
function pngFit(png: Uint8Array, width: number, height: number) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const [w, h] = [view.getUint32(16), view.getUint32(20)];
  const scale = Math.min(width / w, height / h);
  return { width: Math.round(w * scale), height: Math.round(h * scale) };
}
