import type { ActionPlan } from '@styr/shared/contracts/action-plans';
import { documentLabelDefaults } from '@styr/shared/domain/document-labels';
import type { Block, TableBlock } from '@styr/shared/domain/document-model';
import { describe, expect, it } from 'vitest';
import type { BuildContext } from '../build-context.ts';
import { actionPlansSection } from './action-plans.section.ts';

const plan: ActionPlan = {
  id: '00000000-0000-4000-8000-000000000001',
  key: 'folkhalsa',
  version: 1,
  title: 'Handlingsplan folkhälsa',
  partner: null,
  periodFrom: null,
  periodTo: null,
  purpose: null,
  funders: [{ key: 'sn', name: 'Socialnämnden' }],
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
            {
              key: 'traffar',
              what: 'Träffar',
              targetGroup: null,
              actors: null,
              plannedEffect: null,
              followUps: [
                { followUp: 'augusti', status: 'ongoing', comment: null },
                { followUp: 'arsrapport', status: 'done', comment: 'Tolv träffar hölls.' },
              ],
            },
            {
              key: 'samtal',
              what: 'Samtal',
              targetGroup: 'äldre',
              actors: null,
              plannedEffect: null,
              followUps: [],
            },
          ],
        },
      ],
    },
  ],
  budget: [],
  sums: { rows: [], funders: [{ key: 'sn', total: null }], total: null },
};

// Only what the section reads; the rest of a year's context plays no part here.
const context = (document: string, actionPlans: ActionPlan[]) =>
  ({ document, actionPlans, view: { year: 2023, labels: documentLabelDefaults } }) as unknown as BuildContext;
const build = (ctx: BuildContext) =>
  actionPlansSection.build(ctx, { kind: 'actionPlans' }, { key: 'bilaga', depth: 0 });
const tables = (blocks: Block[]) => blocks.filter((block): block is TableBlock => block.kind === 'table');

describe('the action plans section', () => {
  it('in the plan, prints each action beside its strategy, without follow-up, and no budget when there is none', () => {
    const blocks = build(context('plan', [plan]));
    const [area] = tables(blocks);
    expect(area?.header.map((cell) => cell.text)).toEqual([
      'Strategi',
      'Insats – målgrupp',
      'Aktörer',
      'Planerad effekt/resultat',
    ]);
    expect(area?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Motverka ensamhet', 'Träffar', '', ''],
      ['', 'Samtal – äldre', '', ''],
    ]);
    expect(tables(blocks)).toHaveLength(1);
  });

  it('in a follow-up, adds each action’s status and comment at that follow-up', () => {
    const [area] = tables(build(context('arsrapport', [plan])));
    expect(area?.header.at(-1)?.text).toBe('Uppföljning');
    expect(area?.rows.map((row) => row.at(-1)?.text)).toEqual(['Genomförd: Tolv träffar hölls.', '–']);
  });

  it('leaves the appendix out whole when the year has no plans', () => {
    expect(actionPlansSection.omitted?.(context('plan', []), { kind: 'actionPlans' })).toBe(true);
    expect(actionPlansSection.omitted?.(context('plan', [plan]), { kind: 'actionPlans' })).toBe(false);
  });
});
