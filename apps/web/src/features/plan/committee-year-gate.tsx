import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { rolePermissions } from '@styr/shared/domain/access';
import { isValidInYear } from '@styr/shared/domain/org';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { MissingPage, NoAccessPage, PageLoadError, PageLoading } from '../../components/query-state.tsx';
import { usePermissions } from '../access/index.ts';
import { useMe } from '../auth/index.ts';
import { CommitteeNotInYear, committeeOrgPath, parseYear, useOrgTree } from '../org/index.ts';
import { FrozenYearBanner } from './frozen-year-banner.tsx';
import { useCommitteeYear } from './use-committee-year.ts';

/**
 * Reads the committee's year named by the URL and renders the page once it is there, under the banner of what
 * the committee has adopted in it; until then, and when it cannot be read, the page says why with its own heading.
 */
export function CommitteeYearGate({
  title,
  forUnitEditors = false,
  children,
}: {
  /** The heading while loading or when loading fails. */
  title: string;
  /** Asks the server also when the person may only edit below the committee (a rapportör on a unit). */
  forUnitEditors?: boolean;
  children: (view: CommitteeYearView) => ReactNode;
}) {
  const params = useParams();
  const year = parseYear(params.year);
  const committeeId = params.committeeId ?? '';
  const { grants } = useMe();
  const unitEditor =
    forUnitEditors &&
    grants.some((grant) => grant.nodeId && rolePermissions[grant.role].includes('content.edit'));
  const canRead = usePermissions([committeeId]).has('content.read') || unitEditor;
  const view = useCommitteeYear(committeeId, year ?? 0, canRead && year !== null);
  const allYears = useOrgTree();

  if (year === null) return <MissingPage message="Året i adressen är inte ett giltigt år." />;
  const committee = allYears.index?.byId.get(committeeId);
  // Asking would only give 403; the organisation may still be open to the person (e.g. a committee member).
  if (!canRead) {
    return (
      <>
        <NoAccessPage message="Ditt konto har inte behörighet att läsa nämndens plan och uppföljning. Kontakta en administratör om du behöver den." />
        {committee?.kind === 'committee' && (
          <p>
            <Link to={committeeOrgPath(committeeId, year)}>Se nämndens organisation {year}</Link>
          </p>
        )}
      </>
    );
  }
  if (view.isError) return <PageLoadError title={title} error={view.error} onRetry={() => view.refetch()} />;
  if (view.isPending || allYears.isPending) return <PageLoading title={title} />;
  if (committee?.kind === 'committee' && !isValidInYear(committee, year)) {
    return <CommitteeNotInYear committee={committee} year={year} />;
  }
  return (
    <>
      <FrozenYearBanner view={view.data} />
      {children(view.data)}
    </>
  );
}
