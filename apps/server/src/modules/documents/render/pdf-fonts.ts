import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const folder = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** DejaVu Sans from its npm package, embedded in every PDF: covers åäö, the minus sign and the status symbols. */
export const pdfFonts = {
  regular: join(folder, 'DejaVuSans.ttf'),
  bold: join(folder, 'DejaVuSans-Bold.ttf'),
  italic: join(folder, 'DejaVuSans-Oblique.ttf'),
  boldItalic: join(folder, 'DejaVuSans-BoldOblique.ttf'),
} as const;

export type PdfFont = keyof typeof pdfFonts;

let loaded: Record<PdfFont, Buffer> | null = null;

/** The font files, read once per process: every rendering embeds the same fonts. */
export function fontFiles(): Record<PdfFont, Buffer> {
  loaded ??= {
    regular: readFileSync(pdfFonts.regular),
    bold: readFileSync(pdfFonts.bold),
    italic: readFileSync(pdfFonts.italic),
    boldItalic: readFileSync(pdfFonts.boldItalic),
  };
  return loaded;
}

export const fontOf = (style: { bold?: boolean; italic?: boolean }): PdfFont =>
  style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';
