import type { PartKind } from '@styr/shared/contracts/workflow';
import { type Part, reopenPartSchema, reviewPartSchema } from '@styr/shared/contracts/workflow';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { isApiError } from '../../api/api-error.ts';
import type { FollowUpScope } from '../../api/workflow-api.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { ModalDialog } from '../../components/dialogs.tsx';
import { SelectField, type SelectOption, TextAreaField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useFormValues } from '../../components/use-form-values.ts';
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

/** Gives (or gives again) a goal, assignment or indicator to a unit, which then reports on it. */
export function AssignForm({
  scope,
  kind,
  objectId,
  title,
  currentNodeId,
  options,
  onAssigned,
}: {
  scope: FollowUpScope;
  kind: PartKind;
  objectId: string;
  title: string;
  currentNodeId: string | null;
  options: readonly SelectOption[];
  /** For a form that leaves the page when it succeeds: the message goes to a place that stays. */
  onAssigned?: (message: string) => void;
}) {
  const [nodeId, setNodeId] = useState(currentNodeId ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const assign = usePartWrite(scope, (api, chosen: string) => api.assignPart(scope, kind, objectId, chosen));
  const chosen = nodeId || (options[0]?.value ?? '');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    setError(null);
    if (!chosen) {
      setError('Välj en enhet');
      return;
    }
    assign.mutate(chosen, {
      onSuccess: (saved) => {
        const text = `${saved.node.name} rapporterar nu om ${title}.`;
        if (onAssigned) onAssigned(text);
        else setMessage(text);
      },
      onError: (failure) =>
        setError(isApiError(failure) ? failure.message : 'Det gick inte att ge uppgiften.'),
    });
  };

  if (options.length === 0) return <p className="muted">Nämnden har inga enheter att ge uppgiften till.</p>;
  const again = currentNodeId !== null;
  return (
    <form className="assign-form" onSubmit={onSubmit} noValidate>
      <SelectField
        label={again ? 'Ge till en annan enhet' : 'Ge till enhet'}
        name="nodeId"
        value={chosen}
        onChange={(value) => {
          setNodeId(value);
          setError(null);
        }}
        options={options}
        error={error ?? undefined}
      />
      <button type="submit" className="button button-small button-secondary" disabled={assign.isPending}>
        {assign.isPending ? 'Sparar…' : again ? 'Ge på nytt' : 'Ge uppgiften'}
        <span className="visually-hidden"> – {title}</span>
      </button>
      <p role="status" className="save-status">
        {message}
      </p>
    </form>
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
  const review = usePartWrite(
    scope,
    (api, body: { decision: 'approve' | 'return'; comment: string | null }) =>
      api.review(scope, part.kind, part.objectId, { version: part.version, ...body }),
  );
  const reopen = usePartWrite(scope, (api, reason: string) =>
    api.reopen(scope, part.kind, part.objectId, { version: part.version, reason }),
  );

  const onFailure = (failure: unknown, showError: (error: unknown) => void) => {
    // Someone changed the part in between: show the list as it is now, with the reason.
    if (isApiError(failure, 'VERSION_CONFLICT')) void refresh();
    showError(failure);
  };

  const approve = () => {
    setMessage(null);
    setError(null);
    review.mutate(
      { decision: 'approve', comment: null },
      {
        onSuccess: () => {
          setMessage(`${part.title} är godkänd.`);
          focusAfter();
        },
        onError: (failure) => onFailure(failure, setError),
      },
    );
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
      {dialog && (
        <ReasonDialog
          kind={dialog}
          part={part}
          isPending={dialog === 'return' ? review.isPending : reopen.isPending}
          onClose={() => setDialog(null)}
          onSubmit={(text, showError) => {
            setMessage(null);
            setError(null);
            const done = (result: string) => {
              setDialog(null);
              setMessage(result);
              focusAfter();
            };
            if (dialog === 'return') {
              review.mutate(
                { decision: 'return', comment: text },
                {
                  onSuccess: () => done(`${part.title} är tillbakaskickad till ${part.node.name}.`),
                  onError: (failure) => onFailure(failure, showError),
                },
              );
            } else {
              reopen.mutate(text, {
                onSuccess: () => done(`${part.title} är öppnad igen.`),
                onError: (failure) => onFailure(failure, showError),
              });
            }
          }}
        />
      )}
    </div>
  );
}

/** "Skicka tillbaka…" asks what needs to be done; "Öppna igen…" asks why. Both are required. */
function ReasonDialog({
  kind,
  part,
  isPending,
  onClose,
  onSubmit,
}: {
  kind: 'return' | 'reopen';
  part: Part;
  isPending: boolean;
  onClose: () => void;
  onSubmit: (text: string, showError: (error: unknown) => void) => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const field = kind === 'return' ? 'comment' : 'reason';
  const { values, change } = useFormValues({ text: '' }, () => form.clearField(field));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = values.text.trim();
    const body =
      kind === 'return'
        ? form.validate(
            reviewPartSchema,
            { version: part.version, decision: 'return', comment: text || null },
            text ? [] : [{ path: 'comment', message: 'Skriv vad som behöver göras när du skickar tillbaka' }],
          )
        : form.validate(
            reopenPartSchema,
            { version: part.version, reason: text },
            text ? [] : [{ path: 'reason', message: 'Ange varför delen öppnas igen' }],
          );
    if (body) onSubmit(text, form.showError);
  };

  const title = kind === 'return' ? `Skicka tillbaka ${part.title}` : `Öppna ${part.title} igen`;
  return (
    <ModalDialog isOpen onOpenChange={(isOpen) => !isOpen && onClose()} title={title}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <p>
          {kind === 'return'
            ? `${part.node.name} ser din kommentar och kan skriva om och markera delen klar igen.`
            : `Delen blir åter att göra för ${part.node.name}. Anledningen sparas i historiken.`}
        </p>
        {form.formError ? (
          <ErrorAlert
            error={form.formError}
            title={kind === 'return' ? 'Delen kunde inte skickas tillbaka' : 'Delen kunde inte öppnas igen'}
          />
        ) : null}
        <TextAreaField
          label={kind === 'return' ? 'Vad behöver göras?' : 'Varför öppnas delen igen?'}
          name={field}
          value={values.text}
          onChange={change('text')}
          error={form.errors[field]}
          maxLength={kind === 'return' ? 5000 : 2000}
          rows={4}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={isPending}>
            {isPending ? 'Sparar…' : kind === 'return' ? 'Skicka tillbaka' : 'Öppna igen'}
          </button>
          <Button className="button button-secondary" slot="close">
            Avbryt
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
