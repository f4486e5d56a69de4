import { Resvg } from '@resvg/resvg-js';
import { pdfFonts } from './pdf-fonts.ts';

/**
 * Pixels per point of the picture (192 per inch): sharp enough for a fallback, and each chart takes a few tens of
 * milliseconds where three per point took more than twice as long.
 */
const scale = 2;

/**
 * The chart's SVG as a PNG, drawn by resvg with the PDF's own DejaVu Sans and no system font, so every machine
 * draws the same pixels. Word shows the SVG; the PNG stands in for it where a reader cannot show SVG.
 */
export function chartPng(svg: string, width: number): Buffer {
  const picture = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    background: '#FFFFFF',
    font: {
      fontFiles: [pdfFonts.regular, pdfFonts.bold],
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
    },
  });
  return Buffer.from(picture.render().asPng());
}
