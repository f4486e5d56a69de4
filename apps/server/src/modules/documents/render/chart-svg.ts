import type { ChartBlock } from '@styr/shared/domain/document-model';
import { type ChartShape, layoutChart, type MeasureText } from './chart-layout.ts';
import { parsedFonts } from './pdf-fonts.ts';

/** Text widths in DejaVu Sans, the font the PDF embeds and the SVG names first, so labels fit where drawn. */
export const measureChartText: MeasureText = (text, size, bold) => {
  const face = parsedFonts()[bold ? 'bold' : 'regular'];
  return (face.layout(text).advanceWidth / face.unitsPerEm) * size;
};

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Coordinates to two decimals: short, and the same text on every machine. */
const n = (value: number) => String(Math.round(value * 100) / 100);

function element(shape: ChartShape): string {
  switch (shape.kind) {
    case 'rect':
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" fill="${shape.fill}"/>`;
    case 'line':
      return `<line x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}" stroke="${shape.stroke}" stroke-width="${n(shape.width)}"/>`;
    case 'polyline':
      return `<polyline points="${shape.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" stroke="${shape.stroke}" stroke-width="${n(shape.width)}" stroke-linejoin="round"/>`;
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill}"/>`;
    case 'text':
      return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-size="${n(shape.size)}" text-anchor="${shape.anchor}"${shape.bold ? ' font-weight="bold"' : ''} fill="${shape.fill}">${escapeXml(shape.text)}</text>`;
  }
}

export interface ChartSvg {
  svg: string;
  /** In points, as laid out; the web page scales the drawing to its column. */
  width: number;
  height: number;
}

/**
 * The chart as a standalone SVG image named by its alt text (role img, aria-label and title), for the web page and
 * the Word file.
 */
export function chartSvg(chart: ChartBlock, width: number): ChartSvg {
  const layout = layoutChart(chart, width, measureChartText);
  const alt = escapeXml(chart.alt);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" width="${n(layout.width)}" height="${n(layout.height)}" role="img" aria-label="${alt}">`,
    `<title>${alt}</title>`,
    '<rect x="0" y="0" width="100%" height="100%" fill="#FFFFFF"/>',
    '<g font-family="DejaVu Sans, Arial, sans-serif">',
    ...layout.shapes.map(element),
    '</g></svg>',
  ].join('');
  return { svg, width: layout.width, height: layout.height };
}
