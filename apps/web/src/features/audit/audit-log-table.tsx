import type { AuditLogEntry } from '@styr/shared/contracts/audit';
import { auditActionLabels, auditEntityTypeLabel } from '@styr/shared/domain/audit-log';
import { formatDateTime } from '@styr/shared/format/date';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { listChanges, type OrgNames } from '../../components/history-format.ts';
import { fieldLabel, valueLabel } from './audit-values.ts';

const longest = 160;

/** A stored value as a line of text: rich text without its markup, and long texts shortened. */
function readable(value: string | null): string {
  if (value === null) return '–';
  const text = value
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return '–';
  return text.length > longest ? `${text.slice(0, longest - 1)}…` : text;
}

/** The object's own name when the row carries it, so a person sees which goal or risk it was. */
function objectName(entry: AuditLogEntry): string | null {
  for (const values of [entry.after, entry.before]) {
    const name = values?.name ?? values?.title ?? values?.displayName;
    if (typeof name === 'string' && name.trim()) return readable(name);
  }
  return null;
}

function Changes({ entry, names }: { entry: AuditLogEntry; names: OrgNames }) {
  // The per-object history's formatter reads the values only; who made the change is shown in its own column.
  const changes = listChanges({ ...entry, actor: null }, names);
  if (changes.length === 0) return <span className="muted">Inga uppgifter sparade</span>;
  // An update that recorded no earlier values (an import, a new year) is told by what it left.
  const fromTo = entry.action === 'update' && entry.before !== null;
  const shown = (value: string | null, field: string) => readable(valueLabel(entry.entityType, field, value));
  return (
    <ul className="plain-list audit-changes">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="audit-change-field">
            {fieldLabel(entry.entityType, change.field, change.label)}:
          </span>{' '}
          {fromTo ? (
            <>
              {shown(change.before, change.field)} <span aria-hidden="true">→</span>
              <span className="visually-hidden">ändrades till</span> {shown(change.after, change.field)}
            </>
          ) : (
            shown(entry.action === 'delete' ? change.before : change.after, change.field)
          )}
        </li>
      ))}
    </ul>
  );
}

export function AuditLogTable({
  entries,
  names,
  empty,
}: {
  entries: readonly AuditLogEntry[];
  names: OrgNames;
  empty: string;
}) {
  const columns: Column<AuditLogEntry>[] = [
    {
      key: 'at',
      header: 'Tid',
      nowrap: true,
      cell: (entry) => <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>,
    },
    {
      key: 'actor',
      header: 'Person',
      cell: (entry) =>
        entry.actor.id ? entry.actor.displayName : <span className="muted">{entry.actor.displayName}</span>,
    },
    {
      key: 'committee',
      header: 'Nämnd',
      cell: (entry) => entry.committee?.name ?? <span className="muted">Hela kommunen</span>,
    },
    {
      key: 'object',
      header: 'Objekt',
      cell: (entry) => {
        const name = objectName(entry);
        return (
          <>
            {auditEntityTypeLabel(entry.entityType)}
            {name && <span className="audit-object-name">{name}</span>}
            <span className="audit-object-id">
              <span className="visually-hidden">Id: </span>
              {entry.entityId}
            </span>
          </>
        );
      },
    },
    { key: 'action', header: 'Händelse', cell: (entry) => auditActionLabels[entry.action] },
    { key: 'change', header: 'Ändring', cell: (entry) => <Changes entry={entry} names={names} /> },
  ];
  return (
    <DataTable
      caption="Ändringar, nyast först"
      captionHidden
      columns={columns}
      rows={entries}
      rowKey={(entry) => entry.id}
      empty={empty}
      className="audit-table"
    />
  );
}
