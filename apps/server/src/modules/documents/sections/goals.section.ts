import type { Section } from '@styr/shared/contracts/documents';
import type { Goal } from '@styr/shared/contracts/plan';
import { pushAll } from '@styr/shared/domain/arrays';
import { type ChartKind, indicatorTrendChart } from '@styr/shared/domain/document-charts';
import type { Block } from '@styr/shared/domain/document-model';
import { heading, paragraph } from '@styr/shared/domain/document-model';
import { richTextBlocks } from '@styr/shared/domain/document-rich-text';
import { parentChain } from '@styr/shared/domain/goal-hierarchy';
import {
  type BuildContext,
  type ChapterPlace,
  contentLevel,
  isPlan,
  type SectionBuilder,
} from '../build-context.ts';
import { indicatorTable } from '../indicator-table.ts';

const activityStatusLabels = { notStarted: 'Ej påbörjad', ongoing: 'Pågående', done: 'Klar' } as const;

function assessmentOf(context: BuildContext, goal: Goal) {
  return goal.assessments.find((assessment) => assessment.followUp === context.document) ?? null;
}

/**
 * The goals of a list, each with the heading level it prints at: one level deeper for each of its parents that
 * the list also holds, so a committee goal stands under its council goal (up to the deepest heading level).
 */
export function nestedGoals(goals: readonly Goal[], level: number): { goal: Goal; level: number }[] {
  const links = goals.map((goal) => ({ id: goal.id, parent: goal.parentGoalId }));
  return goals.map((goal) => ({
    goal,
    level: Math.min(4, level + parentChain(links, goal.id).length),
  }));
}

/**
 * One goal: its heading, the goal it serves, focus, plan text or assessment with analysis, indicator table (with
 * a trend chart per indicator when the section asks for `charts`) and activities.
 */
export function goalBlocks(context: BuildContext, goal: Goal, level: number, charts?: ChartKind): Block[] {
  const { view } = context;
  const { labels } = view;
  const blocks: Block[] = [heading(level, goal.title, false)];
  const parent = goal.parentGoalId && view.goals.find((entry) => entry.id === goal.parentGoalId);
  if (parent) blocks.push(paragraph(`${labels['goals.contributesTo']}: ${parent.title}`, { italic: true }));
  if (goal.focus) blocks.push(paragraph(`${labels['goals.focus']}: ${goal.focus}`, { italic: true }));
  if (isPlan(context)) {
    pushAll(blocks, richTextBlocks(goal.planText, Math.min(4, level + 1)));
  } else {
    const assessment = assessmentOf(context, goal);
    // The report's own scale: the one it was adopted with, so a later change of scale never reprints it.
    const levels = view.assessmentScales[context.document]?.levels ?? [];
    const scale = levels.find((entry) => entry.key === assessment?.level);
    // An assessment in words only (no level, where the scale allows it) is its analysis alone.
    if (!assessment || assessment.level !== null)
      blocks.push({
        kind: 'status',
        prefix: labels['goals.assessed'],
        label: scale?.label ?? labels['goals.notAssessed'],
        tone: scale?.tone ?? 'unknown',
      });
    pushAll(blocks, richTextBlocks(assessment?.analysis, Math.min(4, level + 1)));
  }
  const indicators = goal.indicatorIds.flatMap((id) =>
    view.indicators.filter((indicator) => indicator.id === id),
  );
  if (indicators.length > 0) blocks.push(indicatorTable(view, indicators, isPlan(context)));
  if (charts)
    for (const indicator of indicators) {
      // A plan's outcomes end the year before it; a report's with its own year.
      const through = isPlan(context) ? view.year - 1 : view.year;
      const points = view.followUpPoints;
      const chart = indicatorTrendChart({ indicator, through, points, chart: charts, labels });
      if (chart) blocks.push(chart);
    }
  if (goal.activities.length > 0) {
    blocks.push({
      kind: 'table',
      header: [
        { text: labels['activities.activity'] },
        { text: labels['activities.owner'] },
        { text: isPlan(context) ? labels['activities.due'] : labels['activities.status'] },
      ],
      rows: goal.activities.map((activity) => [
        { text: activity.title },
        {
          text: (activity.ownerNodeId && context.unitNames.get(activity.ownerNodeId)) || view.committee.name,
        },
        { text: isPlan(context) ? (activity.due ?? '–') : activityStatusLabels[activity.status] },
      ]),
      widths: [50, 30, 20],
      notes: [],
    });
  }
  return blocks;
}

type GoalsSection = Extract<Section, { kind: 'goals' }>;

const goalsOf = (context: BuildContext, section: GoalsSection) =>
  context.view.goals.filter((goal) => section.goalKinds.includes(goal.kind));

/** Goals missing their plan text (a plan) or their assessment (a follow-up), in Swedish; null when none. */
export function goalsLacking(context: BuildContext, goals: readonly Goal[]): string | null {
  if (goals.length === 0) return 'Året har inga sådana mål';
  const missing = goals.filter((goal) => (isPlan(context) ? !goal.planText : !assessmentOf(context, goal)));
  if (missing.length === 0) return null;
  return `${missing.length} av ${goals.length} mål saknar ${isPlan(context) ? 'plantext' : 'bedömning'}`;
}

/** The year's goals of some kinds, e.g. KF:s organisationsmål, each with what the document reports of it. */
export const goalsSection: SectionBuilder<GoalsSection> = {
  build: (context, section, place: ChapterPlace) =>
    nestedGoals(goalsOf(context, section), contentLevel(place)).flatMap(({ goal, level }) =>
      goalBlocks(context, goal, level, section.indicatorCharts),
    ),
  lacking: (context, section) => goalsLacking(context, goalsOf(context, section)),
};
