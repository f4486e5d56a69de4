import { effectivePermissions } from '@styr/shared/domain/access';
import { Link, Navigate } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { readableCommittees, useMunicipalityPermissions } from '../access/index.ts';
import { useMe } from '../auth/index.ts';
import { committeeOrgPath, committeePath, currentYear, useOrgTree } from '../org/index.ts';

/** Sends the person to the first committee they can read this year. */
export function HomePage() {
  const me = useMe();
  const year = currentYear();
  const tree = useOrgTree(year);
  const permissions = useMunicipalityPermissions();

  if (tree.isPending) {
    return (
      <>
        <PageHeader title="Startsida" />
        <Loading />
      </>
    );
  }
  if (tree.isError || !tree.index) {
    return (
      <>
        <PageHeader title="Startsida" />
        <QueryError error={tree.error} onRetry={() => tree.refetch()} />
      </>
    );
  }

  const first = readableCommittees(tree.index, me.grants, year)[0];
  if (first) {
    // Someone who may see the organisation but not the plan (e.g. a committee member) starts where they can read.
    const canReadPlan = effectivePermissions(me.grants, [first.id]).has('content.read');
    const to = canReadPlan ? committeePath(first.id, year) : committeeOrgPath(first.id, year);
    return <Navigate to={to} replace />;
  }

  return (
    <>
      <PageHeader title={`Välkommen, ${me.user.displayName}`} />
      {permissions.has('org.manage') ? (
        <>
          <p>
            Det finns ingen nämnd registrerad för {year} i {me.municipality.name} ännu.
          </p>
          <p>
            <Link to="/admin/organisation">Lägg upp organisationen</Link>
          </p>
        </>
      ) : (
        <>
          <p>Ditt konto har inga behörigheter ännu, så det finns ingen nämnd att visa.</p>
          <p>
            Be en administratör i {me.municipality.name} att ge dig behörighet till den nämnd du arbetar med.
          </p>
        </>
      )}
    </>
  );
}
