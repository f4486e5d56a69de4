import { describe, expect, it } from 'vitest';
import { parsedFonts } from './pdf-fonts.ts';
import { breakLongWords } from './pdf-words.ts';

const widthOf = (text: string, size: number) => {
  const face = parsedFonts().regular;
  return (face.layout(text).advanceWidth / face.unitsPerEm) * size;
};

describe('breakLongWords', () => {
  it('leaves text whose words fit alone, also a word exactly as wide as the column', () => {
    const text = 'Svårigheter att rekrytera erfarna socialsekreterare';
    expect(breakLongWords(text, 'regular', 8.5, 120)).toBe(text);
    const word = 'socialsekreterare';
    expect(breakLongWords(word, 'regular', 8.5, widthOf(word, 8.5))).toBe(word);
  });

  it('breaks a longer word into pieces that each fit the column, keeping every character', () => {
    const word = 'Verksamhetsuppföljningsrapporteringsrutiner'.repeat(30);
    const broken = breakLongWords(`Se ${word} nu`, 'regular', 10, 150);
    const pieces = broken.split(/[ \u200b]/);
    expect(broken.replaceAll('\u200b', '')).toBe(`Se ${word} nu`);
    expect(pieces.length).toBeGreaterThan(40);
    for (const piece of pieces) expect(widthOf(piece, 10)).toBeLessThanOrEqual(150);
  });
});
