import { createContext, useContext } from 'react';
import { useMatch } from 'react-router';
import { parseYear } from '../org/org-paths.ts';

export interface Selection {
  /** null until the person has chosen a committee or one has been picked for them. */
  committeeId: string | null;
  year: number;
  nodeId: string | null;
}

/** The committee, year and node named by the URL, when it names them. */
export function useRouteSelection() {
  const nodeMatch = useMatch('/namnd/:committeeId/:year/org/:nodeId');
  const committeeMatch = useMatch('/namnd/:committeeId/:year');
  const params = nodeMatch?.params ?? committeeMatch?.params;
  return {
    committeeId: params?.committeeId ?? null,
    year: parseYear(params?.year),
    nodeId: nodeMatch?.params.nodeId ?? null,
  };
}

export const SelectionContext = createContext<Selection | null>(null);

/** The committee and year the left column shows; kept while the person visits administration pages. */
export function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error('useSelection is only available inside AppShell');
  return selection;
}
