import { createContext, useContext } from 'react';
import { useMatch } from 'react-router';
import { parseYear } from '../org/index.ts';

/** Which of the committee's pages the URL names, so that choosing another year can keep the person's place. */
export type CommitteePlace =
  | { page: 'overview' }
  | { page: 'organisation' }
  | { page: 'node'; nodeId: string }
  | { page: 'indicator'; indicatorId: string }
  | { page: 'follow-up'; followUp: string }
  | { page: 'plan' };

export interface Selection {
  /** null until the person has chosen a committee or one has been picked for them. */
  committeeId: string | null;
  year: number;
  nodeId: string | null;
  /** null outside the committee's pages, e.g. in administration. */
  place: CommitteePlace | null;
}

/** The committee, year and node named by the URL, when it names them. */
export function useRouteSelection() {
  const committeeMatch = useMatch('/namnd/:committeeId/:year/*');
  const nodeMatch = useMatch('/namnd/:committeeId/:year/org/:nodeId');
  const indicatorMatch = useMatch('/namnd/:committeeId/:year/indikatorer/:indicatorId');
  const organisationMatch = useMatch('/namnd/:committeeId/:year/organisation');
  const followUpMatch = useMatch('/namnd/:committeeId/:year/uppfoljning/:followUp');
  const planMatch = useMatch('/namnd/:committeeId/:year/plan');
  const params = committeeMatch?.params;
  let place: CommitteePlace | null = null;
  if (nodeMatch?.params.nodeId) place = { page: 'node', nodeId: nodeMatch.params.nodeId };
  else if (indicatorMatch?.params.indicatorId)
    place = { page: 'indicator', indicatorId: indicatorMatch.params.indicatorId };
  else if (organisationMatch) place = { page: 'organisation' };
  else if (followUpMatch?.params.followUp)
    place = { page: 'follow-up', followUp: followUpMatch.params.followUp };
  else if (planMatch) place = { page: 'plan' };
  else if (params && !params['*']) place = { page: 'overview' };
  return {
    committeeId: params?.committeeId ?? null,
    year: parseYear(params?.year),
    nodeId: nodeMatch?.params.nodeId ?? null,
    place,
  };
}

export const SelectionContext = createContext<Selection | null>(null);

/** The committee and year the left column shows; kept while the person visits administration pages. */
export function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error('useSelection is only available inside AppShell');
  return selection;
}
