import { describe, expect, it } from 'vitest';
import { keyFromName, moveTo } from './object-keys.ts';

describe('keyFromName', () => {
  it('writes a Swedish name in the key alphabet', () => {
    expect(keyFromName('Andel nöjda brukare (%)', new Set(), 'matt')).toBe('andel-nojda-brukare');
  });

  it('numbers a key already taken', () => {
    const taken = new Set(['sjukfranvaro', 'sjukfranvaro-2']);
    expect(keyFromName('Sjukfrånvaro', taken, 'matt')).toBe('sjukfranvaro-3');
  });

  it('falls back when the name has no letter or digit of the alphabet', () => {
    expect(keyFromName('–––', new Set(), 'uppdrag')).toBe('uppdrag');
  });

  it('keeps a long name within the limit, without a trailing hyphen', () => {
    const key = keyFromName(`${'a'.repeat(59)} b`, new Set(), 'matt');
    expect(key).toBe('a'.repeat(59));
  });
});

describe('moveTo', () => {
  it('moves an item forward and back', () => {
    expect(moveTo(['a', 'b', 'c'], 'a', 2)).toEqual(['b', 'c', 'a']);
    expect(moveTo(['a', 'b', 'c'], 'c', 0)).toEqual(['c', 'a', 'b']);
  });

  it('clamps a place past the end', () => {
    expect(moveTo(['a', 'b', 'c'], 'b', 99)).toEqual(['a', 'c', 'b']);
  });
});
