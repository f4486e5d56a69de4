import { type Grant, roleLabels } from '@styr/shared/contracts/auth';
import type { User } from '@styr/shared/contracts/users';
import { formatDateTime } from '@styr/shared/format/date';
import { useState } from 'react';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { ConfirmDialog } from '../../components/dialogs.tsx';
import type { OrgIndex } from '../org/index.ts';
import { describeGrant, grantScope } from './grant-labels.ts';
import { useDeleteGrant } from './use-user-queries.ts';

export function GrantList({
  user,
  index,
  onRemoved,
}: {
  user: User;
  index: OrgIndex;
  onRemoved: (message: string) => void;
}) {
  const remove = useDeleteGrant(user.id);
  const [pending, setPending] = useState<Grant | null>(null);

  const columns: Column<Grant>[] = [
    {
      key: 'role',
      header: 'Roll',
      cell: (grant) => roleLabels[grant.role],
      sortValue: (grant) => roleLabels[grant.role],
    },
    {
      key: 'scope',
      header: 'Gäller',
      cell: (grant) => grantScope(grant.nodeId, index.nodeName),
      sortValue: (grant) => grantScope(grant.nodeId, index.nodeName),
    },
    {
      key: 'createdAt',
      header: 'Given',
      nowrap: true,
      cell: (grant) => formatDateTime(grant.createdAt),
      sortValue: (grant) => grant.createdAt,
    },
    {
      key: 'actions',
      header: 'Åtgärd',
      cell: (grant) => (
        <button
          type="button"
          className="button button-small button-secondary"
          onClick={() => {
            remove.reset();
            setPending(grant);
          }}
        >
          Ta bort<span className="visually-hidden"> {describeGrant(grant, index.nodeName)}</span>
        </button>
      ),
    },
  ];

  return (
    <>
      <DataTable
        caption={`Behörigheter för ${user.displayName}`}
        captionHidden
        columns={columns}
        rows={user.grants}
        rowKey={(grant) => grant.id}
        empty="Användaren har inga behörigheter ännu och ser därför ingenting i Styr."
      />
      <ConfirmDialog
        isOpen={pending !== null}
        onOpenChange={(isOpen) => !isOpen && setPending(null)}
        title="Ta bort behörighet?"
        confirmLabel="Ta bort"
        pendingLabel="Tar bort…"
        isPending={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (!pending) return;
          const text = describeGrant(pending, index.nodeName);
          remove.mutate(pending.id, {
            onSuccess: () => {
              setPending(null);
              onRemoved(`Behörigheten ${text} är borttagen.`);
            },
          });
        }}
      >
        <p>
          {user.displayName} förlorar behörigheten{' '}
          <strong>{pending && describeGrant(pending, index.nodeName)}</strong>.
        </p>
      </ConfirmDialog>
    </>
  );
}
