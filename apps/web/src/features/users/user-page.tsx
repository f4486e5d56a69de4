import type { User } from '@styr/shared/contracts/users';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { StatusMessage } from '../../components/alerts.tsx';
import { HistorySection } from '../../components/history-list.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { MissingPage, PageLoadError, PageLoading } from '../../components/query-state.tsx';
import { type OrgIndex, useOrgTree } from '../org/index.ts';
import { GrantCreateForm } from './grant-create-form.tsx';
import { GrantList } from './grant-list.tsx';
import { useUser, useUserHistory } from './use-user-queries.ts';
import { UserEditForm } from './user-edit-form.tsx';

export function UserPage() {
  const { userId = '' } = useParams();
  const user = useUser(userId);
  const tree = useOrgTree();

  if (user.isError) {
    // A malformed id in the address is refused as invalid rather than unknown; either way there is no such person.
    if (isApiError(user.error, 'NOT_FOUND') || isApiError(user.error, 'VALIDATION'))
      return <MissingPage message="Användaren finns inte. Den kan ha fel adress." />;
    return <PageLoadError title="Användare" error={user.error} onRetry={() => user.refetch()} />;
  }
  if (tree.isError)
    return <PageLoadError title="Användare" error={tree.error} onRetry={() => tree.refetch()} />;
  if (!user.data || !tree.index) {
    return <PageLoading title="Användare" />;
  }
  return <UserContent user={user.data} index={tree.index} />;
}

function UserContent({ user, index }: { user: User; index: OrgIndex }) {
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const history = useUserHistory(user.id);
  const [message, setMessage] = useState<string | null>(
    created ? 'Användaren är skapad. Ge den behörighet nedan.' : null,
  );

  return (
    <>
      <nav aria-label="Du är här" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/admin/anvandare">Användare och behörigheter</Link>
          </li>
          <li>
            <span aria-current="page">{user.displayName}</span>
          </li>
        </ol>
      </nav>
      <PageHeader title={user.displayName} kicker="Användare">
        <p className="page-lead">
          {user.email} · {user.active ? 'Aktiv' : 'Inaktiv – kan inte logga in'}
        </p>
      </PageHeader>
      <StatusMessage>{message}</StatusMessage>
      <section aria-labelledby="grants-heading" className="section">
        <h2 id="grants-heading">Behörigheter</h2>
        <GrantList user={user} index={index} onRemoved={(text) => setMessage(text)} />
        <h3>Ge behörighet</h3>
        <GrantCreateForm user={user} index={index} />
      </section>
      <section aria-labelledby="edit-heading" className="section">
        <h2 id="edit-heading">Ändra uppgifter</h2>
        <UserEditForm key={user.id} user={user} />
      </section>
      <HistorySection history={history} names={index} />
    </>
  );
}
