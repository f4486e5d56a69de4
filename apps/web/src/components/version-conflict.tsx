export interface ConflictRow {
  label: string;
  value: string;
}

/** Someone saved in between: show what is stored now and let the person start again from it. */
export function VersionConflict({
  subject,
  rows,
  onReload,
}: {
  /** Completes "Någon annan har ändrat …", e.g. "Enhet Hemtjänst Nord". */
  subject: string;
  rows: readonly ConflictRow[];
  onReload: () => void;
}) {
  return (
    <div className="alert alert-warning" role="alert">
      <p className="alert-title">Någon annan har ändrat {subject} medan du redigerade</p>
      <p>Dina ändringar är inte sparade. Så här ser uppgifterna ut nu:</p>
      {rows.length > 0 && (
        <dl className="conflict-values">
          {rows.map((row) => (
            <div key={row.label}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>Hämta de aktuella uppgifterna till formuläret och gör dina ändringar igen.</p>
      <button type="button" className="button button-secondary" onClick={onReload}>
        Hämta aktuella uppgifter
      </button>
    </div>
  );
}
