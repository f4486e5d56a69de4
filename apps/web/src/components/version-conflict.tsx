import { formatDateTime } from '@styr/shared/format/date';
import type { ReactNode } from 'react';
import type { ChangedBy } from '../api/api-error.ts';

export interface ConflictRow {
  label: string;
  /** What is stored now, saved by the other person. */
  value: ReactNode;
  /** What this person wrote, shown beside the stored value where the form kept it. */
  mine?: ReactNode;
}

/** Someone saved in between: who and when, what is stored now beside what the person wrote, and the way on. */
export function VersionConflict({
  subject,
  rows,
  changedBy,
  onReload,
  onKeepMine,
}: {
  /** Completes "… har ändrat …", e.g. "Enhet Hemtjänst Nord". */
  subject: string;
  rows: readonly ConflictRow[];
  changedBy?: ChangedBy | undefined;
  onReload: () => void;
  /** Offered where the form keeps what the person wrote: save it over the other version, on purpose. */
  onKeepMine?: () => void;
}) {
  const compared = rows.some((row) => row.mine !== undefined);
  return (
    <div className="alert alert-warning" role="alert">
      <p className="alert-title">
        {changedBy
          ? `${changedBy.name} har ändrat ${subject} ${formatDateTime(changedBy.at)}, medan du redigerade`
          : `Någon annan har ändrat ${subject} medan du redigerade`}
      </p>
      <p>
        {compared
          ? 'Dina ändringar är inte sparade. Jämför din version med den som är sparad nu:'
          : 'Dina ändringar är inte sparade. Så här ser uppgifterna ut nu:'}
      </p>
      {compared ? (
        <div className="conflict-compare">
          <table>
            <thead>
              <tr>
                <th scope="col">Uppgift</th>
                <th scope="col">Din version</th>
                <th scope="col">Sparad version</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{row.mine}</td>
                  <td>{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        rows.length > 0 && (
          <dl className="conflict-values">
            {rows.map((row) => (
              <div key={row.label}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
        )
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
