import { NavLink } from 'react-router';
import { followUpPath, planEditorPath } from '../org/index.ts';
import { isEmptyYear, useCommitteeYear, usePlanAccess } from '../plan/index.ts';

/** For those who write the plan or report in the follow-ups: straight to the year's plan and each follow-up. */
export function CommitteeEditLinks({ committeeId, year }: { committeeId: string; year: number }) {
  const access = usePlanAccess(committeeId);
  const mayEdit = access.canRead && (access.canEdit || access.editedUnits.length > 0);
  // The same query as the overview's, so it is usually answered from the cache.
  const view = useCommitteeYear(committeeId, year, mayEdit);
  if (!mayEdit || !view.data || isEmptyYear(view.data)) return null;
  const points = [...view.data.followUpPoints].sort((a, b) => a.month - b.month);
  return (
    <>
      <h3 className="sidebar-subheading" id="edit-links-heading">
        Skriva och följa upp
      </h3>
      <ul className="sidebar-links" aria-labelledby="edit-links-heading">
        {access.canEdit && (
          <li>
            <NavLink to={planEditorPath(committeeId, year)} end>
              Verksamhetsplan {year}
            </NavLink>
          </li>
        )}
        {points.map((point) => (
          <li key={point.key}>
            <NavLink to={followUpPath(committeeId, year, point.key)} end>
              {point.name} {year}
            </NavLink>
          </li>
        ))}
      </ul>
    </>
  );
}
