import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font, type GlyphRun } from 'fontkit';

const folder = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** DejaVu Sans from its npm package, embedded in every PDF: covers åäö, the minus sign and the status symbols. */
export const pdfFonts = {
  regular: join(folder, 'DejaVuSans.ttf'),
  bold: join(folder, 'DejaVuSans-Bold.ttf'),
  italic: join(folder, 'DejaVuSans-Oblique.ttf'),
  boldItalic: join(folder, 'DejaVuSans-BoldOblique.ttf'),
} as const;

export type PdfFont = keyof typeof pdfFonts;

/** The size of body text, and of the contents' entries, in points. */
export const bodySize = 10;

/** Enough for the words of many documents; past it the runs are dropped and shaped again as they come. */
const rememberedRuns = 50_000;

/** A run to hand out: PDFKit scales a run's positions in place, so each caller gets positions of its own. */
function copyOf(run: GlyphRun): GlyphRun {
  const copy: GlyphRun = Object.create(Object.getPrototypeOf(run));
  return Object.assign(copy, run, {
    glyphs: [...run.glyphs],
    positions: run.positions.map((position) => ({ ...position })),
  });
}

/**
 * The font with `layout` remembered per text. Shaping a word (OpenType substitution and kerning) is most of the
 * time a PDF takes, PDFKit shapes each word once per document, and the documents of a year share most words.
 */
function remembering(font: Font): Font {
  const runs = new Map<string, GlyphRun>();
  const layout: Font['layout'] = (text, features, ...rest) => {
    if (features || rest.length > 0) return font.layout(text, features, ...rest);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= rememberedRuns) runs.clear();
      run = font.layout(text);
      runs.set(text, run);
    }
    return copyOf(run);
  };
  // fontkit decodes its tables lazily into the font object: everything but layout is read from the font itself.
  return new Proxy(font, {
    get: (target, property) => (property === 'layout' ? layout : Reflect.get(target, property, target)),
  });
}

let loaded: Record<PdfFont, Font> | null = null;

/** The fonts, read and parsed once per process: every rendering embeds the same fonts. */
export function parsedFonts(): Record<PdfFont, Font> {
  const parse = (path: string) => remembering(create(readFileSync(path)) as Font);
  loaded ??= {
    regular: parse(pdfFonts.regular),
    bold: parse(pdfFonts.bold),
    italic: parse(pdfFonts.italic),
    boldItalic: parse(pdfFonts.boldItalic),
  };
  return loaded;
}

export const fontOf = (style: { bold?: boolean; italic?: boolean }): PdfFont =>
  style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';
