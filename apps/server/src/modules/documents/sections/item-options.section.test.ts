import type { TemplateChapter } from '@styr/shared/contracts/documents';
import { sectionSchema } from '@styr/shared/contracts/documents';
import type { EconomyView } from '@styr/shared/contracts/economy';
import type { Assignment, CommitteeYearView, Goal } from '@styr/shared/contracts/plan';
import type { RiskOverview } from '@styr/shared/contracts/risks';
import { documentLabelDefaults } from '@styr/shared/domain/document-labels';
import { type Block, headingLabel } from '@styr/shared/domain/document-model';
import { describe, expect, it } from 'vitest';
import type { BuildContext } from '../build-context.ts';
import { buildDocument } from '../build-document.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const goal = (n: number, title: string, kind: Goal['kind'], parent: number | null): Goal => ({
  id: id(n),
  key: `mal-${n}`,
  kind,
  title,
  goalAreaId: null,
  parentGoalId: parent === null ? null : id(parent),
  depth: parent === null ? 0 : 1,
  focus: null,
  planText: null,
  indicatorIds: [],
  activities: [],
  assessments: [{ followUp: 'arsrapport', level: 'god', analysis: `<p>Analys av ${title}</p>`, version: 1 }],
  version: 1,
});

const assignment = (n: number, title: string, goals: number[], status: 'ongoing' | 'closed'): Assignment => ({
  id: id(n),
  key: `uppdrag-${n}`,
  title,
  description: null,
  source: 'committee',
  decisionReference: n === 40 ? 'SN 2025-02-11 § 12' : null,
  yearGiven: 2025,
  alsoGivenTo: [],
  coordinatedBy: null,
  category: null,
  labels: [],
  goalIds: goals.map(id),
  goalAreaId: null,
  planText: null,
  carriedOver: false,
  reports: [
    { followUp: 'arsrapport', status, proposedClosed: false, comment: `<p>Om ${title}</p>`, version: 1 },
  ],
  version: 1,
});

const view: CommitteeYearView = {
  committee: { id: id(1), name: 'Socialnämnden Prov' },
  year: 2025,
  followUpPoints: [{ key: 'arsrapport', name: 'Årsrapport', month: 12 }],
  assessmentScales: {
    arsrapport: {
      key: 'maluppfyllelse',
      name: 'Måluppfyllelse',
      levelRequired: true,
      levels: [{ key: 'god', label: 'God', tone: 'good' }],
    },
  },
  documents: [],
  goalAreas: [],
  goals: [
    goal(2, 'Trygg kommun', 'kfOrganisation', null),
    goal(3, 'Färre fallolyckor', 'committee', 2),
    goal(4, 'Fler i arbete', 'kfOrganisation', null),
    goal(5, 'Snabbare beslut', 'committee', null),
    goal(6, 'Fler praktikplatser', 'committee', 4),
  ],
  indicators: [],
  assignments: [
    assignment(40, 'Kartlägg fallrisker', [3], 'ongoing'),
    assignment(41, 'Inför e-tjänst', [], 'closed'),
  ],
  labels: documentLabelDefaults,
};

const risks: RiskOverview = {
  areas: [{ key: 'lagar', name: 'Lagar och styrdokument' }],
  scale: {
    probability: [1, 2, 3, 4].map((value) => ({ value, label: String(value) })),
    consequence: [1, 2, 3, 4].map((value) => ({ value, label: String(value) })),
  },
  risks: [],
  controlPlan: { status: 'adopted', version: 1, activities: [], resultsOpen: true },
};

const context: BuildContext = {
  view,
  kind: 'arsrapport',
  document: 'arsrapport',
  texts: new Map(),
  unitNames: new Map(),
  // The goal and assignment sections read no economy.
  economy: {} as EconomyView,
  risks,
  actionPlans: [],
};

const chapter = (section: unknown): TemplateChapter => ({
  key: 'kapitel',
  title: 'Mål och uppdrag',
  section: sectionSchema.parse(section),
  pageBreakBefore: false,
  appendix: false,
  children: [],
});

const headings = (blocks: readonly Block[]) =>
  blocks.flatMap((block) => (block.kind === 'heading' ? [headingLabel(block)] : []));
const texts = (blocks: readonly Block[]) =>
  blocks.flatMap((block) => {
    if (block.kind === 'heading') return [`# ${headingLabel(block)}`];
    if (block.kind === 'status') return [`${block.prefix}: ${block.label} (${block.tone})`];
    if (block.kind === 'paragraph')
      return [block.inlines.map((inline) => ('text' in inline ? inline.text : '')).join('')];
    return [block.kind];
  });

describe('goals as numbered chapters', () => {
  it('nests the committee goals under the council goals they serve, a parent outside the section only a heading', () => {
    const model = buildDocument(context, [
      chapter({
        kind: 'goals',
        goalKinds: ['committee'],
        layout: 'chapters',
        nesting: 'hierarchy',
        heading: '[({parent}) ]{title}',
        parts: ['assessment', 'text'],
      }),
    ]);
    expect(texts(model.blocks)).toEqual([
      '# 1 Mål och uppdrag',
      '# 1.1 Trygg kommun',
      '# 1.1.1 (Trygg kommun) Färre fallolyckor',
      'Bedömd måluppfyllelse: God (good)',
      'Analys av Färre fallolyckor',
      '# 1.2 Fler i arbete',
      '# 1.2.1 (Fler i arbete) Fler praktikplatser',
      'Bedömd måluppfyllelse: God (good)',
      'Analys av Fler praktikplatser',
      '# 1.3 Snabbare beslut',
      'Bedömd måluppfyllelse: God (good)',
      'Analys av Snabbare beslut',
    ]);
  });

  it('prints every goal at one level with the parent in its heading, parts in the chosen order', () => {
    const model = buildDocument(context, [
      chapter({
        kind: 'goals',
        goalKinds: ['committee'],
        layout: 'chapters',
        nesting: 'flat',
        heading: '[{parent}: ]{title}',
        parts: ['text', 'assignments'],
      }),
    ]);
    expect(texts(model.blocks)).toEqual([
      '# 1 Mål och uppdrag',
      '# 1.1 Trygg kommun: Färre fallolyckor',
      'Analys av Färre fallolyckor',
      '# Kartlägg fallrisker',
      'Beslut: SN 2025-02-11 § 12',
      'Status: Pågående (partial)',
      'Om Kartlägg fallrisker',
      '# 1.2 Snabbare beslut',
      'Analys av Snabbare beslut',
      '# 1.3 Fler i arbete: Fler praktikplatser',
      'Analys av Fler praktikplatser',
    ]);
  });

  it('keeps unnumbered goal headings when no layout is chosen', () => {
    const model = buildDocument(context, [chapter({ kind: 'goals', goalKinds: ['committee'] })]);
    expect(headings(model.blocks)).toEqual([
      '1 Mål och uppdrag',
      'Färre fallolyckor',
      'Snabbare beslut',
      'Fler praktikplatser',
    ]);
  });
});

describe('assignments as blocks', () => {
  it('numbers each assignment as a chapter with its status line and comment', () => {
    const model = buildDocument(context, [
      chapter({
        kind: 'assignments',
        sources: ['committee'],
        layout: 'chapters',
        heading: '{title}[ ({decision})]',
        parts: ['status', 'comment', 'contributesTo'],
      }),
    ]);
    expect(texts(model.blocks)).toEqual([
      '# 1 Mål och uppdrag',
      '# 1.1 Kartlägg fallrisker (SN 2025-02-11 § 12)',
      'Status: Pågående (partial)',
      'Om Kartlägg fallrisker',
      'Bidrar till: Färre fallolyckor',
      '# 1.2 Inför e-tjänst',
      'Status: Avslutad (good)',
      'Om Inför e-tjänst',
    ]);
  });

  it('refuses a part chosen twice and an unknown part, naming what is known', () => {
    const twice = sectionSchema.safeParse({
      kind: 'assignments',
      sources: ['committee'],
      parts: ['status', 'status'],
    });
    expect(twice.success).toBe(false);
    const unknown = sectionSchema.safeParse({ kind: 'goals', goalKinds: ['committee'], parts: ['analys'] });
    expect(unknown.success).toBe(false);
    expect(JSON.stringify(unknown.error?.issues)).toContain('assessment');
  });
});

describe('risks and controls as blocks', () => {
  const withRisk: BuildContext = {
    ...context,
    risks: {
      ...risks,
      risks: [
        {
          id: id(50),
          key: 'risk',
          origin: { id: id(9), name: 'Förvaltningen', kind: 'administration' },
          raisedTo: null,
          area: 'lagar',
          title: 'Bristande dokumentation',
          description: 'Journaler förs sent',
          consequenceDescription: null,
          probability: 3,
          consequence: 4,
          value: 12,
          level: 'high',
          previous: null,
          owner: null,
          source: 'own',
          actions: [{ what: 'Utbilda', responsible: null, due: null, status: 'planned' }],
          goalIds: [],
          selected: true,
          selectionReason: null,
          toControlPlan: true,
          version: 1,
        },
      ],
      controlPlan: {
        status: 'adopted',
        version: 1,
        resultsOpen: true,
        activities: [
          {
            id: id(51),
            riskId: id(50),
            key: 'kontroll',
            what: 'Granska journaler',
            method: 'Stickprov',
            frequency: null,
            responsible: null,
            reportWhen: null,
            result: null,
            version: 1,
          },
        ],
      },
    },
  };

  it('prints each risk under a heading by its pattern with the chosen parts, and each control with its risk', () => {
    const model = buildDocument(withRisk, [
      chapter({
        kind: 'riskRegister',
        layout: 'blocks',
        heading: '{area}: {title}',
        parts: ['value', 'actions'],
      }),
      {
        ...chapter({ kind: 'controlPlan', layout: 'chapters', heading: '{risk}: {title}' }),
        key: 'kontroll',
      },
    ]);
    expect(texts(model.blocks)).toEqual([
      '# 1 Mål och uppdrag',
      '# Lagar och styrdokument: Bristande dokumentation',
      'Värde: 12 ● Hög',
      'Åtgärd:',
      'list',
      '# 2 Mål och uppdrag',
      '# 2.1 Bristande dokumentation: Granska journaler',
      'Metod: Stickprov',
      'Resultat: Ej rapporterad',
    ]);
  });
});
