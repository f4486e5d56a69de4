import type { AuditEntry, History } from '@styr/shared/contracts/audit';
import { formatDateTime } from '@styr/shared/format/date';
import type { UseQueryResult } from '@tanstack/react-query';
import { describeEntry, isGrantEntry, listChanges, type OrgNames } from './history-format.ts';
import { Loading, QueryError } from './query-state.tsx';

export function HistorySection({ history, names }: { history: UseQueryResult<History>; names: OrgNames }) {
  return (
    <section aria-labelledby="history-heading" className="section">
      <h2 id="history-heading">Historik</h2>
      {history.isPending && <Loading label="Hämtar historik…" />}
      {history.isError && <QueryError error={history.error} onRetry={() => history.refetch()} />}
      {history.data && <HistoryList entries={history.data.entries} names={names} />}
    </section>
  );
}

export function HistoryList({ entries, names }: { entries: readonly AuditEntry[]; names: OrgNames }) {
  if (entries.length === 0) return <p className="empty">Inga ändringar är registrerade.</p>;
  return (
    <ol className="history">
      {entries.map((entry) => {
        const changes = isGrantEntry(entry) ? [] : listChanges(entry, names);
        return (
          <li key={entry.id} className="history-entry">
            <p className="history-summary">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              <span>
                <strong>{entry.actor?.displayName ?? 'Systemet'}</strong> {describeEntry(entry, names)}
              </span>
            </p>
            {changes.length > 0 && (
              <table className="table table-compact history-changes">
                <caption className="visually-hidden">Ändrade uppgifter {formatDateTime(entry.at)}</caption>
                <thead>
                  <tr>
                    <th scope="col">Uppgift</th>
                    {entry.action !== 'create' && <th scope="col">Före</th>}
                    {entry.action !== 'delete' && <th scope="col">Efter</th>}
                  </tr>
                </thead>
                <tbody>
                  {changes.map((change) => (
                    <tr key={change.field}>
                      <th scope="row">{change.label}</th>
                      {entry.action !== 'create' && <td>{change.before}</td>}
                      {entry.action !== 'delete' && <td>{change.after}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        );
      })}
    </ol>
  );
}
