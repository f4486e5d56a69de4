import { describe, expect, it } from 'vitest';
import { fillHeadingPattern, unknownPatternFields } from './heading-pattern.ts';

describe('heading patterns', () => {
  it('fills the fields an item has', () => {
    expect(
      fillHeadingPattern('{parent}: {title}', { parent: 'Trygg kommun', title: 'Färre fallolyckor' }),
    ).toBe('Trygg kommun: Färre fallolyckor');
  });

  it('drops a bracketed part whose field is empty, and keeps it when the field has a value', () => {
    const pattern = '[({parent}) ]{title}';
    expect(fillHeadingPattern(pattern, { parent: null, title: 'Färre fallolyckor' })).toBe(
      'Färre fallolyckor',
    );
    expect(fillHeadingPattern(pattern, { parent: 'Trygg kommun', title: 'Färre fallolyckor' })).toBe(
      '(Trygg kommun) Färre fallolyckor',
    );
  });

  it('prints an unknown field as written and names it for the check', () => {
    expect(fillHeadingPattern('{titel}', { title: 'Mål' })).toBe('{titel}');
    expect(unknownPatternFields('[{parent}: ]{titel} {title}', ['title', 'parent'])).toEqual(['titel']);
  });
});
