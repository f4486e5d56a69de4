import { describe, expect, it } from 'vitest';
import { type PreviewFile, previewImport } from './import-preview.ts';

const empty: PreviewFile = { goalAreas: [], goals: [], indicators: [], assignments: [], risks: [] };

describe('previewImport', () => {
  it('creates everything in a year not there yet, a goal named with its focus', () => {
    const file = {
      ...empty,
      goals: [
        { key: 'g1', title: 'Trygg stad', focus: 'fokus tidiga insatser' },
        { key: 'g2', title: 'Trygg stad', focus: null },
      ],
    };
    expect(previewImport(null, file).goals).toEqual({
      created: ['Trygg stad – fokus tidiga insatser', 'Trygg stad'],
      changed: [],
      unchanged: [],
      removed: [],
    });
  });

  it('matches by key, ignores the stored id, the order of fields and empty ones, and names what changes', () => {
    const stored = {
      ...empty,
      indicators: [
        { id: 'x', key: 'a', name: 'Andel', unit: '%', values: [{ year: 2024, value: 1 }] },
        { id: 'y', key: 'b', name: 'Antal', unit: 'antal', values: [{ year: 2024, value: 1 }] },
      ],
    };
    const file = {
      ...empty,
      indicators: [
        { values: [{ value: 1, year: 2024, note: null }], unit: '%', name: 'Andel', key: 'a', labels: [] },
        { key: 'b', name: 'Antal', unit: 'antal', values: [{ year: 2024, value: 2 }] },
      ],
    };
    expect(previewImport(stored, file).indicators).toMatchObject({
      changed: ['Antal'],
      unchanged: ['Andel'],
    });
  });

  it('names what the year would no longer hold', () => {
    const stored = { ...empty, goals: [{ key: 'g1', title: 'Trygg stad' }] };
    expect(previewImport(stored, empty).goals.removed).toEqual(['Trygg stad']);
  });
});
