import {
  type Assignment,
  type AssignmentReport,
  assignmentReportSchema,
  type UpdateAssignmentReport,
  updateAssignmentReportSchema,
} from '@styr/shared/contracts/plan';
import {
  type AssignmentStatus,
  assignmentStatuses,
  assignmentStatusLabels,
} from '@styr/shared/domain/assignments';
import { FormCheckboxField, FormSelectField, FormTextAreaField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { usePlanWrite, useUpdateYearCache, withReport } from '../plan/index.ts';
import type { FollowUpContext } from './follow-up-context.ts';

type Values = { status: string; proposedClosed: boolean; comment: string };

const toValues = (report: AssignmentReport | null): Values => ({
  status: report?.status ?? '',
  proposedClosed: report?.proposedClosed ?? false,
  comment: report?.comment ?? '',
});

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
  const { view, point } = context;
  const stored = assignment.reports.find((report) => report.followUp === point.key) ?? null;
  const updateCache = useUpdateYearCache(view.committee.id, view.year);
  const write = usePlanWrite(
    view.committee.id,
    view.year,
    (api, scope, body: UpdateAssignmentReport) =>
      api.setAssignmentReport(scope, assignment.id, point.key, body),
    (saved) => withReport(assignment.id, saved),
  );
  const save = useSaveForm({
    stored,
    toValues,
    schema: updateAssignmentReportSchema,
    toBody: ({ status, proposedClosed, comment }: Values, base) => ({
      version: base?.version,
      status,
      proposedClosed,
      comment: comment.trim() ? comment : null,
    }),
    check: ({ status }) => (status ? [] : [{ path: 'status', message: 'Välj uppdragets status' }]),
    storedSchema: assignmentReportSchema,
    onStoredChange: (current) => updateCache(withReport(assignment.id, current)),
  });
  const status = save.form.watch('status');

  const hint = earlierReport(assignment, context);
  return (
    <SaveForm
      save={save}
      onSubmit={save.submit(write.mutateAsync, { saved: 'Rapporten är sparad.' })}
      subject={`rapporten för uppdraget ${assignment.title}`}
      conflictRows={(current, mine) => [
        {
          label: 'Status',
          value: assignmentStatusLabels[current.status],
          mine: mine.status ? assignmentStatusLabels[mine.status as AssignmentStatus] : '–',
        },
        {
          label: 'Föreslås avslutas',
          value: current.proposedClosed ? 'Ja' : 'Nej',
          mine: mine.proposedClosed ? 'Ja' : 'Nej',
        },
        { label: 'Kommentar', value: current.comment ?? '–', mine: mine.comment || '–' },
      ]}
      frozen={{ documentName: context.documentName, onRefresh: () => updateCache(null) }}
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
