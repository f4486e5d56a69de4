import type { Assignment } from '@styr/shared/contracts/plan';
import { assignmentStatuses, assignmentStatusLabels } from '@styr/shared/domain/assignments';
import { FormCheckboxField, FormSelectField, FormTextAreaField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { storedValues } from '../../components/form/stored-values.ts';
import { assignmentReportWrite, usePlanSaveForm } from '../plan/index.ts';
import type { FollowUpContext } from './follow-up-context.ts';

type Values = { status: string; proposedClosed: boolean; comment: string };

const toValues = storedValues<Values>({ status: '', proposedClosed: false, comment: '' });

/** The latest report before this follow-up, shown as a hint; a new report does not copy it. */
export function earlierReport(assignment: Assignment, context: FollowUpContext) {
  const monthOf = (key: string) => context.view.followUpPoints.find((point) => point.key === key)?.month ?? 0;
  const earlier = assignment.reports
    .filter((report) => monthOf(report.followUp) < context.point.month)
    .sort((a, b) => monthOf(b.followUp) - monthOf(a.followUp))[0];
  if (!earlier) return null;
  const name =
    context.view.followUpPoints.find((point) => point.key === earlier.followUp)?.name ?? earlier.followUp;
  return `I ${name.toLowerCase()}: ${assignmentStatusLabels[earlier.status]}${earlier.proposedClosed ? ', föreslås avslutas' : ''}.`;
}

export function AssignmentReportForm({
  assignment,
  context,
}: {
  assignment: Assignment;
  context: FollowUpContext;
}) {
  const { point } = context;
  const stored = assignment.reports.find((report) => report.followUp === point.key) ?? null;
  const { save, send } = usePlanSaveForm(context, assignmentReportWrite(assignment, point.key), {
    stored,
    toValues,
    toBody: ({ status, proposedClosed, comment }: Values) => ({
      status,
      proposedClosed,
      comment: comment.trim() ? comment : null,
    }),
    check: ({ status }) => (status ? [] : [{ path: 'status', message: 'Välj uppdragets status' }]),
  });
  const status = save.form.watch('status');

  const hint = earlierReport(assignment, context);
  return (
    <SaveForm
      save={save}
      onSubmit={save.submit(send, { saved: 'Rapporten är sparad.' })}
      subject={`rapporten för uppdraget ${assignment.title}`}
      saveLabel="Spara rapport"
      saveContext={`för uppdraget ${assignment.title}`}
    >
      <div className="field-row">
        <FormSelectField
          label="Status"
          name="status"
          options={[
            ...(status === '' ? [{ value: '', label: 'Välj status' }] : []),
            ...assignmentStatuses.map((option) => ({ value: option, label: assignmentStatusLabels[option] })),
          ]}
          description={hint ?? undefined}
        />
        <FormCheckboxField label="Föreslås avslutas" name="proposedClosed" />
      </div>
      <FormTextAreaField label="Kommentar" name="comment" optional rows={3} maxLength={50_000} />
    </SaveForm>
  );
}
