import type { ActionPlan } from '@styr/shared/contracts/action-plans';
import type { Section } from '@styr/shared/contracts/documents';
import { actionFollowUpStatusLabels } from '@styr/shared/domain/action-plans';
import type { DocumentLabels } from '@styr/shared/domain/document-labels';
import type { Block, Cell } from '@styr/shared/domain/document-model';
import { heading, paragraph } from '@styr/shared/domain/document-model';
import { richTextBlocks } from '@styr/shared/domain/document-rich-text';
import { formatKronor, MISSING_TEXT } from '@styr/shared/format/number';
import { type BuildContext, contentLevel, isPlan, type SectionBuilder } from '../build-context.ts';

type ActionPlansSection = Extract<Section, { kind: 'actionPlans' }>;
type Action = ActionPlan['focusAreas'][number]['strategies'][number]['actions'][number];

const tkr = (kronor: string | null): Cell => ({
  text: formatKronor(kronor, { unit: 'tkr' }),
  align: 'right',
});

/** "Överenskommen med …, 2023-01-01 – 2025-12-31": who the plan is agreed with and the period it covers. */
function agreement(plan: ActionPlan): Block[] {
  const parts = [
    plan.partner ? `Överenskommen med ${plan.partner}.` : null,
    plan.periodFrom || plan.periodTo ? `Period: ${plan.periodFrom ?? ''} – ${plan.periodTo ?? ''}.` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? [paragraph(parts.join(' '))] : [];
}

/** In a follow-up, each action's status and comment at the follow-up the document reports. */
function followUpText(context: BuildContext, action: Action): string {
  const entry = action.followUps.find((followUp) => followUp.followUp === context.document);
  if (!entry) return MISSING_TEXT;
  const status = actionFollowUpStatusLabels[entry.status];
  return entry.comment ? `${status}: ${entry.comment}` : status;
}

/** A focus area's strategies and actions as the plan's matrix: strategy, insats, actors, planned effect. */
function areaTable(context: BuildContext, area: ActionPlan['focusAreas'][number]): Block {
  const reporting = !isPlan(context);
  const { labels } = context.view;
  const rows = area.strategies.flatMap((strategy) =>
    strategy.actions.length === 0
      ? [
          [
            { text: strategy.title },
            { text: '' },
            { text: '' },
            { text: '' },
            ...(reporting ? [{ text: '' }] : []),
          ],
        ]
      : strategy.actions.map((action, index): Cell[] => [
          { text: index === 0 ? strategy.title : '' },
          { text: action.targetGroup ? `${action.what} – ${action.targetGroup}` : action.what },
          { text: action.actors ?? '' },
          { text: action.plannedEffect ?? '' },
          ...(reporting ? [{ text: followUpText(context, action) }] : []),
        ]),
  );
  return {
    kind: 'table',
    header: [
      { text: labels['actionPlans.strategy'] },
      { text: labels['actionPlans.actionAndGroup'] },
      { text: labels['actionPlans.actors'] },
      { text: labels['actionPlans.effect'] },
      ...(reporting ? [{ text: labels['actionPlans.followUp'] }] : []),
    ],
    rows,
    widths: reporting ? [18, 24, 18, 20, 20] : [22, 30, 22, 26],
    notes: [],
  };
}

/** The budget with one column per funder, each row's sum, and the funders' sums and the grand total beneath. */
function budgetTable(plan: ActionPlan, labels: DocumentLabels): Block {
  const sum = labels['tables.sum'];
  const rowTotal = new Map(plan.sums.rows.map((row) => [row.key, row.total]));
  const funderTotal = new Map(plan.sums.funders.map((funder) => [funder.key, funder.total]));
  const missing =
    plan.budget.some((row) => plan.funders.some((funder) => (row.amounts[funder.key] ?? null) === null)) ||
    plan.sums.total === null;
  return {
    kind: 'table',
    header: [
      { text: labels['actionPlans.budget'] },
      ...plan.funders.map((funder): Cell => ({ text: funder.name, align: 'right' })),
      { text: sum, align: 'right' },
    ],
    rows: [
      ...plan.budget.map((row) => [
        { text: row.label },
        ...plan.funders.map((funder) => tkr(row.amounts[funder.key] ?? null)),
        tkr(rowTotal.get(row.key) ?? null),
      ]),
      [
        { text: sum },
        ...plan.funders.map((funder) => tkr(funderTotal.get(funder.key) ?? null)),
        tkr(plan.sums.total),
      ],
    ],
    widths: [40, ...plan.funders.map(() => 45 / (plan.funders.length + 1)), 45 / (plan.funders.length + 1)],
    notes: [labels['actionPlans.amountsNote'], ...(missing ? [labels['actionPlans.missingAmountNote']] : [])],
  };
}

/**
 * Each of the year's handlingsplaner: who it is agreed with, its purpose, its focus areas with their strategies
 * and actions, and its budget per funder with the sums per row, per funder and in all.
 */
export const actionPlansSection: SectionBuilder<ActionPlansSection> = {
  build: (context, _section, place) => {
    const level = contentLevel(place);
    const sub = Math.min(4, level + 1);
    return context.actionPlans.flatMap((plan): Block[] => [
      heading(level, plan.title, false),
      ...agreement(plan),
      ...richTextBlocks(plan.purpose, sub),
      ...plan.focusAreas.flatMap((area): Block[] => [
        heading(sub, area.title, false),
        ...richTextBlocks(area.description, Math.min(4, sub + 1)),
        areaTable(context, area),
      ]),
      ...(plan.budget.length > 0
        ? [
            heading(sub, context.view.labels['actionPlans.budget'], false),
            budgetTable(plan, context.view.labels),
          ]
        : []),
    ]);
  },
  lacking: () => null,
  // A year without handlingsplaner has no appendix, rather than one saying so.
  omitted: (context) => context.actionPlans.length === 0,
};
