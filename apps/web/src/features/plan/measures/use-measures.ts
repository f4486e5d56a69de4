import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context.tsx';
import type { YearScope } from '../../../api/plan-api.ts';
import type { PlanMeasuresApi } from '../../../api/plan-measures-api.ts';
import { useMe } from '../../auth/index.ts';
import { useUpdateYearCache } from '../use-plan-write.ts';

/** The committee's year a measure or assignment change is written to. */
export function useYearScope(view: CommitteeYearView): YearScope {
  const municipalityId = useMe().user.municipalityId;
  return { municipalityId, committeeId: view.committee.id, year: view.year };
}

/** One write of the plan's measures or assignments; the year is read again after it, whatever the outcome. */
export function useMeasureWrite<TBody, TResult>(
  view: CommitteeYearView,
  write: (api: PlanMeasuresApi, scope: YearScope, body: TBody) => Promise<TResult>,
) {
  const api = useApi();
  const scope = useYearScope(view);
  const refresh = useUpdateYearCache(view.committee.id, view.year);
  return useMutation({
    mutationFn: (body: TBody) => write(api.planMeasures, scope, body),
    onSettled: () => refresh(null),
  });
}
