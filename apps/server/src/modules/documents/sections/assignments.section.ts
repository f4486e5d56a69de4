import type { Section } from '@styr/shared/contracts/documents';
import type { Assignment } from '@styr/shared/contracts/plan';
import { assignmentStatusLabels } from '@styr/shared/domain/assignments';
import type { Block } from '@styr/shared/domain/document-model';
import { paragraph } from '@styr/shared/domain/document-model';
import { richTextLines } from '@styr/shared/domain/document-rich-text';
import { MISSING_TEXT } from '@styr/shared/format/number';
import { type BuildContext, isPlan, type SectionBuilder } from '../build-context.ts';

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

/** A table of the assignments: with the plan's omhändertagande, or each one's status and comment. */
export const assignmentsSection: SectionBuilder<AssignmentsSection> = {
  build: (context, section) => {
    const assignments = assignmentsOf(context, section);
    if (assignments.length === 0) return [paragraph('Nämnden har inga uppdrag av detta slag under året.')];
    const table: Block = isPlan(context)
      ? {
          kind: 'table',
          header: [{ text: 'Uppdrag' }, { text: 'Nämndens omhändertagande' }],
          rows: assignments.map((assignment) => [
            { text: titleCell(assignment) },
            { text: richTextLines(assignment.planText) || MISSING_TEXT },
          ]),
          widths: [45, 55],
          notes: [],
        }
      : {
          kind: 'table',
          header: [{ text: 'Uppdrag' }, { text: 'Status' }, { text: 'Kommentar' }],
          rows: assignments.map((assignment) => {
            const report = reportOf(context, assignment);
            const status = report ? assignmentStatusLabels[report.status] : 'Ej rapporterad';
            return [
              { text: titleCell(assignment) },
              { text: report?.proposedClosed ? `${status}, föreslås avslutas` : status },
              { text: richTextLines(report?.comment) || MISSING_TEXT },
            ];
          }),
          widths: [42, 14, 44],
          notes: [],
        };
    return [table];
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
