import type { ChartBlock } from '@styr/shared/domain/document-model';
import { type ChartLayout, type ChartShape, layoutChart } from './chart-layout.ts';
import { measureChartText } from './chart-svg.ts';
import type { PdfWriter } from './pdf-writer.ts';

/** Space under a chart before what follows. */
const gap = 10;

const layoutOf = (writer: PdfWriter, chart: ChartBlock): ChartLayout =>
  layoutChart(chart, writer.contentWidth, measureChartText);

/** The height a chart takes on its page, with the space under it: it never splits across pages. */
export const chartHeight = (writer: PdfWriter, chart: ChartBlock): number =>
  layoutOf(writer, chart).height + gap;

function drawShape(doc: PDFKit.PDFDocument, shape: ChartShape, x: number, y: number): void {
  switch (shape.kind) {
    case 'rect':
      doc.rect(x + shape.x, y + shape.y, shape.width, shape.height).fill(shape.fill);
      return;
    case 'line':
      doc
        .moveTo(x + shape.x1, y + shape.y1)
        .lineTo(x + shape.x2, y + shape.y2)
        .lineWidth(shape.width)
        .strokeColor(shape.stroke)
        .stroke();
      return;
    case 'polyline': {
      const [first, ...rest] = shape.points;
      if (!first) return;
      doc.moveTo(x + first[0], y + first[1]);
      for (const [px, py] of rest) doc.lineTo(x + px, y + py);
      doc.lineWidth(shape.width).lineJoin('round').strokeColor(shape.stroke).stroke();
      return;
    }
    case 'circle':
      doc.circle(x + shape.cx, y + shape.cy, shape.r).fill(shape.fill);
      return;
    case 'text': {
      doc
        .font(shape.bold ? 'bold' : 'regular')
        .fontSize(shape.size)
        .fillColor(shape.fill);
      const width = doc.widthOfString(shape.text);
      const shift = shape.anchor === 'end' ? width : shape.anchor === 'middle' ? width / 2 : 0;
      doc.text(shape.text, x + shape.x - shift, y + shape.y, { lineBreak: false, baseline: 'alphabetic' });
      return;
    }
  }
}

/**
 * The chart as vector paths and text in one Figure element whose Alt is the chart in words (PDF/UA): a reader
 * hears the title and every value instead of the drawing. It moves whole to the next page when it does not fit.
 */
export function drawChart(writer: PdfWriter, chart: ChartBlock): void {
  const { doc } = writer;
  const layout = layoutOf(writer, chart);
  writer.ensureSpace(layout.height + gap);
  const top = doc.y;
  writer.tag(
    'Figure',
    () => {
      for (const shape of layout.shapes) drawShape(doc, shape, writer.left, top);
    },
    writer.root,
    // Tagged PDF asks a figure on one page for its bounding box, so a reader can show or enlarge it.
    { alt: chart.alt, bbox: [writer.left, top, writer.left + layout.width, top + layout.height] },
  );
  doc.lineWidth(1).strokeColor('#000000');
  doc.x = writer.left;
  doc.y = top + layout.height + gap;
}
