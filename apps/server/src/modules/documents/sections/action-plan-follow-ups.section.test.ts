import type { ActionPlan } from '@styr/shared/contracts/action-plans';
import type { TemplateChapter } from '@styr/shared/contracts/documents';
import { documentLabelDefaults } from '@styr/shared/domain/document-labels';
import { headingLabel } from '@styr/shared/domain/document-model';
import { inlineText } from '@styr/shared/domain/document-rich-text';
import { describe, expect, it } from 'vitest';
import type { BuildContext } from '../build-context.ts';
import { buildDocument, chapterStatus } from '../build-document.ts';

const action = (
  key: string,
  what: string,
  followUps: ActionPlan['focusAreas'][number]['strategies'][number]['actions'][number]['followUps'],
) => ({
  key,
  what,
  targetGroup: null,
  actors: null,
  plannedEffect: null,
  followUps,
});

const plan: ActionPlan = {
  id: '00000000-0000-4000-8000-000000000001',
  key: 'folkhalsa',
  version: 1,
  title: 'Handlingsplan folkhälsa',
  partner: null,
  periodFrom: null,
  periodTo: null,
  purpose: null,
  funders: [
    { key: 'region', name: 'Regionen' },
    { key: 'sn', name: 'Socialnämnden' },
  ],
  focusAreas: [
    {
      key: 'aldrande',
      title: 'Åldrande med livskvalitet',
      description: null,
      strategies: [
        {
          key: 'ensamhet',
          title: 'Motverka ensamhet',
          actions: [
            action('traffar', 'Träffar', [
              { followUp: 'augusti', status: 'ongoing', comment: null },
              { followUp: 'arsrapport', status: 'done', comment: 'Tolv träffar hölls.' },
            ]),
            action('samtal', 'Samtal', [{ followUp: 'arsrapport', status: 'notStarted', comment: null }]),
          ],
        },
        { key: 'rorelse', title: 'Rörelse', actions: [action('promenader', 'Promenader', [])] },
      ],
    },
    { key: 'tom', title: 'Ett område utan insatser', description: null, strategies: [] },
  ],
  budget: [{ key: 'ledare', label: 'Ledare', amounts: { region: '1450000', sn: '1450000' } }],
  sums: {
    rows: [{ key: 'ledare', total: '2900000' }],
    funders: [
      { key: 'region', total: '1450000' },
      { key: 'sn', total: '1450000' },
    ],
    total: '2900000',
  },
};

const template: TemplateChapter[] = [
  {
    key: 'sammanfattning',
    title: 'Sammanfattning',
    section: { kind: 'fixedText', text: '<p>Året i korthet.</p>' },
    pageBreakBefore: false,
    appendix: false,
    children: [],
  },
  {
    key: 'handlingsplaner',
    title: 'Uppföljning av handlingsplaner',
    section: { kind: 'actionPlanFollowUps' },
    pageBreakBefore: true,
    appendix: false,
    children: [],
  },
];

// Only what the document reads besides the section; the rest of a year's context plays no part here.
const context = (document: string, actionPlans: ActionPlan[]) =>
  ({
    kind: document === 'plan' ? 'verksamhetsplan' : 'arsrapport',
    document,
    actionPlans,
    texts: new Map(),
    view: {
      year: 2023,
      labels: documentLabelDefaults,
      committee: { name: 'Socialnämnden Test' },
      followUpPoints: [{ key: 'arsrapport', name: 'Årsrapport', month: 12 }],
    },
  }) as unknown as BuildContext;

/** The document's text block by block; a table as its rows with the cells separated by " | ". */
const lines = (ctx: BuildContext) =>
  buildDocument(ctx, template).blocks.flatMap((block) => {
    if (block.kind === 'heading') return [headingLabel(block)];
    if (block.kind === 'paragraph') return [inlineText(block.inlines)];
    if (block.kind === 'table')
      return [block.header, ...block.rows].map((row) => row.map((cell) => cell.text).join(' | '));
    return [block.kind];
  });

describe('the follow-up of the handlingsplaner in a report', () => {
  it('prints each plan with its actions’ status and comment at the report’s follow-up point', () => {
    expect(lines(context('arsrapport', [plan]))).toEqual([
      '1 Sammanfattning',
      'Året i korthet.',
      'pageBreak',
      '2 Uppföljning av handlingsplaner',
      'Handlingsplan folkhälsa',
      'Av 3 insatser är 1 genomförd, 0 pågående och 1 ej påbörjad; 1 saknar uppföljning.',
      'Budget för året: Regionen 1\u00a0450 tkr, Socialnämnden 1\u00a0450 tkr, totalt 2\u00a0900 tkr.',
      'Åldrande med livskvalitet',
      'Strategi | Insats | Status | Kommentar',
      'Motverka ensamhet | Träffar | Genomförd | Tolv träffar hölls.',
      ' | Samtal | Ej påbörjad | ',
      'Rörelse | Promenader | – | ',
    ]);
  });

  it('says in the delårsrapport what stands at its own follow-up point', () => {
    const text = lines(context('augusti', [plan]));
    expect(text).toContain('Motverka ensamhet | Träffar | Pågående | ');
    expect(text).toContain(
      'Av 3 insatser är 0 genomförda, 1 pågående och 0 ej påbörjade; 2 saknar uppföljning.',
    );
  });

  it('names what lacks a follow-up on the document page', () => {
    const [, chapter] = chapterStatus(context('arsrapport', [plan]), template);
    expect(chapter).toMatchObject({
      number: '2',
      lacking: '1 av 3 insatser i handlingsplanerna saknar uppföljning',
    });
  });

  it('leaves the chapter out whole, heading and page break, in a year without handlingsplaner and in a plan', () => {
    expect(lines(context('arsrapport', []))).toEqual(['1 Sammanfattning', 'Året i korthet.']);
    expect(lines(context('plan', [plan]))).toEqual(['1 Sammanfattning', 'Året i korthet.']);
    const [, chapter] = chapterStatus(context('arsrapport', []), template);
    expect(chapter).toMatchObject({ number: '', lacking: null });
  });
});
