import { isValidInYear } from '@styr/shared/domain/org';
import { NavLink } from 'react-router';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { readableCommittees, useMunicipalityPermissions, useYearPages } from '../access/index.ts';
import { auditLogPath, useMayReadAuditLog } from '../audit/index.ts';
import { useMe } from '../auth/index.ts';
import { useOrgTree } from '../org/index.ts';
import { CommitteeEditLinks } from './committee-edit-links.tsx';
import { YearPageLinks } from './committee-nav.tsx';
import { CommitteePicker } from './committee-picker.tsx';
import { OrgNavTree } from './org-nav-tree.tsx';
import { useSelection } from './use-selection.ts';

export function SideNav() {
  const me = useMe();
  const selection = useSelection();
  const permissions = useMunicipalityPermissions();
  const allYears = useOrgTree();
  const committees = allYears.index
    ? allYears.index.roots.filter((entry) => entry.node.kind === 'committee').map((entry) => entry.node)
    : [];
  const fallback = allYears.index
    ? readableCommittees(allYears.index, me.grants, selection.year)[0]
    : undefined;
  const committee = committees.find((node) => node.id === selection.committeeId) ?? fallback;
  const showAdmin = permissions.has('users.manage') || permissions.has('org.manage');
  const showReview = useMayReadAuditLog();

  return (
    <>
      <nav aria-label="Nämnd och organisation" className="sidebar-section">
        <p className="sidebar-municipality">{me.municipality.name}</p>
        {allYears.isPending && <Loading label="Hämtar organisationen…" />}
        {allYears.isError && <QueryError error={allYears.error} onRetry={() => allYears.refetch()} />}
        {allYears.data && (
          <CommitteePicker
            key={`${committee?.id}:${selection.year}`}
            committees={committees}
            committeeId={committee?.id ?? null}
            year={selection.year}
          />
        )}
        {committee && (
          <>
            <h2 className="sidebar-heading">
              {committee.name} {selection.year}
            </h2>
            <SideYearLinks committeeId={committee.id} year={selection.year} />
            {isValidInYear(committee, selection.year) && (
              <CommitteeEditLinks committeeId={committee.id} year={selection.year} />
            )}
            {isValidInYear(committee, selection.year) ? (
              <OrgNavTree committee={committee} year={selection.year} />
            ) : (
              <p className="sidebar-note">Nämnden fanns inte under {selection.year}.</p>
            )}
          </>
        )}
      </nav>
      {showReview && (
        <SidebarLinks
          id="review-heading"
          heading="Granskning"
          links={[{ to: auditLogPath, label: 'Ändringslogg' }]}
        />
      )}
      {showAdmin && (
        <SidebarLinks
          id="admin-heading"
          heading="Administration"
          links={[
            ...(permissions.has('users.manage')
              ? [{ to: '/admin/anvandare', label: 'Användare och behörigheter' }]
              : []),
            ...(permissions.has('org.manage') ? orgAdminLinks : []),
          ]}
        />
      )}
    </>
  );
}

/** The year's main pages in the left column, those the person can use. */
function SideYearLinks({ committeeId, year }: { committeeId: string; year: number }) {
  const pages = useYearPages(committeeId).filter(
    (page) => page === 'overview' || page === 'organisation' || page === 'documents',
  );
  if (pages.length === 0) return null;
  return <YearPageLinks committeeId={committeeId} year={year} pages={pages} className="sidebar-links" />;
}

const orgAdminLinks = [
  { to: '/admin/organisation', label: 'Organisation' },
  { to: '/admin/dokumentmallar', label: 'Dokumentmallar' },
  { to: '/admin/installningar', label: 'Kommunens inställningar' },
];

/** A headed group of links in the left column. */
function SidebarLinks({
  id,
  heading,
  links,
}: {
  id: string;
  heading: string;
  links: readonly { to: string; label: string }[];
}) {
  return (
    <nav aria-labelledby={id} className="sidebar-section">
      <h2 className="sidebar-heading" id={id}>
        {heading}
      </h2>
      <ul className="sidebar-links">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to}>{link.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
