import type { TemplateChapter } from '@styr/shared/contracts/documents';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { documentLabelDefaults } from '@styr/shared/domain/document-labels';
import { defaultTemplate } from '@styr/shared/domain/document-templates';
import { describe, expect, it } from 'vitest';
import type { BuildContext } from './build-context.ts';
import { buildDocument, chapterStatus, documentKeyOf } from './build-document.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const points = [
  { key: 'april', name: 'Aprilrapport', month: 4 },
  { key: 'augusti', name: 'Delårsrapport augusti', month: 8 },
  { key: 'arsrapport', name: 'Årsrapport', month: 12 },
];

const view: CommitteeYearView = {
  committee: { id: id(1), name: 'Socialnämnden Prov' },
  year: 2022,
  followUpPoints: points,
  assessmentScales: {
    arsrapport: {
      key: 'maluppfyllelse',
      name: 'Måluppfyllelse',
      levelRequired: true,
      levels: [
        { key: 'god', label: 'God', tone: 'good' },
        { key: 'viss', label: 'Viss', tone: 'partial' },
      ],
    },
  },
  documents: [],
  goalAreas: [],
  goals: [
    {
      id: id(2),
      key: 'mal',
      kind: 'kfCommittee',
      title: 'Bidragsberoendet ska minska',
      goalAreaId: null,
      parentGoalId: null,
      depth: 0,
      focus: null,
      planText: null,
      indicatorIds: [id(3)],
      activities: [],
      assessments: [{ followUp: 'arsrapport', level: 'viss', analysis: '<p>Analys</p>', version: 1 }],
      version: 1,
    },
  ],
  indicators: [
    {
      id: id(3),
      key: 'snitt',
      name: 'Snittkostnad per hushåll (tkr)',
      unit: 'tkr',
      valueKind: 'number',
      decimals: 2,
      direction: 'lower',
      source: 'manual',
      sourceReference: null,
      definition: null,
      definitionKey: null,
      values: [
        { year: 2021, period: 'year', gender: 'T', value: 8.93, note: null, version: 1 },
        { year: 2022, period: 'year', gender: 'T', value: 9.42, note: 'Preliminärt', version: 1 },
      ],
      targets: [{ year: 2022, target: { kind: 'numeric', value: 8.9 } }],
      status: 'notMet',
      version: 1,
    },
  ],
  assignments: [],
  labels: documentLabelDefaults,
};

const context = (document: string): BuildContext => ({
  view,
  kind: 'arsrapport',
  document,
  texts: new Map([['sammanfattning', '<p>Kort</p>']]),
  unitNames: new Map(),
  economy: {
    year: 2022,
    statement: {
      key: 'resultatrakning',
      title: 'Resultaträkning',
      columnsChosen: false,
      columns: [],
      rows: [],
      warnings: [],
      amounts: [],
    },
    tables: [
      {
        key: 'resultatrakning',
        title: 'Resultaträkning',
        columnsChosen: false,
        columns: [],
        rows: [],
        warnings: [],
      },
    ],
    departments: {
      rows: [],
      total: { resultBudget: null, resultActual: null, deviation: null, forecasts: [] },
    },
    grant: { months: [], rows: [], budgetTotal: '0', monthTotals: {}, total: '0', rounds: [], problems: [] },
    stateGrants: { rows: [], total: '0' },
    centralItems: [],
    equity: {
      closing: null,
      decidedLevel: null,
      proposedLevel: null,
      toReturn: null,
      assessment: null,
      version: 0,
    },
    keyFigureTables: [],
    significantDeviations: [],
    investments: { rows: [], total: { budget: null, actual: null, forecast: null, deviation: null } },
  },
  risks: {
    areas: [],
    scale: { probability: [], consequence: [] },
    risks: [],
    controlPlan: { status: 'draft', version: null, activities: [], resultsOpen: true },
  },
  actionPlans: [],
});

const chapter = (
  key: string,
  title: string,
  section: TemplateChapter['section'],
  children: TemplateChapter[] = [],
) => ({
  key,
  title,
  section,
  pageBreakBefore: false,
  appendix: false,
  children,
});

describe('buildDocument', () => {
  const template: TemplateChapter[] = [
    chapter('sammanfattning', 'Sammanfattning', { kind: 'documentText' }),
    chapter('mal', 'Mål {år}', { kind: 'heading' }, [
      chapter('namnd', 'Nämndspecifika mål', { kind: 'goals', goalKinds: ['kfCommittee'] }),
    ]),
    { ...chapter('bilaga', 'Barnbokslut', { kind: 'fixedText', text: '<p>Se bilaga.</p>' }), appendix: true },
  ];

  it('numbers the chapters, fills in the year and adds the goals with assessment and indicator table', () => {
    const model = buildDocument(context('arsrapport'), template);
    expect(model.title).toBe('Årsrapport 2022');
    expect(model.footer).toBe('Årsrapport 2022 Socialnämnden Prov');
    const headings = model.blocks.flatMap((block) =>
      block.kind === 'heading' ? [[block.number, block.text]] : [],
    );
    expect(headings).toEqual([
      ['1', 'Sammanfattning'],
      ['2', 'Mål 2022'],
      ['2.1', 'Nämndspecifika mål'],
      [null, 'Bidragsberoendet ska minska'],
      ['Bilaga 1', 'Barnbokslut'],
    ]);
    expect(model.blocks).toContainEqual({
      kind: 'status',
      prefix: 'Bedömd måluppfyllelse',
      label: 'Viss',
      tone: 'partial',
    });
    const table = model.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.header.map((cell) => cell.text)).toEqual([
      'Mått/Indikator',
      'Utfall 2020',
      'Utfall 2021',
      'Utfall 2022',
      'Målvärde 2022',
    ]);
    expect(table?.kind === 'table' && table.rows[0]?.map((cell) => cell.text)).toEqual([
      'Snittkostnad per hushåll (tkr)',
      '–',
      '8,93',
      '9,42',
      '8,90',
    ]);
    expect(table?.kind === 'table' && table.notes).toEqual([
      '– betyder att uppgift saknas.',
      'Snittkostnad per hushåll (tkr), 2022: Preliminärt',
    ]);
  });

  it('prints the label and tone of the report’s own scale, and an assessment in words only as its analysis', () => {
    const goal = view.goals[0];
    if (!goal) throw new Error('no goal');
    const statuses = (changed: CommitteeYearView) =>
      buildDocument({ ...context('arsrapport'), view: changed }, template).blocks.filter(
        (block) => block.kind === 'status',
      );
    const ownScale = {
      key: 'egen',
      name: 'Egen skala',
      levelRequired: false,
      levels: [{ key: 'viss', label: 'Delvis uppfyllt', tone: 'bad' as const }],
    };
    expect(statuses({ ...view, assessmentScales: { arsrapport: ownScale } })).toEqual([
      { kind: 'status', prefix: 'Bedömd måluppfyllelse', label: 'Delvis uppfyllt', tone: 'bad' },
    ]);
    const inWords = {
      ...goal,
      assessments: [{ followUp: 'arsrapport', level: null, analysis: '<p>Analys i ord</p>', version: 1 }],
    };
    const words = buildDocument(
      {
        ...context('arsrapport'),
        view: { ...view, assessmentScales: { arsrapport: ownScale }, goals: [inWords] },
      },
      template,
    );
    expect(words.blocks.some((block) => block.kind === 'status')).toBe(false);
    expect(JSON.stringify(words.blocks)).toContain('Analys i ord');
  });

  it('tells what each chapter lacks for a document', () => {
    const status = chapterStatus(context('augusti'), template);
    expect(status.map(({ number, lacking }) => [number, lacking])).toEqual([
      ['1', null],
      ['2', null],
      ['2.1', '1 av 1 mål saknar bedömning'],
      ['Bilaga 1', null],
    ]);
  });

  it('builds every default template without a chapter left unnumbered, but one left out for lack of content', () => {
    for (const kind of ['verksamhetsplan', 'delarsrapport', 'arsrapport'] as const) {
      const unnumbered = chapterStatus({ ...context('plan'), kind }, defaultTemplate(kind)).filter(
        (entry) => !entry.number,
      );
      // A year without handlingsplaner has neither an appendix of them nor their follow-up to print.
      expect(unnumbered.map((entry) => entry.key)).toEqual(
        kind === 'delarsrapport' ? [] : ['handlingsplaner'],
      );
    }
  });
});

describe('documentKeyOf', () => {
  it('finds the plan, the last follow-up and the one before it', () => {
    expect(documentKeyOf('verksamhetsplan', points)).toBe('plan');
    expect(documentKeyOf('arsrapport', points)).toBe('arsrapport');
    expect(documentKeyOf('delarsrapport', points)).toBe('augusti');
  });
});
