import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { controlPlanDocument } from '@styr/shared/domain/risk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { YearScope } from '../../api/plan-api.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { RiskApi } from '../../api/risk-api.ts';
import { useMe } from '../auth/index.ts';
import { documentName, useUpdateYearCache } from '../plan/index.ts';

export function useRiskScope(committeeId: string, year: number): YearScope {
  const municipalityId = useMe().user.municipalityId;
  return { municipalityId, committeeId, year };
}

export function useRiskOverview(scope: YearScope, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.risks(scope.municipalityId, scope.committeeId, scope.year),
    queryFn: () => api.risks.getOverview(scope),
    enabled,
  });
}

export function useRiskHistory(scope: YearScope, riskId: string, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.riskHistory(scope.municipalityId, scope.committeeId, scope.year, riskId),
    queryFn: () => api.risks.history(scope, riskId),
    enabled,
  });
}

/** One write to the year's risks or control plan; afterwards the registers, matrix and plan are read again. */
export function useRiskWrite<TBody, TResult>(
  scope: YearScope,
  write: (api: RiskApi, scope: YearScope, body: TBody) => Promise<TResult>,
) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => write(api.risks, scope, body),
    onSettled: () =>
      queryClient.invalidateQueries({
        queryKey: queryKeys.risks(scope.municipalityId, scope.committeeId, scope.year),
      }),
  });
}

/**
 * What a risk form says when the control plan was adopted while it was open, which freezes every risk of the
 * year: the plan's name, and reading the year again so that the page shows it adopted.
 */
export function useControlPlanFrozen(view: CommitteeYearView) {
  const refreshYear = useUpdateYearCache(view.committee.id, view.year);
  return {
    documentName: documentName(controlPlanDocument, view.followUpPoints, view.year),
    onRefresh: () => refreshYear(null),
  };
}
