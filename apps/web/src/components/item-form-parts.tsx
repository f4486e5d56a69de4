import type { ReactNode } from 'react';
import { ErrorAlert } from './alerts.tsx';
import { type ConflictRow, VersionConflict } from './version-conflict.tsx';

/** What went wrong with the last save of one item: someone else's version, an adopted document, or an error. */
export function ItemFeedback<T>({
  save,
  subject,
  conflictRows,
  onReload,
  onKeepMine,
  documentName,
  onRefresh,
}: {
  save: { conflict: T | null; frozen: boolean; formError: unknown };
  subject: string;
  conflictRows: (current: T) => ConflictRow[];
  onReload: (current: T) => void;
  onKeepMine?: (current: T) => void;
  /** "Årsrapport 2022": the document a refused write belongs to. */
  documentName: string;
  /** Reads the year again, so that the page shows the adopted document without edit controls. */
  onRefresh: () => void;
}) {
  return (
    <>
      {save.conflict && (
        <VersionConflict
          subject={subject}
          rows={conflictRows(save.conflict)}
          onReload={() => save.conflict && onReload(save.conflict)}
          {...(onKeepMine && { onKeepMine: () => save.conflict && onKeepMine(save.conflict) })}
        />
      )}
      {save.frozen && (
        <ErrorAlert title={`${documentName} är fastställd och kan inte ändras`}>
          <p>Ändringen är inte sparad.</p>
          <button type="button" className="button button-secondary" onClick={onRefresh}>
            Visa uppgifterna som de fastställdes
          </button>
        </ErrorAlert>
      )}
      {save.formError ? <ErrorAlert error={save.formError} title="Ändringen kunde inte sparas" /> : null}
    </>
  );
}

/** The form's save button, whether there is anything unsaved, and a live message when saving succeeded. */
export function SaveRow({
  label = 'Spara',
  context,
  pending,
  dirty,
  saved,
  children,
}: {
  label?: string;
  /** Read after the label by screen readers, which list many "Spara" buttons on one page: "utfall för …". */
  context?: string;
  pending: boolean;
  dirty: boolean;
  saved: string | null;
  children?: ReactNode;
}) {
  return (
    <div className="save-row">
      <button type="submit" className="button button-small" disabled={pending}>
        {pending ? 'Sparar…' : label}
        {context && <span className="visually-hidden"> {context}</span>}
      </button>
      {children}
      {dirty && !pending && <span className="unsaved">Ej sparad ändring</span>}
      <p role="status" className="save-status">
        {!dirty && saved}
      </p>
    </div>
  );
}
