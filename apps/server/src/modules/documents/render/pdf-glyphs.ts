import type { DocumentModel } from '@styr/shared/domain/document-model';
import { parsedFonts } from './pdf-fonts.ts';

/** U+FFFD REPLACEMENT CHARACTER, which every face of DejaVu Sans draws. */
const replacement = '\ufffd';

/** Whether every face draws each character, remembered: a handful of characters make up most texts. */
const drawable = new Map<number, boolean>();

function drawn(codePoint: number): boolean {
  let known = drawable.get(codePoint);
  if (known === undefined) {
    known = Object.values(parsedFonts()).every((font) => font.hasGlyphForCodePoint(codePoint));
    drawable.set(codePoint, known);
  }
  return known;
}

/** Printable ASCII, tabs and line breaks are left as they are: every face draws the one, PDFKit lays out the rest. */
const printable = (text: string) =>
  text.replace(/[^ -~\t\n\r]/gu, (char) => (drawn(char.codePointAt(0) ?? 0) ? char : replacement));

function mapTexts(value: unknown, key: string): unknown {
  if (typeof value === 'string') return key === 'href' ? value : printable(value);
  if (Array.isArray(value)) return value.map((item) => mapTexts(item, ''));
  // An image's bytes (the logo) are no text.
  if (ArrayBuffer.isView(value)) return value;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, mapTexts(item, name)]));
  return value;
}

/**
 * The model with every character the embedded fonts lack (a CJK character, a rare symbol) as U+FFFD: PDF/A
 * forbids drawing a font's .notdef glyph, which is what PDFKit would draw for it, and a reader then sees that a
 * character is missing rather than an empty box. The Word file and the web page keep the character.
 */
export const withDrawableCharacters = (model: DocumentModel): DocumentModel =>
  mapTexts(model, '') as DocumentModel;
