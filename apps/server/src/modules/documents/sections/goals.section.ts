import { type GoalPart, goalParts } from '@styr/shared/contracts/document-item-options';
import type { IndicatorTableOptions } from '@styr/shared/contracts/document-table-options';
import type { Section } from '@styr/shared/contracts/documents';
import type { CommitteeYearView, Goal } from '@styr/shared/contracts/plan';
import { pushAll } from '@styr/shared/domain/arrays';
import { type ChartKind, indicatorTrendChart } from '@styr/shared/domain/document-charts';
import type { Block } from '@styr/shared/domain/document-model';
import { heading, paragraph } from '@styr/shared/domain/document-model';
import { richTextBlocks } from '@styr/shared/domain/document-rich-text';
import { inHierarchyOrder, parentChain } from '@styr/shared/domain/goal-hierarchy';
import { fillHeadingPattern } from '@styr/shared/domain/heading-pattern';
import {
  type BuildContext,
  type ChapterPlace,
  contentLevel,
  isPlan,
  type SectionBuilder,
} from '../build-context.ts';
import { indicatorTable } from '../indicator-table.ts';
import { servedAssignmentBlocks } from './assignments.section.ts';

type GoalsSection = Extract<Section, { kind: 'goals' }>;

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

/** How each goal prints: its parts in order, its heading pattern, and whether its heading is a numbered chapter. */
export interface GoalPrint {
  parts: readonly GoalPart[];
  heading: string;
  numbered: boolean;
  /** The section's indicator table layout; absent: the default columns. */
  indicatorTable?: IndicatorTableOptions | undefined;
  /** A trend chart per indicator under the table, as a line or bars; absent: none. */
  indicatorCharts?: ChartKind | undefined;
}

/** Today's goal: every part but the assignments, the title as heading, unnumbered. */
export const defaultGoalPrint: GoalPrint = {
  parts: goalParts.filter((part) => part !== 'assignments'),
  heading: '{title}',
  numbered: false,
};

export const goalPrintOf = (section: GoalsSection): GoalPrint => ({
  parts: section.parts ?? defaultGoalPrint.parts,
  heading: section.heading ?? defaultGoalPrint.heading,
  numbered: section.layout === 'chapters',
  indicatorTable: section.indicatorTable,
  indicatorCharts: section.indicatorCharts,
});

/** The fields a goal's heading pattern may name. */
export function goalHeadingFields(view: CommitteeYearView, goal: Goal): Record<string, string | null> {
  const links = view.goals.map((entry) => ({ id: entry.id, parent: entry.parentGoalId }));
  const titleOf = (link: { id: string } | undefined) =>
    view.goals.find((entry) => entry.id === link?.id)?.title ?? null;
  // Topmost first.
  const chain = parentChain(links, goal.id);
  return {
    title: goal.title,
    parent: titleOf(chain.at(-1)),
    root: titleOf(chain[0]),
    kind: view.labels[`goalKind.${goal.kind}`],
    area: view.goalAreas.find((area) => area.id === goal.goalAreaId)?.name ?? null,
  };
}

function goalPart(
  context: BuildContext,
  goal: Goal,
  level: number,
  part: GoalPart,
  print: GoalPrint,
): Block[] {
  const { view } = context;
  const { labels } = view;
  switch (part) {
    case 'contributesTo': {
      const parent = goal.parentGoalId && view.goals.find((entry) => entry.id === goal.parentGoalId);
      return parent ? [paragraph(`${labels['goals.contributesTo']}: ${parent.title}`, { italic: true })] : [];
    }
    case 'focus':
      return goal.focus ? [paragraph(`${labels['goals.focus']}: ${goal.focus}`, { italic: true })] : [];
    case 'assessment': {
      if (isPlan(context)) return [];
      const assessment = assessmentOf(context, goal);
      // The report's own scale: the one it was adopted with, so a later change of scale never reprints it.
      const levels = view.assessmentScales[context.document]?.levels ?? [];
      const scale = levels.find((entry) => entry.key === assessment?.level);
      // An assessment in words only (no level, where the scale allows it) is its analysis alone.
      if (assessment && assessment.level === null) return [];
      return [
        {
          kind: 'status',
          prefix: labels['goals.assessed'],
          label: scale?.label ?? labels['goals.notAssessed'],
          tone: scale?.tone ?? 'unknown',
        },
      ];
    }
    case 'text':
      return richTextBlocks(
        isPlan(context) ? goal.planText : assessmentOf(context, goal)?.analysis,
        Math.min(4, level + 1),
      );
    case 'indicators': {
      const indicators = goal.indicatorIds.flatMap((id) =>
        view.indicators.filter((indicator) => indicator.id === id),
      );
      if (indicators.length === 0) return [];
      const blocks: Block[] = [indicatorTable(view, indicators, isPlan(context), print.indicatorTable)];
      const chart = print.indicatorCharts;
      if (chart)
        for (const indicator of indicators) {
          // A plan's outcomes end the year before it; a report's with its own year.
          const trend = indicatorTrendChart({
            indicator,
            through: isPlan(context) ? view.year - 1 : view.year,
            points: view.followUpPoints,
            chart,
            labels: view.labels,
          });
          if (trend) blocks.push(trend);
        }
      return blocks;
    }
    case 'activities':
      return goal.activities.length > 0 ? [activityTable(context, goal)] : [];
    case 'assignments':
      return servedAssignmentBlocks(context, goal, Math.min(4, level + 1));
  }
}

function activityTable(context: BuildContext, goal: Goal): Block {
  const { view } = context;
  const { labels } = view;
  return {
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
      { text: isPlan(context) ? (activity.due ?? '–') : labels[`activities.${activity.status}`] },
    ]),
    widths: [50, 30, 20],
    notes: [],
  };
}

/**
 * One goal: its heading, then its parts in the order printed: the goal it serves, focus, plan text or
 * assessment with analysis, indicator table, activities and the assignments that serve it.
 */
export function goalBlocks(
  context: BuildContext,
  goal: Goal,
  level: number,
  print: GoalPrint = defaultGoalPrint,
): Block[] {
  const title = fillHeadingPattern(print.heading, goalHeadingFields(context.view, goal));
  const blocks: Block[] = [heading(level, title, print.numbered)];
  for (const part of print.parts) pushAll(blocks, goalPart(context, goal, level, part, print));
  return blocks;
}

/**
 * The goals and the parents they stand under, with their levels: nested by the list (a goal under a parent the
 * list holds), by the whole hierarchy (a parent outside the list opens a heading of its own), or flat.
 */
function placedGoals(
  context: BuildContext,
  goals: readonly Goal[],
  nesting: GoalsSection['nesting'],
  level: number,
): { goal: Goal; level: number; printed: boolean }[] {
  if (nesting === 'flat') return goals.map((goal) => ({ goal, level, printed: true }));
  if (nesting !== 'hierarchy') return nestedGoals(goals, level).map((entry) => ({ ...entry, printed: true }));
  const { view } = context;
  const links = view.goals.map((goal) => ({ id: goal.id, parent: goal.parentGoalId }));
  const wanted = new Set(
    goals.flatMap((goal) => [goal.id, ...parentChain(links, goal.id).map((link) => link.id)]),
  );
  const listed = new Set(goals.map((goal) => goal.id));
  const tree = view.goals
    .filter((goal) => wanted.has(goal.id))
    .map((goal) => ({ ...goal, parent: goal.parentGoalId }));
  return inHierarchyOrder(tree).map(({ goal, depth }) => ({
    goal,
    level: Math.min(4, level + depth),
    printed: listed.has(goal.id),
  }));
}

const goalsOf = (context: BuildContext, section: GoalsSection) =>
  context.view.goals.filter((goal) => section.goalKinds.includes(goal.kind));

/** Goals missing their plan text (a plan) or their assessment (a follow-up), in Swedish; null when none. */
export function goalsLacking(context: BuildContext, goals: readonly Goal[]): string | null {
  if (goals.length === 0) return 'Året har inga sådana mål';
  const missing = goals.filter((goal) => (isPlan(context) ? !goal.planText : !assessmentOf(context, goal)));
  if (missing.length === 0) return null;
  return `${missing.length} av ${goals.length} mål saknar ${isPlan(context) ? 'plantext' : 'bedömning'}`;
}

/**
 * The year's goals of some kinds, e.g. KF:s organisationsmål, each with what the document reports of it: under
 * unnumbered headings, or each a numbered chapter of its own; a parent goal the section does not print (nesting
 * by hierarchy) is only a heading over the goals beneath it.
 */
export const goalsSection: SectionBuilder<GoalsSection> = {
  build: (context, section, place: ChapterPlace) => {
    const print = goalPrintOf(section);
    return placedGoals(context, goalsOf(context, section), section.nesting, contentLevel(place)).flatMap(
      ({ goal, level, printed }) =>
        printed
          ? goalBlocks(context, goal, level, print)
          : goalBlocks(context, goal, level, { ...print, parts: [] }),
    );
  },
  lacking: (context, section) => goalsLacking(context, goalsOf(context, section)),
};
