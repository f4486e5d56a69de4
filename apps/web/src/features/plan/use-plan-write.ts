import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { PlanApi, YearScope } from '../../api/plan-api.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useMe } from '../auth/index.ts';
import type { ViewUpdate } from './plan-cache.ts';

/** Puts a stored object into the cached year and refreshes it, e.g. what another person saved in between. */
export function useUpdateYearCache(committeeId: string, year: number) {
  const queryClient = useQueryClient();
  const municipalityId = useMe().user.municipalityId;
  const key = queryKeys.committeeYear(municipalityId, committeeId, year);
  return (update: ViewUpdate | null) => {
    if (update) queryClient.setQueryData<CommitteeYearView>(key, (view) => view && update(view));
    void queryClient.invalidateQueries({ queryKey: key });
  };
}

/**
 * One write to the committee's year. The saved object goes into the cache at once, so that a second save is
 * based on the version just written, and the year is read again for what the server derives (e.g. statuses).
 */
export function usePlanWrite<TBody, TResult>(
  committeeId: string,
  year: number,
  write: (api: PlanApi, scope: YearScope, body: TBody) => Promise<TResult>,
  update: (result: TResult) => ViewUpdate,
) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  const updateCache = useUpdateYearCache(committeeId, year);
  return useMutation({
    mutationFn: (body: TBody) => write(api.plan, { municipalityId, committeeId, year }, body),
    onSuccess: (result) => updateCache(update(result)),
  });
}
