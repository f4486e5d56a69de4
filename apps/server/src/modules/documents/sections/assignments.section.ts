import { type AssignmentPart, assignmentParts } from '@styr/shared/contracts/document-item-options';
import type { Section } from '@styr/shared/contracts/documents';
import type { Assignment, Goal } from '@styr/shared/contracts/plan';
import { pushAll } from '@styr/shared/domain/arrays';
import {
  assignmentSourceLabels,
  assignmentStatusTones,
  groupAssignments,
} from '@styr/shared/domain/assignments';
import type { Block } from '@styr/shared/domain/document-model';
import { heading, paragraph } from '@styr/shared/domain/document-model';
import { richTextBlocks, richTextLines } from '@styr/shared/domain/document-rich-text';
import { fillHeadingPattern } from '@styr/shared/domain/heading-pattern';
import { MISSING_TEXT } from '@styr/shared/format/number';
import {
  type BuildContext,
  type ChapterPlace,
  contentLevel,
  isPlan,
  type SectionBuilder,
} from '../build-context.ts';

type AssignmentsSection = Extract<Section, { kind: 'assignments' }>;

const assignmentsOf = (context: BuildContext, section: AssignmentsSection) =>
  context.view.assignments.filter((assignment) => section.sources.includes(assignment.source));

const reportOf = (context: BuildContext, assignment: Assignment) =>
  assignment.reports.find((report) => report.followUp === context.document) ?? null;

function titleCell(assignment: Assignment): string {
  return assignment.decisionReference
    ? `${assignment.title} (${assignment.decisionReference})`
    : assignment.title;
}

const servedGoals = (context: BuildContext, assignment: Assignment) =>
  assignment.goalIds.flatMap((id) => context.view.goals.filter((goal) => goal.id === id));

/** The assignment's title and decision, and the goals it serves, on a line of their own. */
function titleText(context: BuildContext, assignment: Assignment): string {
  const goals = servedGoals(context, assignment);
  const served =
    goals.length > 0
      ? `\n${context.view.labels['goals.contributesTo']}: ${goals.map((goal) => goal.title).join('; ')}`
      : '';
  return `${titleCell(assignment)}${served}`;
}

/** A table of the assignments: with the plan's omhändertagande, or each one's status and comment. */
function assignmentTable(context: BuildContext, assignments: readonly Assignment[]): Block {
  const { labels } = context.view;
  return isPlan(context)
    ? {
        kind: 'table',
        header: [{ text: labels['assignments.assignment'] }, { text: labels['assignments.handling'] }],
        rows: assignments.map((assignment) => [
          { text: titleText(context, assignment) },
          { text: richTextLines(assignment.planText) || MISSING_TEXT },
        ]),
        widths: [45, 55],
        notes: [],
      }
    : {
        kind: 'table',
        header: [
          { text: labels['assignments.assignment'] },
          { text: labels['assignments.status'] },
          { text: labels['assignments.comment'] },
        ],
        rows: assignments.map((assignment) => {
          const report = reportOf(context, assignment);
          const status = report ? labels[`assignments.${report.status}`] : labels['assignments.notReported'];
          return [
            { text: titleText(context, assignment) },
            { text: report?.proposedClosed ? `${status}, ${labels['assignments.proposedClosed']}` : status },
            { text: richTextLines(report?.comment) || MISSING_TEXT },
          ];
        }),
        widths: [42, 14, 44],
        notes: [],
      };
}

/** The status line of an assignment's report: its status word and tone, or "Ej rapporterad". */
function statusBlock(context: BuildContext, assignment: Assignment): Block {
  const { labels } = context.view;
  const report = reportOf(context, assignment);
  const status = report ? labels[`assignments.${report.status}`] : labels['assignments.notReported'];
  return {
    kind: 'status',
    prefix: labels['assignments.status'],
    label: report?.proposedClosed ? `${status}, ${labels['assignments.proposedClosed']}` : status,
    tone: report ? assignmentStatusTones[report.status] : 'unknown',
  };
}

function assignmentPart(
  context: BuildContext,
  assignment: Assignment,
  level: number,
  part: AssignmentPart,
): Block[] {
  const { view } = context;
  const { labels } = view;
  switch (part) {
    case 'decision':
      return assignment.decisionReference
        ? [paragraph(`${labels['assignments.decision']}: ${assignment.decisionReference}`, { italic: true })]
        : [];
    case 'contributesTo': {
      const goals = servedGoals(context, assignment);
      return goals.length > 0
        ? [
            paragraph(`${labels['goals.contributesTo']}: ${goals.map((goal) => goal.title).join('; ')}`, {
              italic: true,
            }),
          ]
        : [];
    }
    case 'text':
      return isPlan(context) ? richTextBlocks(assignment.planText, Math.min(4, level + 1)) : [];
    case 'status':
      return isPlan(context) ? [] : [statusBlock(context, assignment)];
    case 'comment':
      return isPlan(context)
        ? []
        : richTextBlocks(reportOf(context, assignment)?.comment, Math.min(4, level + 1));
  }
}

interface AssignmentPrint {
  parts: readonly AssignmentPart[];
  heading: string;
  numbered: boolean;
}

/** One assignment as a block: its heading by the pattern, then its parts as paragraphs and a status line. */
function assignmentBlock(
  context: BuildContext,
  assignment: Assignment,
  level: number,
  print: AssignmentPrint,
): Block[] {
  const fields = {
    title: assignment.title,
    decision: assignment.decisionReference,
    goal: servedGoals(context, assignment)[0]?.title ?? null,
    source: assignmentSourceLabels[assignment.source],
  };
  const blocks: Block[] = [heading(level, fillHeadingPattern(print.heading, fields), print.numbered)];
  for (const part of print.parts) pushAll(blocks, assignmentPart(context, assignment, level, part));
  return blocks;
}

/** The assignments that serve a goal, as unnumbered blocks under it (the goal itself is not repeated). */
export function servedAssignmentBlocks(context: BuildContext, goal: Goal, level: number): Block[] {
  const print = {
    parts: assignmentParts.filter((part) => part !== 'contributesTo'),
    heading: '{title}',
    numbered: false,
  };
  return context.view.assignments
    .filter((assignment) => assignment.goalIds.includes(goal.id))
    .flatMap((assignment) => assignmentBlock(context, assignment, level, print));
}

/** The assignments of a group (or all of them): one table, or a block or numbered chapter each. */
function assignmentBlocks(
  context: BuildContext,
  section: AssignmentsSection,
  assignments: readonly Assignment[],
  level: number,
): Block[] {
  if (!section.layout || section.layout === 'table') return [assignmentTable(context, assignments)];
  const print = {
    parts: section.parts ?? assignmentParts,
    heading: section.heading ?? '{title}',
    numbered: section.layout === 'chapters',
  };
  return assignments.flatMap((assignment) => assignmentBlock(context, assignment, level, print));
}

/**
 * The assignments as one table, or each as a block or numbered chapter; with `groupBy` under a sub-heading per
 * group (numbered when the assignments are chapters).
 */
export const assignmentsSection: SectionBuilder<AssignmentsSection> = {
  build: (context, section, place: ChapterPlace) => {
    const assignments = assignmentsOf(context, section);
    if (assignments.length === 0) return [paragraph(context.view.labels['assignments.none'])];
    const level = contentLevel(place);
    if (!section.groupBy) return assignmentBlocks(context, section, assignments, level);
    return groupAssignments(assignments, section.groupBy).flatMap((group) => [
      heading(level, group.title, section.layout === 'chapters'),
      ...assignmentBlocks(context, section, group.assignments, Math.min(4, level + 1)),
    ]);
  },
  lacking: (context, section) => {
    const assignments = assignmentsOf(context, section);
    const missing = assignments.filter((assignment) =>
      isPlan(context) ? !assignment.planText : !reportOf(context, assignment),
    );
    if (missing.length === 0) return null;
    return `${missing.length} av ${assignments.length} uppdrag saknar ${isPlan(context) ? 'omhändertagande' : 'rapport'}`;
  },
};
