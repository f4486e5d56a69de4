import type { Section } from '@styr/shared/contracts/documents';
import type { EconomyView } from '@styr/shared/contracts/economy';
import type { ControlActivity, Risk, RiskOverview } from '@styr/shared/contracts/risks';
import { documentLabelDefaults } from '@styr/shared/domain/document-labels';
import type { Block, TableBlock } from '@styr/shared/domain/document-model';
import { describe, expect, it } from 'vitest';
import type { BuildContext } from '../build-context.ts';
import { sectionBuilder } from '../section-registry.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const node = { id: id(9), name: 'Socialförvaltningen Prov', kind: 'administration' };

const risk = (n: number, area: string, toControlPlan: boolean): Risk => ({
  id: id(n),
  key: `risk-${n}`,
  origin: node,
  raisedTo: null,
  area,
  title: `Risk ${n}`,
  description: 'Beskrivning',
  consequenceDescription: null,
  probability: 3,
  consequence: 4,
  value: 12,
  level: 'high',
  previous: null,
  owner: null,
  source: 'own',
  actions: [{ what: 'Åtgärd', responsible: null, due: null, status: 'planned' }],
  goalIds: [],
  selected: n !== 3,
  selectionReason: 'Väsentlig',
  toControlPlan,
  version: 1,
});

const control: ControlActivity = {
  id: id(20),
  riskId: id(1),
  key: 'stickprov',
  what: 'Stickprov av reseräkningar',
  method: 'Urval av 20',
  frequency: 'En gång per år',
  responsible: 'Stab',
  reportWhen: null,
  result: {
    performedOn: '2022-11-30',
    findings: 'Två saknade kvitton',
    deviations: 2,
    assessment: 'Mindre brister',
    actionsDecided: null,
    version: 1,
  },
  version: 1,
};

const risks: RiskOverview = {
  areas: [
    { key: 'lagar', name: 'Lagar och styrdokument' },
    { key: 'processer', name: 'Processer' },
  ],
  scale: {
    probability: [1, 2, 3, 4].map((value) => ({ value, label: String(value) })),
    consequence: [1, 2, 3, 4].map((value) => ({ value, label: String(value) })),
  },
  risks: [risk(1, 'lagar', true), risk(2, 'lagar', false), risk(3, 'processer', false)],
  controlPlan: {
    status: 'adopted',
    version: 1,
    activities: [control, { ...control, id: id(21), key: 'attest', what: 'Attestkontroll' }],
    resultsOpen: true,
  },
};

const statement: EconomyView['tables'][number] = {
  key: 'resultatrakning',
  title: 'Resultaträkning',
  columnsChosen: false,
  columns: [
    { id: 'actual-2022', kind: 'actual', year: 2022, month: null },
    { id: 'budget-2022', kind: 'budget', year: 2022, month: null },
    { id: 'deviation-2022', kind: 'deviation', year: 2022, month: null },
    { id: 'forecast-2022-8', kind: 'forecast', year: 2022, month: 8 },
  ],
  rows: [
    {
      line: 'resultat',
      label: 'Resultat',
      computed: true,
      values: {
        'actual-2022': '81632000',
        'budget-2022': '0',
        'deviation-2022': '81632000',
        'forecast-2022-8': '50000000',
      },
    },
  ],
  warnings: [],
};

const economy: EconomyView = {
  year: 2022,
  statement: {
    ...statement,
    amounts: [{ line: 'intakter', year: 2022, column: 'actual', month: null, amount: '1', version: 1 }],
  },
  tables: [statement],
  departments: {
    rows: [],
    total: { resultBudget: null, resultActual: null, deviation: null, forecasts: [] },
  },
  grant: {
    months: [5],
    rows: [
      {
        department: 'a',
        name: 'Nämndreserv',
        budget: '20000000',
        byMonth: { '5': '46520000' },
        total: '66520000',
      },
    ],
    budgetTotal: '20000000',
    monthTotals: { '5': '46520000' },
    total: '66520000',
    rounds: [{ month: 5, reason: 'Tilläggsbeslut', decisionAmount: '46520000' }],
    problems: [],
  },
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
  keyFigureTables: [
    {
      key: 'volym',
      title: 'Volym',
      years: [2020, 2021, 2022],
      rows: [
        { kind: 'heading', text: 'IFO' },
        {
          kind: 'indicator',
          indicatorId: id(30),
          name: 'Nettokostnad',
          unit: 'tkr',
          valueKind: 'number',
          decimals: 0,
          showChange: true,
          values: [1572720, 1710932, null],
          secondary: null,
        },
      ],
    },
  ],
  significantDeviations: [
    {
      followUp: 'arsrapport',
      key: 'personal',
      title: 'Personalbrist',
      cause: 'Vakanser',
      consequencesForClients: null,
      consequencesForOrganisation: 'Hög belastning',
      economicConsequences: 'Konsulter',
      measures: 'Rekrytering',
      version: 1,
    },
  ],
  investments: {
    rows: [
      {
        key: 'skola',
        name: 'Ny förskola',
        budget: '5000000',
        actual: '1200000',
        forecast: '4500000',
        deviation: '500000',
        comment: 'Byggstart i mars.',
        version: 1,
      },
    ],
    total: { budget: '5000000', actual: '1200000', forecast: '4500000', deviation: '500000' },
  },
};

const context = (document: string, kind: BuildContext['kind'] = 'arsrapport'): BuildContext => ({
  view: {
    committee: { id: id(1), name: 'Socialnämnden Prov' },
    year: 2022,
    followUpPoints: [],
    assessmentScales: {},
    documents: [],
    goalAreas: [],
    goals: [],
    indicators: [],
    assignments: [],
    labels: documentLabelDefaults,
  },
  kind,
  document,
  texts: new Map(),
  unitNames: new Map(),
  economy,
  risks,
  actionPlans: [],
});

const build = (ctx: BuildContext, section: Section) =>
  sectionBuilder(section).build(ctx, section, { key: 'kapitel', depth: 1 });
const tableIn = (blocks: Block[]) => blocks.find((block): block is TableBlock => block.kind === 'table');
const texts = (table: TableBlock | undefined) => table?.rows.map((row) => row.map((cell) => cell.text));

describe('risk sections', () => {
  it('lists the selected risks with the area once per group, the risk value and Ja/Nej', () => {
    const table = tableIn(build(context('plan', 'verksamhetsplan'), { kind: 'riskRegister' }));
    expect(texts(table)?.map((row) => [row[0], row[1], row[4], row[5]])).toEqual([
      ['Lagar och styrdokument', 'Risk 1', '12 ● Hög', 'Ja'],
      ['', 'Risk 2', '12 ● Hög', 'Nej'],
    ]);
  });

  it('shows the control plan with method and frequency in the plan, and the results in the annual report', () => {
    const plan = texts(tableIn(build(context('plan', 'verksamhetsplan'), { kind: 'controlPlan' })));
    expect(plan?.map((row) => row[1]?.split('\n')[0] ?? '')).toEqual(['Risk 1', '']);
    expect(plan?.[0]?.[2]).toBe(
      'Stickprov av reseräkningar\nMetod: Urval av 20\nFrekvens: En gång per år\nAnsvarig: Stab',
    );
    const report = tableIn(build(context('arsrapport'), { kind: 'controlPlan' }));
    expect(report?.header.map((cell) => cell.text)).toEqual([
      'Risk',
      'Kontrollmoment',
      'Datum',
      'Avvikelser',
      'Bedömning',
      'Resultat',
    ]);
    expect(texts(report)?.[0]?.slice(2, 5)).toEqual(['2022-11-30', '2', 'Mindre brister']);
    expect(
      sectionBuilder({ kind: 'controlPlan' }).lacking(
        context('arsrapport'),
        { kind: 'controlPlan' },
        { key: 'k', depth: 0 },
      ),
    ).toBeNull();
  });
});

describe('economy sections', () => {
  it('shows the income statement in mnkr with one decimal, forecasts only in a delårsrapport', () => {
    const annual = tableIn(build(context('arsrapport'), { kind: 'incomeStatement' }));
    expect(annual?.header.map((cell) => cell.text)).toEqual([
      'Mnkr',
      'Bokslut 2022',
      'Budget 2022',
      'Avvikelse',
    ]);
    expect(texts(annual)?.[0]).toEqual(['Resultat', '81,6', '0,0', '81,6']);
    const interim = tableIn(build(context('augusti', 'delarsrapport'), { kind: 'incomeStatement' }));
    expect(interim?.header.at(-1)?.text).toBe('Prognos augusti');
  });

  it('shows the kommunbidrag in tkr with each month’s adjustment and its reason', () => {
    const table = tableIn(build(context('arsrapport'), { kind: 'municipalGrant' }));
    expect(table?.header.map((cell) => cell.text)).toEqual(['Tkr', 'Budget', 'Maj', 'Summa']);
    expect(texts(table)?.at(-1)).toEqual(['Summa', '20\u00a0000', '46\u00a0520', '66\u00a0520']);
    expect(table?.notes).toEqual(['Maj: Tilläggsbeslut']);
  });

  it('shows a key figure table with the change from the year before and "–" for a missing value', () => {
    const table = tableIn(build(context('arsrapport'), { kind: 'keyFigureTable', table: 'volym' }));
    expect(texts(table)?.[1]).toEqual([
      'Nettokostnad (tkr)',
      '1\u00a0572\u00a0720',
      '1\u00a0710\u00a0932 (8,8\u00a0%)',
      '–',
    ]);
    const missing = { kind: 'keyFigureTable', table: 'saknas' } as const;
    expect(sectionBuilder(missing).lacking(context('arsrapport'), missing, { key: 'k', depth: 0 })).toBe(
      'Nyckeltalstabellen saknas finns inte',
    );
  });

  it('gives each significant deviation its five fixed sub-headings', () => {
    const blocks = build(context('arsrapport'), { kind: 'significantDeviations' });
    const headings = blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
    expect(headings).toEqual([
      'Personalbrist',
      'Orsak',
      'Konsekvenser för dem verksamheten är till för',
      'Konsekvenser för organisation, medarbetare och chefer',
      'Ekonomiska konsekvenser',
      'Vidtagna åtgärder',
    ]);
    expect(
      sectionBuilder({ kind: 'significantDeviations' }).lacking(
        context('arsrapport'),
        { kind: 'significantDeviations' },
        { key: 'k', depth: 0 },
      ),
    ).toBe('1 av 1 väsentliga avvikelser saknar någon del');
  });

  it('prints the statement table a section names, and names a printed figure that differs as lacking', () => {
    const detail = { ...statement, key: 'detalj', title: 'Driftredovisning', columnsChosen: true };
    const warned = {
      ...context('arsrapport'),
      economy: {
        ...economy,
        tables: [
          statement,
          {
            ...detail,
            warnings: [
              {
                line: 'resultat',
                column: 'actual-2022',
                printed: '81632000',
                computed: '81631000',
                message: 'Resultat, Bokslut 2022: det tryckta beloppet skiljer sig',
              },
            ],
          },
        ],
      },
    };
    const section = { kind: 'incomeStatement', table: 'detalj' } as const;
    const [table] = build(warned, section);
    // A table that chose its columns shows them all, forecasts too, and no note on the default deviation.
    expect(table?.kind === 'table' && table.header.map((cell) => cell.text)).toEqual([
      'Mnkr',
      'Bokslut 2022',
      'Budget 2022',
      'Avvikelse',
      'Prognos augusti',
    ]);
    expect(table?.kind === 'table' && table.notes).toEqual([]);
    expect(sectionBuilder(section).lacking(warned, section, { key: 'k', depth: 0 })).toBe(
      'Resultat, Bokslut 2022: det tryckta beloppet skiljer sig',
    );
    const unknown = { kind: 'incomeStatement', table: 'saknas' } as const;
    expect(sectionBuilder(unknown).lacking(warned, unknown, { key: 'k', depth: 0 })).toBe(
      'Resultaträkningen ”saknas” finns inte',
    );
  });

  it('prints the investments in tkr with a Summa row and their comments', () => {
    const blocks = build(context('arsrapport'), { kind: 'investments' });
    const [table, comment] = blocks;
    expect(table?.kind === 'table' && table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Ny förskola', '5\u00a0000', '1\u00a0200', '4\u00a0500', '500'],
      ['Summa', '5\u00a0000', '1\u00a0200', '4\u00a0500', '500'],
    ]);
    expect(comment).toMatchObject({ kind: 'paragraph' });
  });
});
