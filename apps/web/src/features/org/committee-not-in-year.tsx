import type { OrgNode } from '@styr/shared/contracts/org';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { yearForNode } from './org-index.ts';
import { committeePath } from './org-paths.ts';

/** For a committee's address with a year it did not exist in: say when it did, and link to the closest year. */
export function CommitteeNotInYear({
  committee,
  year,
  pathFor = (other) => committeePath(committee.id, other),
}: {
  committee: OrgNode;
  year: number;
  /** The same page in another year. */
  pathFor?: (year: number) => string;
}) {
  const other = yearForNode(committee, year);
  return (
    <>
      <PageHeader title={committee.name} kicker={`Nämnd · ${year}`} />
      <p>
        Nämnden fanns inte under {year}. Den är giltig {committee.validFrom} –{' '}
        {committee.validTo ?? 'tills vidare'}.
      </p>
      <p>
        <Link to={pathFor(other)}>
          Visa {committee.name} {other}
        </Link>
      </p>
    </>
  );
}
