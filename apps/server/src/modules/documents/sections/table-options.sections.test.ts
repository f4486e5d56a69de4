import type { Section } from '@styr/shared/contracts/documents';
import type { EconomyView, KeyFigureTable } from '@styr/shared/contracts/economy';
import { documentLabelDefaults, resolveDocumentLabels } from '@styr/shared/domain/document-labels';
import type { Block, TableBlock } from '@styr/shared/domain/document-model';
import { describe, expect, it } from 'vitest';
import type { BuildContext } from '../build-context.ts';
import { sectionBuilder } from '../section-registry.ts';
import { keyFigureTable } from './key-figure.sections.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const volume: KeyFigureTable = {
  key: 'volym',
  title: 'Volym',
  years: [2023, 2024, 2025],
  rows: [
    { kind: 'heading', text: 'Hemtjänst' },
    {
      kind: 'indicator',
      indicatorId: id(30),
      name: 'Brukare',
      unit: 'personer',
      valueKind: 'number',
      decimals: 0,
      showChange: true,
      values: [1000, 1100, 1210],
      secondary: null,
    },
  ],
};

// Thousands are separated by a no-break space in print; plain spaces keep the expectations readable.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const texts = (table: TableBlock) => [
  table.header.map((cell) => plain(cell.text)),
  ...table.rows.map((row) => row.map((cell) => plain(cell.text))),
];

describe('key figure table options', () => {
  it('prints the stored order, unit after the name and change, as before, when no option is set', () => {
    const table = keyFigureTable(volume, documentLabelDefaults);
    expect(texts(table)).toEqual([
      ['Volym', '2023', '2024', '2025'],
      ['Hemtjänst', '', '', ''],
      ['Brukare (personer)', '1 000', '1 100 (10,0 %)', '1 210 (10,0 %)'],
    ]);
    expect(table.notes).toEqual(['Inom parentes: förändring från året före.']);
  });

  it('turns the years round, still computing each change from the year before', () => {
    const table = keyFigureTable(volume, documentLabelDefaults, { yearOrder: 'descending' });
    expect(texts(table)[2]).toEqual(['Brukare (personer)', '1 210 (10,0 %)', '1 100 (10,0 %)', '1 000']);
  });

  it('prints a secondary value in parentheses after the value, in place of the change', () => {
    const shares: KeyFigureTable = {
      ...volume,
      rows: [
        {
          kind: 'indicator',
          indicatorId: id(31),
          name: 'Hushåll med försörjningsstöd',
          unit: 'hushåll',
          valueKind: 'number',
          decimals: 0,
          showChange: true,
          values: [1234, null, 1300],
          secondary: { valueKind: 'share', decimals: 1, values: [4.52, 4.6, null] },
        },
      ],
    };
    const table = keyFigureTable(shares, documentLabelDefaults);
    expect(texts(table)[1]).toEqual([
      'Hushåll med försörjningsstöd (hushåll)',
      '1 234 (4,5 %)',
      '–',
      '1 300',
    ]);
    expect(table.notes).toEqual([documentLabelDefaults['indicators.missingNote']]);
  });

  it('leaves the change out and puts the unit in its own column, with the municipality’s words', () => {
    const labels = resolveDocumentLabels({ 'indicators.unit': 'Mått' });
    const table = keyFigureTable(volume, labels, { change: 'none', unit: 'column' });
    expect(texts(table)).toEqual([
      ['Volym', 'Mått', '2023', '2024', '2025'],
      ['Hemtjänst', '', '', '', ''],
      ['Brukare', 'personer', '1 000', '1 100', '1 210'],
    ]);
    expect(table.notes).toEqual([]);
    expect(table.widths).toHaveLength(5);
  });
});

const statement: EconomyView['tables'][number] = {
  key: 'resultatrakning',
  title: 'Resultaträkning',
  columnsChosen: false,
  columns: [
    { id: 'actual-2025', kind: 'actual', year: 2025, month: null },
    { id: 'budget-2025', kind: 'budget', year: 2025, month: null },
    { id: 'revisedBudget-2025', kind: 'revisedBudget', year: 2025, month: null },
    { id: 'deviation-2025', kind: 'deviation', year: 2025, month: null },
  ],
  rows: [
    {
      line: 'resultat',
      label: 'Resultat',
      computed: true,
      values: {
        'actual-2025': '12345678',
        'budget-2025': '0',
        'revisedBudget-2025': '2000000',
        'deviation-2025': '10345678',
      },
    },
  ],
  warnings: [],
};

const chosen: EconomyView['tables'][number] = {
  ...statement,
  key: 'sammandrag',
  columnsChosen: true,
  columns: [
    { id: 'budget', kind: 'budget', year: 2025, month: null, label: 'Budget' },
    { id: 'prognos', kind: 'forecast', year: 2025, month: 8, label: 'Prognos helår' },
    {
      id: 'avvikelse',
      kind: 'deviation',
      year: 2025,
      month: null,
      label: 'Avvikelse mot budget',
      of: 'prognos',
      against: 'budget',
    },
  ],
  rows: [
    {
      line: 'resultat',
      label: 'Resultat',
      computed: true,
      values: { budget: '0', prognos: '-1250000', avvikelse: '-1250000' },
    },
  ],
};

const department = (key: string, budget: string, actual: string, forecast: string) => ({
  key,
  name: `Avdelning ${key}`,
  resultBudget: budget,
  resultActual: actual,
  deviation: String(Number(actual) - Number(budget)),
  forecasts: [
    { month: 4, amount: '1' },
    { month: 8, amount: forecast },
  ],
  comment: null,
  version: 1,
});

const economy = {
  year: 2025,
  statement: {
    ...statement,
    amounts: [{ line: 'x', year: 2025, column: 'actual', month: null, amount: '1' }],
  },
  tables: [statement, chosen],
  departments: {
    rows: [department('a', '1000000', '900000', '1200000'), department('b', '500000', '700000', '400000')],
    total: {
      resultBudget: '1500000',
      resultActual: '1600000',
      deviation: '100000',
      forecasts: [
        { month: 4, amount: '2' },
        { month: 8, amount: '1600000' },
      ],
    },
  },
  significantDeviations: [],
} as unknown as EconomyView;

const context = (labels = documentLabelDefaults): BuildContext => ({
  view: {
    committee: { id: id(1), name: 'Vård- och omsorgsnämnden' },
    year: 2025,
    followUpPoints: [{ key: 'augusti', name: 'Delårsrapport augusti', month: 8 }],
    assessmentScales: {},
    documents: [],
    goalAreas: [],
    goals: [],
    indicators: [],
    assignments: [],
    labels,
  },
  kind: 'delarsrapport',
  document: 'augusti',
  texts: new Map(),
  unitNames: new Map(),
  economy,
  risks: {} as BuildContext['risks'],
  actionPlans: [],
});

const build = (section: Section, labels = documentLabelDefaults) =>
  sectionBuilder(section).build(context(labels), section, { key: 'kapitel', depth: 0 });
const tableOf = (blocks: Block[]) => blocks.find((block): block is TableBlock => block.kind === 'table');

describe('economy table options', () => {
  it('names the revised budget in the deviation note when the deviation is computed against it', () => {
    const table = tableOf(build({ kind: 'incomeStatement' }));
    expect(table?.notes).toEqual(['Avvikelse = bokslut − reviderad budget.']);
    expect(table?.rows[0]?.map((cell) => cell.text)).toEqual(['Resultat', '12,3', '0,0', '2,0', '10,3']);
  });

  it('prints a chosen table with its decimals, its own deviation note and the municipality’s words', () => {
    const labels = resolveDocumentLabels({
      'tables.mnkr': 'Miljoner kronor',
      'tables.deviationNote': '{column}: {of} minus {against}.',
    });
    const table = tableOf(
      build({ kind: 'incomeStatement', table: 'sammandrag', decimals: 2, deviationNote: true }, labels),
    );
    expect(table?.header.map((cell) => cell.text)).toEqual([
      'Miljoner kronor',
      'Budget',
      'Prognos helår',
      'Avvikelse mot budget',
    ]);
    expect(table?.rows[0]?.map((cell) => cell.text)).toEqual(['Resultat', '0,00', '−1,25', '−1,25']);
    expect(table?.notes).toEqual(['Avvikelse mot budget: prognos helår minus budget.']);
    expect(tableOf(build({ kind: 'incomeStatement', table: 'sammandrag' }))?.notes).toEqual([]);
  });

  it('prints the department results as before when no option is set', () => {
    const table = tableOf(build({ kind: 'departmentResults' }));
    expect(texts(table as TableBlock)).toEqual([
      ['Tkr', 'Budget resultat', 'Utfall resultat', 'Avvikelse'],
      ['Avdelning a', '1 000', '900', '−100'],
      ['Avdelning b', '500', '700', '200'],
      ['Summa', '1 500', '1 600', '100'],
    ]);
    expect(table?.notes).toEqual([]);
  });

  it('prints the chosen department columns with the forecast of the document’s follow-up point', () => {
    const labels = resolveDocumentLabels({ 'tables.sum': 'Totalt', 'departments.forecast': 'Prognos' });
    const section: Section = {
      kind: 'departmentResults',
      columns: ['budget', 'forecast', 'deviation'],
      deviationOf: 'forecast',
      deviationNote: true,
      decimals: 1,
    };
    const table = tableOf(build(section, labels));
    expect(texts(table as TableBlock)).toEqual([
      ['Tkr', 'Budget resultat', 'Prognos', 'Avvikelse'],
      ['Avdelning a', '1 000,0', '1 200,0', '200,0'],
      ['Avdelning b', '500,0', '400,0', '−100,0'],
      ['Totalt', '1 500,0', '1 600,0', '100,0'],
    ]);
    expect(table?.notes).toEqual(['Avvikelse = prognos − budget resultat.']);
    const withoutSum = tableOf(build({ kind: 'departmentResults', total: false }));
    expect(withoutSum?.rows.map((row) => row[0]?.text)).toEqual(['Avdelning a', 'Avdelning b']);
  });

  it('charts the deviation the table shows, against the forecast when the section compares that', () => {
    const blocks = build({ kind: 'departmentResults', deviationOf: 'forecast', chart: true });
    const chart = blocks.find((block) => block.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.series[0]?.values).toEqual([200, -100]);
  });

  it('prints the significant deviations’ headings in the municipality’s words', () => {
    const labels = resolveDocumentLabels({ 'deviations.none': 'Inga avvikelser.' });
    expect(build({ kind: 'significantDeviations' }, labels)).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Inga avvikelser.' }] },
    ]);
  });
});
