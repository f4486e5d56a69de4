import type { Assignment } from '@styr/shared/contracts/plan';
import { assignmentSourceLabels, assignmentStatusLabels } from '@styr/shared/domain/assignments';
import { assignmentPlaceFacts } from '../plan/index.ts';
import { AssignmentReportForm, earlierReport } from './assignment-report-form.tsx';
import type { FollowUpContext } from './follow-up-context.ts';

function ReportText({ assignment, context }: { assignment: Assignment; context: FollowUpContext }) {
  const report = assignment.reports.find((entry) => entry.followUp === context.point.key) ?? null;
  if (!report) {
    const hint = earlierReport(assignment, context);
    return (
      <p className="muted">
        Inte rapporterat i {context.point.name.toLowerCase()}.{hint && ` ${hint}`}
      </p>
    );
  }
  return (
    <dl className="report-facts">
      <div>
        <dt>Status</dt>
        <dd>{assignmentStatusLabels[report.status]}</dd>
      </div>
      <div>
        <dt>Föreslås avslutas</dt>
        <dd>{report.proposedClosed ? 'Ja' : 'Nej'}</dd>
      </div>
      <div className="report-comment">
        <dt>Kommentar</dt>
        <dd className="prose">{report.comment ?? 'Ingen kommentar.'}</dd>
      </div>
    </dl>
  );
}

export function FollowUpAssignment({
  assignment,
  context,
}: {
  assignment: Assignment;
  context: FollowUpContext;
}) {
  const headingId = `uppdrag-${assignment.key}`;
  const facts = [
    assignmentSourceLabels[assignment.source],
    `givet ${assignment.yearGiven}`,
    assignment.decisionReference,
    assignment.coordinatedBy && `samordnas av ${assignment.coordinatedBy}`,
    ...assignmentPlaceFacts(context.view, assignment),
  ].filter(Boolean);
  return (
    <article className="editor-assignment" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {assignment.title}
      </h3>
      <p className="goal-meta">{facts.join(' · ')}</p>
      {context.readOnly ? (
        <ReportText assignment={assignment} context={context} />
      ) : (
        <AssignmentReportForm assignment={assignment} context={context} />
      )}
    </article>
  );
}
