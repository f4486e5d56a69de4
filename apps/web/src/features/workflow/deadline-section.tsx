import { type FollowUpParts, setDeadlineSchema } from '@styr/shared/contracts/workflow';
import { formatNumber } from '@styr/shared/format/number';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { isApiError } from '../../api/api-error.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { FollowUpScope } from '../../api/workflow-api.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { dateIssues } from '../../components/date-check.ts';
import { DateField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useFormValues } from '../../components/use-form-values.ts';
import { deadlineReminder } from './use-workflow.ts';

/** Who reports what in one follow-up, the deadline, and what is still missing. */
export function Deadline({
  scope,
  list,
  canSet,
  name,
}: {
  scope: FollowUpScope;
  list: FollowUpParts;
  canSet: boolean;
  name: string;
}) {
  const reminder = deadlineReminder(list.deadline, list.overdue > 0 && list.deadline !== null);
  return (
    <section aria-labelledby="sista-dag" className="section">
      <h2 id="sista-dag">Sista dag</h2>
      {list.deadline ? (
        <p>
          Enheterna ska ha rapporterat senast <strong>{list.deadline}</strong>.
          {list.overdue > 0 ? (
            <>
              {' '}
              <span className="overdue-tag">Försenad</span> {formatNumber(list.overdue)}{' '}
              {list.overdue === 1 ? 'del är' : 'delar är'} inte klar.
            </>
          ) : (
            reminder && ` ${reminder}.`
          )}
        </p>
      ) : (
        <p>Ingen sista dag är satt för {name}.</p>
      )}
      {canSet && (
        <DeadlineForm key={list.version} scope={scope} deadline={list.deadline} version={list.version} />
      )}
    </section>
  );
}

/** Sends the version the page shows, so a deadline someone else set meanwhile is not overwritten unseen. */
function DeadlineForm({
  scope,
  deadline,
  version,
}: {
  scope: FollowUpScope;
  deadline: string | null;
  version: number | null;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const { values, change } = useFormValues({ deadline: deadline ?? '' }, form.clearField);
  const [message, setMessage] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (value: string | null) => api.workflow.setDeadline(scope, value, version),
    onSuccess: (list) => {
      queryClient.setQueryData(
        queryKeys.followUpParts(scope.municipalityId, scope.committeeId, scope.year, scope.followUp),
        list,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.workflow(scope.municipalityId) });
    },
  });

  const send = (value: string | null) => {
    setMessage(null);
    save.mutate(value, {
      onSuccess: (list) => {
        form.reset();
        setMessage(list.deadline ? `Sista dag är nu ${list.deadline}.` : 'Sista dag är borttagen.');
      },
      onError: (error) => {
        if (!isApiError(error, 'VERSION_CONFLICT')) return form.showError(error);
        setMessage(
          'Någon annan ändrade sista dag under tiden. Den som gäller nu visas; spara igen om den ska ändras.',
        );
        void queryClient.invalidateQueries({
          queryKey: queryKeys.followUpParts(
            scope.municipalityId,
            scope.committeeId,
            scope.year,
            scope.followUp,
          ),
        });
      },
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const issues = dateIssues({ deadline: { value: values.deadline } });
    const body = form.validate(setDeadlineSchema, { deadline: values.deadline.trim() }, issues);
    if (body) send(body.deadline);
  };

  return (
    <form ref={formRef} className="item-form" onSubmit={onSubmit} noValidate>
      {form.formError ? <ErrorAlert error={form.formError} title="Sista dag kunde inte sparas" /> : null}
      <DateField
        label="Sista dag för enheternas rapportering"
        name="deadline"
        value={values.deadline}
        onChange={change('deadline')}
        error={form.errors.deadline}
      />
      <div className="save-row">
        <button type="submit" className="button button-small" disabled={save.isPending}>
          {save.isPending ? 'Sparar…' : 'Spara sista dag'}
        </button>
        {deadline && (
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={save.isPending}
            onClick={() => {
              change('deadline')('');
              send(null);
            }}
          >
            Ta bort sista dag
          </button>
        )}
        <p role="status" className="save-status">
          {message}
        </p>
      </div>
    </form>
  );
}
