/** What a dry run found a write of the settings would change, and the button that makes the write. */
export function ChangeReview({
  title,
  summary,
  pending,
  onSave,
}: {
  title: string;
  summary: string;
  pending: boolean;
  /** Null where there is nothing to save. */
  onSave: (() => void) | null;
}) {
  return (
    <div className="alert alert-info">
      <p className="alert-title">{title}</p>
      <p>{summary}</p>
      {onSave && (
        <div className="button-row">
          <button type="button" className="button" disabled={pending} onClick={onSave}>
            {pending ? 'Sparar…' : 'Spara ändringarna'}
          </button>
        </div>
      )}
    </div>
  );
}
