import type { CommitteeYearView, Indicator } from '@styr/shared/contracts/plan';
import { documentLabelDefaults, resolveDocumentLabels } from '@styr/shared/domain/document-labels';
import type { TableBlock } from '@styr/shared/domain/document-model';
import { describe, expect, it } from 'vitest';
import { indicatorTable } from './indicator-table.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const value = (year: number, amount: number | null, period = 'year', note: string | null = null) => ({
  year,
  period,
  gender: 'T' as const,
  value: amount,
  note,
  version: 1,
});

const measure = (n: number, fields: Partial<Indicator>): Indicator => ({
  id: id(n),
  key: `matt-${n}`,
  name: `Mått ${n}`,
  unit: 'timmar',
  valueKind: 'number',
  decimals: 1,
  direction: 'lower',
  source: 'manual',
  sourceReference: null,
  definition: null,
  definitionKey: null,
  values: [],
  targets: [],
  status: 'noTarget',
  version: 1,
  ...fields,
});

const hours = measure(1, {
  name: 'Hemtjänsttimmar per brukare',
  values: [value(2023, 31.4), value(2024, 30.8), value(2025, 29.6), value(2025, 30.1, 'augusti')],
  targets: [{ year: 2025, target: { kind: 'numeric', value: 30 } }],
});
const share = measure(2, {
  name: 'Nöjda brukare',
  unit: 'procent',
  valueKind: 'share',
  decimals: 0,
  direction: 'higher',
  values: [value(2024, 86), value(2025, 84)],
  targets: [{ year: 2025, target: { kind: 'numeric', value: 90 } }],
});
const plan = measure(3, {
  name: 'Genomförandeplan inom 14 dagar',
  unit: 'uppfyllt',
  valueKind: 'yesPartlyNo',
  decimals: 0,
  direction: 'higher',
  values: [value(2024, 0.5), value(2025, 1)],
  targets: [{ year: 2025, target: { kind: 'yesNo', value: 'ja' } }],
});

const view = (labels = documentLabelDefaults): CommitteeYearView => ({
  committee: { id: id(9), name: 'Vård- och omsorgsnämnden' },
  year: 2025,
  followUpPoints: [
    { key: 'augusti', name: 'Delårsrapport augusti', month: 8 },
    { key: 'arsrapport', name: 'Årsrapport', month: 12 },
  ],
  assessmentScales: {},
  documents: [],
  goalAreas: [],
  goals: [],
  indicators: [],
  assignments: [],
  labels,
});

const texts = (table: TableBlock) => ({
  header: table.header.map((cell) => cell.text),
  rows: table.rows.map((row) => row.map((cell) => cell.text)),
});

describe('indicator table', () => {
  it('prints the reports’ own table when the section sets no options', () => {
    const report = indicatorTable(view(), [hours], false);
    expect(texts(report)).toEqual({
      header: ['Mått/Indikator', 'Utfall 2023', 'Utfall 2024', 'Utfall 2025', 'Målvärde 2025'],
      rows: [['Hemtjänsttimmar per brukare', '31,4', '30,8', '29,6', '30,0']],
    });
    expect(report.widths).toEqual([44, 14, 14, 14, 14]);
    expect(texts(indicatorTable(view(), [hours], true)).header).toEqual([
      'Mått/Indikator',
      'Utfall 2023',
      'Utfall 2024',
      'Målvärde 2025',
    ]);
  });

  it('prints the chosen columns in the chosen order with their own labels, years filled in', () => {
    const table = indicatorTable(view(), [hours, share], false, {
      columns: [
        { kind: 'name', label: 'Nyckeltal' },
        { kind: 'target', label: 'Mål {year}' },
        { kind: 'outcome', year: 0 },
        { kind: 'outcome', year: -1, label: 'Fjolåret' },
        { kind: 'followUp', point: 'augusti' },
      ],
    });
    expect(texts(table)).toEqual({
      header: ['Nyckeltal', 'Mål 2025', 'Utfall 2025', 'Fjolåret', 'Utfall Delårsrapport augusti 2025'],
      rows: [
        ['Hemtjänsttimmar per brukare', '30,0', '29,6', '30,8', '30,1'],
        ['Nöjda brukare', '90\u00a0%', '84\u00a0%', '86\u00a0%', '–'],
      ],
    });
    expect(table.notes).toEqual([documentLabelDefaults['indicators.missingNote']]);
  });

  it('prints the status as symbol and word, symbol alone or the municipality’s word', () => {
    const labels = resolveDocumentLabels({ 'indicators.status.met': 'Målet nått' });
    const table = indicatorTable(view(labels), [hours, share], false, {
      columns: [
        { kind: 'name' },
        { kind: 'status' },
        { kind: 'status', show: 'symbol' },
        { kind: 'status', show: 'text' },
      ],
    });
    expect(texts(table).rows).toEqual([
      ['Hemtjänsttimmar per brukare', '● Målet nått', '●', 'Målet nått'],
      // Not met, and worse than the year before: not "delvis".
      ['Nöjda brukare', '○ Ej uppnått', '○', 'Ej uppnått'],
    ]);
    expect(table.rows[0]?.[1]?.tone).toBe('good');
    expect(table.header[1]?.text).toBe('Status');
  });

  it('computes the change between two years in the measure’s own decimals, with its sign', () => {
    const table = indicatorTable(view(), [hours, share, plan], false, {
      columns: [{ kind: 'name' }, { kind: 'change', from: -1 }, { kind: 'change', from: -2, to: -1 }],
    });
    expect(texts(table).rows).toEqual([
      ['Hemtjänsttimmar per brukare', '−1,2', '−0,6'],
      ['Nöjda brukare', '−2', '–'],
      ['Genomförandeplan inom 14 dagar', '', ''],
    ]);
    expect(texts(table).header).toEqual(['Mått/Indikator', 'Förändring', 'Förändring']);
  });

  it('places the unit after the name, in a column of its own, or nowhere', () => {
    const columns = [{ kind: 'name' as const }, { kind: 'outcome' as const, year: 0 }];
    expect(texts(indicatorTable(view(), [hours], false, { columns, unit: 'name' })).rows).toEqual([
      ['Hemtjänsttimmar per brukare (timmar)', '29,6'],
    ]);
    const own = indicatorTable(view(), [hours], false, { columns, unit: 'column' });
    expect(texts(own)).toEqual({
      header: ['Mått/Indikator', 'Enhet', 'Utfall 2025'],
      rows: [['Hemtjänsttimmar per brukare', 'timmar', '29,6']],
    });
    expect(texts(indicatorTable(view(), [hours], false, { columns, unit: 'none' })).rows).toEqual([
      ['Hemtjänsttimmar per brukare', '29,6'],
    ]);
  });

  it('prints a ja/nej measure’s stored earlier years and leaves a year it never reported blank, without the note', () => {
    const table = indicatorTable(view(), [plan], false);
    expect(texts(table).rows).toEqual([['Genomförandeplan inom 14 dagar', '', 'Delvis', 'Ja', 'Ja']]);
    expect(table.notes).toEqual([]);
  });

  it('keeps a stored note of an outcome under the table', () => {
    const noted = measure(4, { values: [value(2025, null, 'year', 'Mätningen gjordes inte')] });
    const table = indicatorTable(view(), [noted], false, { columns: [{ kind: 'outcome', year: 0 }] });
    expect(table.notes).toEqual([
      documentLabelDefaults['indicators.missingNote'],
      'Mått 4, 2025: Mätningen gjordes inte',
    ]);
  });
});
