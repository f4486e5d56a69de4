import type { Section } from '@styr/shared/contracts/documents';
import type { Assignment } from '@styr/shared/contracts/plan';
import { assignmentStatusLabels, groupAssignments } from '@styr/shared/domain/assignments';
import type { Block } from '@styr/shared/domain/document-model';
import { heading, paragraph } from '@styr/shared/domain/document-model';
import { richTextLines } from '@styr/shared/domain/document-rich-text';
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

/** The assignment's title and decision, and the goals it serves, on a line of their own. */
function titleText(context: BuildContext, assignment: Assignment): string {
  const goals = assignment.goalIds.flatMap((id) => context.view.goals.filter((goal) => goal.id === id));
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
          const status = report ? assignmentStatusLabels[report.status] : labels['assignments.notReported'];
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

/** The assignments as one table, or with `groupBy` a sub-heading and table per group. */
export const assignmentsSection: SectionBuilder<AssignmentsSection> = {
  build: (context, section, place: ChapterPlace) => {
    const assignments = assignmentsOf(context, section);
    if (assignments.length === 0) return [paragraph(context.view.labels['assignments.none'])];
    if (!section.groupBy) return [assignmentTable(context, assignments)];
    return groupAssignments(assignments, section.groupBy).flatMap((group) => [
      heading(contentLevel(place), group.title, false),
      assignmentTable(context, group.assignments),
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
