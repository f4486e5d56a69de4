import { assignPartSchema, type Part, type PartKind } from '@styr/shared/contracts/workflow';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import type { FollowUpScope, ReopenBody, ReviewBody } from '../../api/workflow-api.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { FormSelectField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import type { SelectOption } from '../../components/form-fields.tsx';
import { openAgain, ReasonDialog, sendBack } from './reason-dialog.tsx';
import { usePartWrite, useRefreshWorkflow } from './use-workflow.ts';

/** Moves focus to the row's live message after an action, since the pressed button may be gone. */
function useFocusAfter(container: React.RefObject<HTMLElement | null>) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (count === 0) return;
    const frame = requestAnimationFrame(() =>
      container.current?.querySelector<HTMLElement>('[role="status"]')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [count, container]);
  return () => setCount((value) => value + 1);
}

/** What a unit can be asked to report on. */
export interface Reportable {
  kind: PartKind;
  objectId: string;
  title: string;
}

/** Gives (or gives again) a goal, assignment or indicator to a unit, which then reports on it. */
export function AssignForm(props: {
  scope: FollowUpScope;
  item: Reportable;
  currentNodeId: string | null;
  options: readonly SelectOption[];
  /** For a form that leaves the page when it succeeds: the message goes to a place that stays. */
  onAssigned?: (message: string) => void;
}) {
  // The form starts from the first unit, so it waits for the units.
  if (props.options.length === 0)
    return <p className="muted">Nämnden har inga enheter att ge uppgiften till.</p>;
  return <AssignUnit {...props} />;
}

function AssignUnit({ scope, item, currentNodeId, options, onAssigned }: Parameters<typeof AssignForm>[0]) {
  const assign = usePartWrite(scope, (api, { nodeId }: { nodeId: string }) =>
    api.assignPart(scope, item.kind, item.objectId, nodeId),
  );
  const save = useSaveForm<Part, { nodeId: string }, { nodeId: string }>({
    stored: null,
    toValues: () => ({ nodeId: currentNodeId ?? options[0]?.value ?? '' }),
    schema: assignPartSchema,
    toBody: (values) => values,
    check: ({ nodeId }) => (nodeId ? [] : [{ path: 'nodeId', message: 'Välj en enhet' }]),
    afterSave: 'clear',
  });
  const again = currentNodeId !== null;
  const given = (part: Part) => `${part.node.name} rapporterar nu om ${item.title}.`;
  return (
    <SaveForm
      save={save}
      className="assign-form"
      onSubmit={save.submit(assign.mutateAsync, {
        saved: given,
        onSaved: (part) => onAssigned?.(given(part)),
      })}
      subject={item.title}
      saveLabel={again ? 'Ge på nytt' : 'Ge uppgiften'}
      saveContext={`– ${item.title}`}
    >
      <FormSelectField
        label={again ? 'Ge till en annan enhet' : 'Ge till enhet'}
        name="nodeId"
        options={options}
      />
    </SaveForm>
  );
}

/** The controller's decisions on a part: approve or send back a klar part, open an approved one again. */
export function ReviewActions({
  scope,
  part,
  frozen,
}: {
  scope: FollowUpScope;
  part: Part;
  frozen: boolean;
}) {
  const container = useRef<HTMLDivElement>(null);
  const focusAfter = useFocusAfter(container);
  const [dialog, setDialog] = useState<'return' | 'reopen' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const refresh = useRefreshWorkflow();
  const review = usePartWrite(scope, (api, body: ReviewBody) =>
    api.review(scope, part.kind, part.objectId, body),
  );
  const reopen = usePartWrite(scope, (api, body: ReopenBody) =>
    api.reopen(scope, part.kind, part.objectId, body),
  );

  const approve = () => {
    setMessage(null);
    setError(null);
    review.mutate(
      { version: part.version, decision: 'approve', comment: null },
      {
        onSuccess: () => {
          setMessage(`${part.title} är godkänd.`);
          focusAfter();
        },
        onError: (failure) => {
          // Someone changed the part in between: show the list as it is now, with the reason.
          if (isApiError(failure, 'VERSION_CONFLICT')) void refresh();
          setError(failure);
        },
      },
    );
  };
  const decided = {
    part,
    onClose: () => setDialog(null),
    onDone: (result: string) => {
      setDialog(null);
      setMessage(result);
      focusAfter();
    },
  };

  if (frozen) return <span className="muted">–</span>;
  const suffix = <span className="visually-hidden"> – {part.title}</span>;
  return (
    <div className="status-actions" ref={container}>
      {part.state === 'ready' && (
        <>
          <button type="button" className="button button-small" onClick={approve} disabled={review.isPending}>
            Godkänn{suffix}
          </button>
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => setDialog('return')}
            disabled={review.isPending}
          >
            Skicka tillbaka…{suffix}
          </button>
        </>
      )}
      {part.state === 'approved' && (
        <button
          type="button"
          className="button button-small button-secondary"
          onClick={() => setDialog('reopen')}
          disabled={reopen.isPending}
        >
          Öppna igen…{suffix}
        </button>
      )}
      {error ? <ErrorAlert error={error} /> : null}
      <p role="status" className="save-status" tabIndex={-1}>
        {message}
      </p>
      {dialog === 'return' && <ReasonDialog reason={sendBack} send={review.mutateAsync} {...decided} />}
      {dialog === 'reopen' && <ReasonDialog reason={openAgain} send={reopen.mutateAsync} {...decided} />}
    </div>
  );
}
