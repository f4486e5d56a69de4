import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The overview's filters as they stand in the address, so that a filtered view can be shared and gone back to. */
export interface OverviewQuery {
  /** A goal area's id, or `noAreaFilter`; empty for every area. */
  area: string;
  goalStatus: string;
  indicatorStatus: string;
  assignmentStatus: string;
  /** An organisation node's id. */
  unit: string;
  text: string;
}

const names: Record<keyof OverviewQuery, string> = {
  area: 'omrade',
  goalStatus: 'malstatus',
  indicatorStatus: 'indikatorstatus',
  assignmentStatus: 'uppdragsstatus',
  unit: 'enhet',
  text: 'sok',
};

const fields = Object.keys(names) as (keyof OverviewQuery)[];

/** Longer search text than this is cut, so the address stays short enough to share. */
export const maxSearchLength = 200;

export function readOverviewQuery(params: URLSearchParams): OverviewQuery {
  const read = (field: keyof OverviewQuery) => params.get(names[field]) ?? '';
  return {
    area: read('area'),
    goalStatus: read('goalStatus'),
    indicatorStatus: read('indicatorStatus'),
    assignmentStatus: read('assignmentStatus'),
    unit: read('unit'),
    text: read('text').slice(0, maxSearchLength),
  };
}

/** The query's non-empty fields, keeping the address's other parameters. */
export function writeOverviewQuery(params: URLSearchParams, query: OverviewQuery): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const field of fields) {
    if (query[field]) next.set(names[field], query[field]);
    else next.delete(names[field]);
  }
  return next;
}

export const emptyOverviewQuery: OverviewQuery = {
  area: '',
  goalStatus: '',
  indicatorStatus: '',
  assignmentStatus: '',
  unit: '',
  text: '',
};

/**
 * The filters from the address and a way to change them. Every choice is a step in the history, so the back
 * button undoes it; a search is one step too, its later letters replacing it rather than adding one each.
 */
export function useOverviewQuery() {
  const [params, setParams] = useSearchParams();
  const query = readOverviewQuery(params);
  const searching = query.text !== '';
  const change = useCallback(
    (changed: Partial<OverviewQuery>) =>
      setParams((current) => writeOverviewQuery(current, { ...readOverviewQuery(current), ...changed }), {
        replace: searching && Object.keys(changed).every((field) => field === 'text'),
        preventScrollReset: true,
      }),
    [setParams, searching],
  );
  const clear = useCallback(
    () =>
      setParams((current) => writeOverviewQuery(current, emptyOverviewQuery), { preventScrollReset: true }),
    [setParams],
  );
  return { query, search: params.toString(), change, clear };
}
