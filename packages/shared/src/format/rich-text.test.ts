import { describe, expect, it } from 'vitest';
import { hasMarkup, linesToParagraphs, richTextToPlain } from './rich-text.ts';

describe('rich text', () => {
  it('tells texts with tags from plain texts', () => {
    expect(hasMarkup('<p>Text</p>')).toBe(true);
    expect(hasMarkup('Rad ett<br>rad två')).toBe(true);
    expect(hasMarkup('Kostnaden < 5 mnkr och > 2 mnkr')).toBe(false);
    expect(hasMarkup('Barn & unga')).toBe(false);
  });

  it('turns blank lines into paragraphs and single line breaks into breaks', () => {
    expect(linesToParagraphs('Första stycket\r\nfortsätter.\n\n \nAndra &amp; sista ')).toBe(
      '<p>Första stycket<br>fortsätter.</p><p>Andra &amp; sista</p>',
    );
    expect(linesToParagraphs('\r\n  \r\n')).toBe('');
  });

  it('reads the words of a rich text without its tags', () => {
    expect(
      richTextToPlain('<h3>Rubrik</h3><p>En <strong>fet</strong> rad</p><ul><li>ett</li><li>två</li></ul>'),
    ).toBe('Rubrik\nEn fet rad\nett\ntvå');
    expect(richTextToPlain('<p></p>')).toBe('');
  });
});
