import { describe, expect, it } from 'vitest';
import { findNulCharacter, withoutXmlForbidden, withoutXmlForbiddenDeep } from './text-safety.ts';

describe('findNulCharacter', () => {
  it('names the path of the first text holding a NUL character', () => {
    expect(findNulCharacter({ goals: [{ title: 'Mål' }, { title: 'Mål\u0000' }] })).toBe('goals[1].title');
    expect(findNulCharacter('\u0000')).toBe('');
    expect(findNulCharacter({ 'nyckel\u0000': 1 })).toBe('');
  });

  it('finds nothing in ordinary text, numbers and the escaped form written as text', () => {
    expect(findNulCharacter({ title: 'Mål \\u0000', value: 0, list: [null, true] })).toBeNull();
  });

  it('walks a document nested deeper than the call stack without overflowing', () => {
    let deep: unknown = 'botten\u0000';
    for (let level = 0; level < 200_000; level++) deep = [deep];
    expect(findNulCharacter(deep)).toMatch(/^(\[0\]){200000}$/);
  });
});

describe('withoutXmlForbidden', () => {
  it('removes the control characters, U+FFFE, U+FFFF and lone surrogates that XML forbids', () => {
    const forbidden = ['\u0000', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\uFFFE', '\uFFFF'];
    expect(withoutXmlForbidden(`M${forbidden.join('å')}l`)).toBe(`M${'å'.repeat(7)}l`);
    expect(withoutXmlForbidden('a\uD800b\uDC00c')).toBe('abc');
  });

  it('keeps tab, line breaks, paired surrogates and every other character, and the same string when clean', () => {
    const clean = 'Mål\tett\nnytt\r😀 \u0085 \uFFFD ÅÄÖ';
    expect(withoutXmlForbidden(clean)).toBe(clean);
  });

  it('cleans every text of a document model, leaving its shape and other values alone', () => {
    const model = {
      title: 'Årsrapport\uFFFF',
      blocks: [{ kind: 'paragraph', level: 2, inlines: [{ kind: 'text', text: 'a\uFFFEb', bold: true }] }],
      empty: null,
    };
    expect(withoutXmlForbiddenDeep(model)).toEqual({
      title: 'Årsrapport',
      blocks: [{ kind: 'paragraph', level: 2, inlines: [{ kind: 'text', text: 'ab', bold: true }] }],
      empty: null,
    });
  });
});
