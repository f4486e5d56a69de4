import {
  type FollowUpParts,
  type StoredDeadline,
  setDeadlineSchema,
  storedDeadlineSchema,
} from '@styr/shared/contracts/workflow';
import { formatNumber } from '@styr/shared/format/number';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import type { FollowUpScope } from '../../api/workflow-api.ts';
import { dateIssues } from '../../components/form/field-checks.ts';
import { FormDateField } from '../../components/form/fields.tsx';
import { FormAction } from '../../components/form/form-actions.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { deadlineReminder } from './use-workflow.ts';

type Values = { deadline: string };

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
      {canSet && <DeadlineForm scope={scope} list={list} />}
    </section>
  );
}

/** Sends the version the page shows, so a deadline someone else set meanwhile is not overwritten unseen. */
function DeadlineForm({ scope, list }: { scope: FollowUpScope; list: FollowUpParts }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const partsKey = queryKeys.followUpParts(
    scope.municipalityId,
    scope.committeeId,
    scope.year,
    scope.followUp,
  );
  const write = useMutation({
    mutationFn: (deadline: string | null) => api.workflow.setDeadline(scope, deadline, list.version),
    onSuccess: (saved) => {
      queryClient.setQueryData(partsKey, saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.workflow(scope.municipalityId) });
    },
  });
  // "Ta bort sista dag" sends no date on purpose; Spara asks for one.
  const removing = useRef(false);
  const save = useSaveForm({
    stored: list.version === null ? null : { deadline: list.deadline, version: list.version },
    toValues: (stored: StoredDeadline | null): Values => ({ deadline: stored?.deadline ?? '' }),
    schema: setDeadlineSchema,
    toBody: ({ deadline }: Values) => ({ deadline: removing.current ? null : deadline || null }),
    check: ({ deadline }) => (removing.current ? [] : dateIssues({ deadline: { value: deadline } })),
    storedSchema: storedDeadlineSchema,
    onStoredChange: () => void queryClient.invalidateQueries({ queryKey: partsKey }),
  });
  const send = save.submit(
    async ({ deadline }) => {
      const saved = await write.mutateAsync(deadline);
      return { deadline: saved.deadline, version: saved.version ?? 0 };
    },
    { saved: (saved) => (saved.deadline ? `Sista dag är nu ${saved.deadline}.` : 'Sista dag är borttagen.') },
  );

  return (
    <SaveForm
      save={save}
      onSubmit={() => {
        removing.current = false;
        void send();
      }}
      subject="sista dag"
      saveLabel="Spara sista dag"
      actions={
        list.deadline && (
          <FormAction
            pending={save.pending}
            onClick={() => {
              removing.current = true;
              save.form.setValue('deadline', '', { shouldDirty: true });
              void send();
            }}
          >
            Ta bort sista dag
          </FormAction>
        )
      }
    >
      <FormDateField label="Sista dag för enheternas rapportering" name="deadline" />
    </SaveForm>
  );
}
