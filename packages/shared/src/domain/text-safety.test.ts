import { describe, expect, it } from 'vitest';
import { findNulCharacter } from './text-safety.ts';

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
