import type { User } from '@styr/shared/contracts/users';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { TextField } from '../../components/form-fields.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { useMe } from '../auth/index.ts';
import { useOrgTree } from '../org/index.ts';
import { describeGrant } from './grant-labels.ts';
import { useUsers } from './use-user-queries.ts';
import { UserCreateForm } from './user-create-form.tsx';

export function UsersPage() {
  const me = useMe();
  const users = useUsers();
  const tree = useOrgTree();
  const [filter, setFilter] = useState('');
  const nodeName = (id: string) => tree.index?.nodeName(id);

  const columns: Column<User>[] = [
    {
      key: 'name',
      header: 'Namn',
      cell: (user) => <Link to={`/admin/anvandare/${user.id}`}>{user.displayName}</Link>,
      sortValue: (user) => user.displayName,
    },
    { key: 'email', header: 'E-postadress', cell: (user) => user.email, sortValue: (user) => user.email },
    {
      key: 'active',
      header: 'Aktiv',
      cell: (user) => (user.active ? 'Ja' : 'Nej'),
      sortValue: (user) => (user.active ? 'Ja' : 'Nej'),
    },
    {
      key: 'roles',
      header: 'Roller',
      cell: (user) =>
        user.grants.length === 0 ? (
          <span className="muted">Inga behörigheter</span>
        ) : (
          <ul className="plain-list">
            {user.grants.map((grant) => (
              <li key={grant.id}>{describeGrant(grant, nodeName)}</li>
            ))}
          </ul>
        ),
    },
  ];

  const needle = filter.trim().toLocaleLowerCase('sv');
  const rows = (users.data ?? []).filter(
    (user) =>
      !needle ||
      user.displayName.toLocaleLowerCase('sv').includes(needle) ||
      user.email.toLocaleLowerCase('sv').includes(needle),
  );

  return (
    <>
      <PageHeader title="Användare och behörigheter" kicker={`Administration · ${me.municipality.name}`} />
      <section aria-labelledby="users-heading" className="section">
        <h2 id="users-heading">Användare</h2>
        {users.isPending && <Loading />}
        {users.isError && <QueryError error={users.error} onRetry={() => users.refetch()} />}
        {users.data && (
          <>
            <search className="toolbar">
              <TextField
                label="Sök användare"
                name="filter"
                type="search"
                value={filter}
                onChange={setFilter}
                width="medium"
              />
              <p className="muted" aria-live="polite">
                Visar {rows.length} av {users.data.length}
              </p>
            </search>
            <DataTable
              caption={`Användare i ${me.municipality.name}`}
              captionHidden
              columns={columns}
              rows={rows}
              rowKey={(user) => user.id}
              empty={needle ? 'Ingen användare matchar sökningen.' : 'Det finns inga användare ännu.'}
            />
          </>
        )}
      </section>
      <section aria-labelledby="new-user-heading" className="section">
        <h2 id="new-user-heading">Ny användare</h2>
        <UserCreateForm />
      </section>
    </>
  );
}
