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
import { type FormEvent, useRef } from 'react';
import { CheckboxField, SelectField, TextAreaField } from '../../components/form-fields.tsx';
import { ItemFeedback, SaveRow } from '../../components/item-form-parts.tsx';
import { useItemForm, useItemSave } from '../../components/use-item-form.ts';
import { usePlanWrite, useUpdateYearCache, withReport } from '../plan/index.ts';
import type { FollowUpContext } from './follow-up-context.ts';

const toValues = (report: AssignmentReport | null) => ({
  status: (report?.status ?? '') as AssignmentStatus | '',
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
  const formRef = useRef<HTMLFormElement>(null);
  const save = useItemSave(assignmentReportSchema, formRef);
  const item = useItemForm(stored, toValues, save.clearField);
  const updateCache = useUpdateYearCache(view.committee.id, view.year);
  const write = usePlanWrite(
    view.committee.id,
    view.year,
    (api, scope, body: UpdateAssignmentReport) =>
      api.setAssignmentReport(scope, assignment.id, point.key, body),
    (saved) => withReport(assignment.id, saved),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.begin();
    const { status, proposedClosed, comment } = item.values;
    const body = save.validate(
      updateAssignmentReportSchema,
      { version: item.base?.version, status, proposedClosed, comment: comment.trim() ? comment : null },
      status ? [] : [{ path: 'status', message: 'Välj uppdragets status' }],
    );
    if (!body) return;
    write.mutate(body, {
      onSuccess: (saved) => {
        item.accept(saved);
        save.onSaved('Rapporten är sparad.');
      },
      onError: save.onError,
    });
  };

  const hint = earlierReport(assignment, context);
  return (
    <form ref={formRef} className="item-form" onSubmit={onSubmit} noValidate>
      <ItemFeedback
        save={save}
        subject={`rapporten för uppdraget ${assignment.title}`}
        conflictRows={(current) => [
          { label: 'Status', value: assignmentStatusLabels[current.status] },
          { label: 'Föreslås avslutas', value: current.proposedClosed ? 'Ja' : 'Nej' },
          { label: 'Kommentar', value: current.comment ?? '–' },
        ]}
        onReload={(current) => {
          item.accept(current);
          save.clearConflict();
          updateCache(withReport(assignment.id, current));
        }}
        documentName={context.documentName}
        onRefresh={() => updateCache(null)}
      />
      <div className="field-row">
        <SelectField
          label="Status"
          name="status"
          value={item.values.status}
          onChange={(value) => item.change('status')(value as AssignmentStatus | '')}
          options={[
            ...(item.values.status === '' ? [{ value: '', label: 'Välj status' }] : []),
            ...assignmentStatuses.map((status) => ({ value: status, label: assignmentStatusLabels[status] })),
          ]}
          error={save.errors.status}
          description={hint ?? undefined}
        />
        <CheckboxField
          label="Föreslås avslutas"
          name="proposedClosed"
          checked={item.values.proposedClosed}
          onChange={item.change('proposedClosed')}
          error={save.errors.proposedClosed}
        />
      </div>
      <TextAreaField
        label="Kommentar"
        name="comment"
        optional
        rows={3}
        value={item.values.comment}
        onChange={item.change('comment')}
        error={save.errors.comment}
        maxLength={50_000}
      />
      <SaveRow
        label="Spara rapport"
        context={`för uppdraget ${assignment.title}`}
        pending={write.isPending}
        dirty={item.dirty}
        saved={save.saved}
      />
    </form>
  );
}
