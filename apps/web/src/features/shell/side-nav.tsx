import { isValidInYear } from '@styr/shared/domain/org';
import { NavLink } from 'react-router';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { readableCommittees, useMunicipalityPermissions, useYearPages } from '../access/index.ts';
import { auditLogPath, useMayReadAuditLog } from '../audit/index.ts';
import { useMe } from '../auth/index.ts';
import { useOrgTree } from '../org/index.ts';
import { CommitteeEditLinks } from './committee-edit-links.tsx';
import { yearPageLinks } from './committee-nav.tsx';
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
        <nav aria-labelledby="review-heading" className="sidebar-section">
          <h2 className="sidebar-heading" id="review-heading">
            Granskning
          </h2>
          <ul className="sidebar-links">
            <li>
              <NavLink to={auditLogPath}>Ändringslogg</NavLink>
            </li>
          </ul>
        </nav>
      )}
      {showAdmin && (
        <nav aria-labelledby="admin-heading" className="sidebar-section">
          <h2 className="sidebar-heading" id="admin-heading">
            Administration
          </h2>
          <ul className="sidebar-links">
            {permissions.has('users.manage') && (
              <li>
                <NavLink to="/admin/anvandare">Användare och behörigheter</NavLink>
              </li>
            )}
            {permissions.has('org.manage') && (
              <li>
                <NavLink to="/admin/organisation">Organisation</NavLink>
              </li>
            )}
            {permissions.has('org.manage') && (
              <li>
                <NavLink to="/admin/dokumentmallar">Dokumentmallar</NavLink>
              </li>
            )}
            {permissions.has('org.manage') && (
              <li>
                <NavLink to="/admin/installningar">Kommunens inställningar</NavLink>
              </li>
            )}
          </ul>
        </nav>
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
  return (
    <ul className="sidebar-links">
      {pages.map((page) => (
        <li key={page}>
          <NavLink to={yearPageLinks[page].path(committeeId, year)} end>
            {yearPageLinks[page].label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
