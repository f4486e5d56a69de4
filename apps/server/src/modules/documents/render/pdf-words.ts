import { type PdfFont, parsedFonts } from './pdf-fonts.ts';

/** A break opportunity that draws nothing (U+200B ZERO WIDTH SPACE): PDFKit may wrap a line after it. */
const breakOpportunity = '\u200b';
/** Text between the spaces and line ends PDFKit wraps at; a no-break space joins, as it does for PDFKit. */
const runPattern = /[^ \t\r\n]+/g;
/** Measured glyph by glyph a piece leaves out kerning; a little room keeps it inside the column all the same. */
const room = 0.97;

/** The advance of each character in each font, in ems: a handful of characters make up most texts. */
const advances = new Map<string, number>();
const rememberedAdvances = 50_000;

function advanceOf(font: PdfFont, char: string): number {
  const key = `${font}\u0000${char}`;
  let advance = advances.get(key);
  if (advance === undefined) {
    const face = parsedFonts()[font];
    advance = face.layout(char).advanceWidth / face.unitsPerEm;
    if (advances.size >= rememberedAdvances) advances.clear();
    advances.set(key, advance);
  }
  return advance;
}

/** Whether a word near the column's width fits it as PDFKit measures it: shaped whole, with its kerning. */
function fits(font: PdfFont, word: string, ems: number): boolean {
  const face = parsedFonts()[font];
  return face.layout(word).advanceWidth / face.unitsPerEm <= ems;
}

/**
 * The text with a break opportunity wherever a word wider than the column reaches its width, so a word of any
 * length wraps at the column like a sentence does. PDFKit splits a word it cannot fit itself, but measures the
 * rest of the word again for each line, in time quadratic in the word's length (minutes for 50 000 characters);
 * here every character is measured once. Words that fit are left as they are.
 */
export function breakLongWords(text: string, font: PdfFont, size: number, width: number): string {
  const limit = (width / size) * room;
  return text.replace(runPattern, (word) => {
    let total = 0;
    for (const char of word) total += advanceOf(font, char);
    if (total <= limit || (total < 2 * limit && fits(font, word, width / size))) return word;
    const pieces: string[] = [];
    let start = 0;
    let piece = 0;
    let index = 0;
    for (const char of word) {
      const advance = advanceOf(font, char);
      if (piece + advance > limit && index > start) {
        pieces.push(word.slice(start, index));
        start = index;
        piece = 0;
      }
      piece += advance;
      index += char.length;
    }
    pieces.push(word.slice(start));
    return pieces.join(breakOpportunity);
  });
}
