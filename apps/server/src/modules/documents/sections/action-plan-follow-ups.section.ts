import type { ActionPlan } from '@styr/shared/contracts/action-plans';
import type { Section } from '@styr/shared/contracts/documents';
import { actionFollowUpStatusLabels, actionsOf, followUpCounts } from '@styr/shared/domain/action-plans';
import type { DocumentLabels } from '@styr/shared/domain/document-labels';
import type { Block, Cell } from '@styr/shared/domain/document-model';
import { heading, paragraph } from '@styr/shared/domain/document-model';
import { formatKronor, MISSING_TEXT } from '@styr/shared/format/number';
import { type BuildContext, contentLevel, isPlan, type SectionBuilder } from '../build-context.ts';

type FollowUpsSection = Extract<Section, { kind: 'actionPlanFollowUps' }>;
type Area = ActionPlan['focusAreas'][number];

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Av 27 insatser är 13 genomförda, 12 pågående och 1 ej påbörjad; 1 saknar uppföljning." */
function summary(plan: ActionPlan, followUp: string): string {
  const counts = followUpCounts(plan, followUp);
  const total = actionsOf(plan).length;
  const statuses = `${count(counts.done, 'genomförd', 'genomförda')}, ${counts.ongoing} pågående och ${count(counts.notStarted, 'ej påbörjad', 'ej påbörjade')}`;
  const missing = counts.missing > 0 ? `; ${counts.missing} saknar uppföljning` : '';
  return `Av ${count(total, 'insats', 'insatser')} är ${statuses}${missing}.`;
}

/** The year's budget per funder and in all, as the plan holds it; the model keeps no outcome beside it. */
function budgetLine(plan: ActionPlan): Block[] {
  if (plan.budget.length === 0) return [];
  const tkr = (kronor: string | null) => `${formatKronor(kronor, { unit: 'tkr' })} tkr`;
  const perFunder = plan.funders.map(
    (funder, index) => `${funder.name} ${tkr(plan.sums.funders[index]?.total ?? null)}`,
  );
  return [paragraph(`Budget för året: ${[...perFunder, `totalt ${tkr(plan.sums.total)}`].join(', ')}.`)];
}

/** A focus area's actions with their status and comment at the follow-up the document reports. */
function areaTable(area: Area, followUp: string, labels: DocumentLabels): Block {
  const rows = area.strategies.flatMap((strategy) =>
    strategy.actions.map((action, index): Cell[] => {
      const entry = action.followUps.find((candidate) => candidate.followUp === followUp);
      return [
        { text: index === 0 ? strategy.title : '' },
        { text: action.what },
        { text: entry ? actionFollowUpStatusLabels[entry.status] : MISSING_TEXT },
        { text: entry?.comment ?? '' },
      ];
    }),
  );
  return {
    kind: 'table',
    header: [
      { text: labels['actionPlans.strategy'] },
      { text: labels['actionPlans.action'] },
      { text: labels['actionPlans.status'] },
      { text: labels['actionPlans.comment'] },
    ],
    rows,
    widths: [22, 30, 13, 35],
    notes: rows.some((row) => row[2]?.text === MISSING_TEXT) ? [labels['actionPlans.notFollowedNote']] : [],
  };
}

/** Nothing to follow up: a plan has no follow-up, and a year without handlingsplaner prints no chapter at all. */
const omitted = (context: BuildContext) => isPlan(context) || context.actionPlans.length === 0;

/**
 * The yearly follow-up of the handlingsplaner in a report: each plan with how many of its actions are done,
 * its budget for the year, and per focus area each action's status and comment at the report's follow-up point.
 */
export const actionPlanFollowUpsSection: SectionBuilder<FollowUpsSection> = {
  build: (context, _section, place) => {
    const level = contentLevel(place);
    const sub = Math.min(4, level + 1);
    return context.actionPlans.flatMap((plan): Block[] => [
      heading(level, plan.title, false),
      paragraph(summary(plan, context.document)),
      ...budgetLine(plan),
      ...plan.focusAreas
        .filter((area) => area.strategies.some((strategy) => strategy.actions.length > 0))
        .flatMap((area): Block[] => [
          heading(sub, area.title, false),
          areaTable(area, context.document, context.view.labels),
        ]),
    ]);
  },
  lacking: (context) => {
    if (omitted(context)) return null;
    const actions = context.actionPlans.reduce((sum, plan) => sum + actionsOf(plan).length, 0);
    const missing = context.actionPlans.reduce(
      (sum, plan) => sum + followUpCounts(plan, context.document).missing,
      0,
    );
    return missing > 0 ? `${missing} av ${actions} insatser i handlingsplanerna saknar uppföljning` : null;
  },
  omitted,
};
