import { describe, expect, it } from 'vitest';
import {
  documentLabelDefaults,
  fillLabel,
  labelFor,
  orderedOwnLabels,
  resolveDocumentLabels,
} from './document-labels.ts';

describe('document labels', () => {
  it('gives the municipality’s own word where it has one and the default elsewhere', () => {
    const labels = resolveDocumentLabels({ 'tables.sum': 'Totalt' });
    expect(labels['tables.sum']).toBe('Totalt');
    expect(labels['goals.withoutArea']).toBe(documentLabelDefaults['goals.withoutArea']);
    expect(Object.keys(labels)).toEqual(Object.keys(documentLabelDefaults));
  });

  it('keeps own words in the catalogue’s order, whatever order they came in', () => {
    expect(Object.keys(orderedOwnLabels({ 'tables.sum': 'Totalt', 'goals.focus': 'Inriktning' }))).toEqual([
      'goals.focus',
      'tables.sum',
    ]);
  });

  it('fills in the year wherever a label names it', () => {
    expect(labelFor('Resultat {year} ({year})', 2025)).toBe('Resultat 2025 (2025)');
  });

  it('fills in named places and leaves braces it was not given', () => {
    expect(fillLabel('Utfall {point} {year} {other}', { point: 'augusti', year: '2025' })).toBe(
      'Utfall augusti 2025 {other}',
    );
  });
});
