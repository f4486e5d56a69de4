import { NavLink } from 'react-router';
import {
  actionPlansPath,
  committeeDocumentsPath,
  committeeOrgPath,
  committeePath,
  economyPath,
  risksPath,
} from '../org/index.ts';

/** The committee's own pages for the year, under the page heading; the current one is marked for screen readers too. */
export function CommitteeNav({ committeeId, year }: { committeeId: string; year: number }) {
  return (
    <nav aria-label="Nämndens sidor" className="page-tabs">
      <ul>
        <li>
          <NavLink to={committeePath(committeeId, year)} end>
            Översikt
          </NavLink>
        </li>
        <li>
          <NavLink to={economyPath(committeeId, year)} end>
            Ekonomi och nyckeltal
          </NavLink>
        </li>
        <li>
          <NavLink to={committeeOrgPath(committeeId, year)} end>
            Nämndens organisation
          </NavLink>
        </li>
        <li>
          <NavLink to={risksPath(committeeId, year)} end>
            Risker och intern kontroll
          </NavLink>
        </li>
        <li>
          <NavLink to={actionPlansPath(committeeId, year)} end>
            Handlingsplaner
          </NavLink>
        </li>
        <li>
          <NavLink to={committeeDocumentsPath(committeeId, year)} end>
            Dokument
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
