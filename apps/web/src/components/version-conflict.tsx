import type { ReactNode } from 'react';

export interface ConflictRow {
  label: string;
  value: ReactNode;
}

/** Someone saved in between: show what is stored now and let the person start again from it. */
export function VersionConflict({
  subject,
  rows,
  onReload,
  onKeepMine,
}: {
  /** Completes "Någon annan har ändrat …", e.g. "Enhet Hemtjänst Nord". */
  subject: string;
  rows: readonly ConflictRow[];
  onReload: () => void;
  /** Offered where the form keeps what the person wrote: save it over the other version, on purpose. */
  onKeepMine?: () => void;
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
      {onKeepMine ? (
        <p>Din text finns kvar i formuläret. Välj vilken version som ska gälla.</p>
      ) : (
        <p>Hämta de aktuella uppgifterna till formuläret och gör dina ändringar igen.</p>
      )}
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onReload}>
          Hämta aktuella uppgifter
        </button>
        {onKeepMine && (
          <button type="button" className="button button-secondary" onClick={onKeepMine}>
            Spara min version i stället
          </button>
        )}
      </div>
    </div>
  );
}
