import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { type YearPage, yearPages } from '@styr/shared/domain/committee-reading';
import { isValidInYear } from '@styr/shared/domain/org';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { MissingPage, NoAccessPage, PageLoadError, PageLoading } from '../../components/query-state.tsx';
import { useCommitteeReading } from '../access/index.ts';
import { CommitteeNotInYear, committeeOrgPath, parseYear, useOrgTree } from '../org/index.ts';
import { FrozenYearBanner } from './frozen-year-banner.tsx';
import { useCommitteeYear } from './use-committee-year.ts';

/**
 * Reads the committee's year named by the URL and renders the page once it is there, under the banner of what
 * the committee has adopted in it; until then, and when it cannot be read, the page says why with its own heading.
 */
export function CommitteeYearGate({
  title,
  page,
  children,
}: {
  /** The heading while loading or when loading fails. */
  title: string;
  /**
   * The page of the year in the navigation this is, or part of (an indicator is part of the overview); without
   * one, the page is for those who read the committee's work (the editors).
   */
  page?: YearPage;
  children: (view: CommitteeYearView) => ReactNode;
}) {
  const params = useParams();
  const year = parseYear(params.year);
  const committeeId = params.committeeId ?? '';
  const reading = useCommitteeReading(committeeId);
  // The same rule as the navigation's, so that no page it links to is refused.
  const canRead = page ? yearPages(reading).includes(page) : reading === 'work';
  const view = useCommitteeYear(committeeId, year ?? 0, canRead && year !== null);
  const allYears = useOrgTree();

  if (year === null) return <MissingPage message="Året i adressen är inte ett giltigt år." />;
  const committee = allYears.index?.byId.get(committeeId);
  // Asking would only give 403; the organisation may still be open to the person.
  if (!canRead) {
    return (
      <>
        <NoAccessPage message="Sidan är till för dem som skriver och sammanställer nämndens plan och uppföljning. Kontakta en administratör om du behöver den." />
        <p>
          <Link to="/">Till startsidan</Link>
          {committee?.kind === 'committee' && yearPages(reading).includes('organisation') && (
            <>
              {' · '}
              <Link to={committeeOrgPath(committeeId, year)}>Se nämndens organisation {year}</Link>
            </>
          )}
        </p>
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
