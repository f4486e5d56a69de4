import type { ReactNode } from 'react';

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
