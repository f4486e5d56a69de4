import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionPlansApi } from '../../api/action-plans-api.ts';
import { useApi } from '../../api/api-context.tsx';
import type { YearScope } from '../../api/plan-api.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { documentName, useUpdateYearCache } from '../plan/index.ts';

export function useActionPlans(scope: YearScope) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.actionPlans(scope.municipalityId, scope.committeeId, scope.year),
    queryFn: () => api.actionPlans.list(scope),
  });
}

/** One write to the year's plans; afterwards they are read again, with their new versions and sums. */
export function useActionPlanWrite<TBody, TResult>(
  scope: YearScope,
  write: (api: ActionPlansApi, scope: YearScope, body: TBody) => Promise<TResult>,
) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => write(api.actionPlans, scope, body),
    onSettled: () =>
      queryClient.invalidateQueries({
        queryKey: queryKeys.actionPlans(scope.municipalityId, scope.committeeId, scope.year),
      }),
  });
}

/** What a form says when its document (the plan, a follow-up) was adopted meanwhile, and the year read again. */
export function useFrozenDocument(view: CommitteeYearView, document: string) {
  const refreshYear = useUpdateYearCache(view.committee.id, view.year);
  return {
    documentName: documentName(document, view.followUpPoints, view.year),
    onRefresh: () => refreshYear(null),
  };
}
