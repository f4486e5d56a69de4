import type { YearPage } from '@styr/shared/domain/committee-reading';
import { NavLink } from 'react-router';
import { useYearPages } from '../access/index.ts';
import {
  actionPlansPath,
  committeeDocumentsPath,
  committeeOrgPath,
  committeePath,
  economyPath,
  risksPath,
} from '../org/index.ts';

/** Each page of the committee's year: its tab name and address. */
export const yearPageLinks: Record<
  YearPage,
  { label: string; path: (committeeId: string, year: number) => string }
> = {
  overview: { label: 'Översikt', path: committeePath },
  economy: { label: 'Ekonomi och nyckeltal', path: economyPath },
  organisation: { label: 'Nämndens organisation', path: committeeOrgPath },
  risks: { label: 'Risker och intern kontroll', path: risksPath },
  actionPlans: { label: 'Handlingsplaner', path: actionPlansPath },
  documents: { label: 'Dokument', path: committeeDocumentsPath },
};

/**
 * The committee's own pages for the year that the person can use, under the page heading; the current one is
 * marked for screen readers too.
 */
export function CommitteeNav({ committeeId, year }: { committeeId: string; year: number }) {
  return (
    <nav aria-label="Nämndens sidor" className="page-tabs">
      <YearPageLinks committeeId={committeeId} year={year} pages={useYearPages(committeeId)} />
    </nav>
  );
}

/** Links to the given pages of the committee's year, by their tab names. */
export function YearPageLinks({
  committeeId,
  year,
  pages,
  className,
}: {
  committeeId: string;
  year: number;
  pages: readonly YearPage[];
  className?: string;
}) {
  return (
    <ul className={className}>
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
