import type { ChangeDocumentStatus, CommitteeYearView, PlanDocument } from '@styr/shared/contracts/plan';
import { type DocumentStatus, documentStatusLabels } from '@styr/shared/domain/document-lifecycle';
import { useEffect, useRef, useState } from 'react';
import { ApiError, isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { AdoptDialog } from './adopt-dialog.tsx';
import { withDocument } from './plan-cache.ts';
import { documentName } from './plan-labels.ts';
import { usePlanWrite, useUpdateYearCache } from './use-plan-write.ts';

/** Utkast → Klar för granskning → Fastställd, and back to Utkast from review; for those who compile (controllers). */
export function DocumentStatusActions({
  view,
  documentKey,
}: {
  view: CommitteeYearView;
  documentKey: string;
}) {
  const document = view.documents.find((entry) => entry.document === documentKey) ?? null;
  // A document not started yet is a draft to the server: the first status change starts it.
  const status: DocumentStatus = document?.status ?? 'draft';
  const name = documentName(documentKey, view.followUpPoints, view.year);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [adopting, setAdopting] = useState(false);
  const [moveFocus, setMoveFocus] = useState(0);
  const container = useRef<HTMLDivElement>(null);
  const updateCache = useUpdateYearCache(view.committee.id, view.year);
  const change = usePlanWrite(
    view.committee.id,
    view.year,
    (api, scope, body: ChangeDocumentStatus) => api.changeDocumentStatus(scope, documentKey, body),
    (saved) => withDocument(saved),
  );

  // The pressed button is gone after a change; focus goes to what replaced it rather than to the page.
  useEffect(() => {
    if (moveFocus === 0) return;
    const frame = requestAnimationFrame(() => {
      const target =
        container.current?.querySelector<HTMLElement>('button') ??
        container.current?.querySelector<HTMLElement>('[role="status"]');
      target?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [moveFocus]);

  /**
   * Changes the status, and shows the changed one. A status someone else changed in between is taken into the
   * page and said here, closing the dialog, whose decision was about the status no longer shown.
   */
  const changeTo = async (body: ChangeDocumentStatus) => {
    setError(null);
    setMessage(null);
    let saved: PlanDocument;
    try {
      saved = await change.mutateAsync(body);
    } catch (failure) {
      if (isStatusConflict(failure)) {
        updateCache(withDocument(failure.current));
        setAdopting(false);
        const now = documentStatusLabels[failure.current.status].toLowerCase();
        setError(
          new ApiError({
            code: 'VERSION_CONFLICT',
            message: `Någon annan ändrade statusen under tiden. ${name} har nu status ${now}.`,
          }),
        );
      }
      throw failure;
    }
    setAdopting(false);
    setMessage(
      saved.status === 'adopted'
        ? `${name} är fastställd.`
        : `${name} har nu status ${documentStatusLabels[saved.status].toLowerCase()}.`,
    );
    setMoveFocus((count) => count + 1);
    return saved;
  };
  const to = (next: DocumentStatus) => () =>
    changeTo({ version: document?.version, status: next }).catch((failure: unknown) => {
      if (!isStatusConflict(failure)) setError(failure);
    });
  const actions =
    status === 'draft'
      ? [{ label: 'Markera klar för granskning', run: to('review'), primary: false }]
      : status === 'review'
        ? [
            { label: 'Skicka tillbaka till utkast', run: to('draft'), primary: false },
            { label: 'Fastställ…', run: () => setAdopting(true), primary: true },
          ]
        : [];

  return (
    <div className="status-actions" ref={container}>
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          className={`button button-small${action.primary ? '' : ' button-secondary'}`}
          onClick={action.run}
          disabled={change.isPending}
        >
          {action.label}
          <span className="visually-hidden"> – {name}</span>
        </button>
      ))}
      {error ? <ErrorAlert error={error} /> : null}
      <p role="status" className="save-status" tabIndex={-1}>
        {message}
      </p>
      {adopting && (
        <AdoptDialog
          name={name}
          committeeId={view.committee.id}
          year={view.year}
          documentKey={documentKey}
          document={document}
          onAdopt={changeTo}
          onClose={() => setAdopting(false)}
        />
      )}
    </div>
  );
}

function isDocument(value: unknown): value is PlanDocument {
  return typeof value === 'object' && value !== null && 'status' in value && 'document' in value;
}

const isStatusConflict = (failure: unknown): failure is ApiError & { current: PlanDocument } =>
  isApiError(failure, 'VERSION_CONFLICT') && isDocument(failure.current);
