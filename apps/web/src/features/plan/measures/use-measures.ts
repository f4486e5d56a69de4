import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import type { YearScope } from '../../../api/plan-api.ts';
import type { PlanMeasuresApi } from '../../../api/plan-measures-api.ts';
import { useMe } from '../../auth/index.ts';
import { useStructureWrite } from '../goals-editor/use-structure-write.ts';

/** The committee's year a measure or assignment change is written to. */
export function useYearScope(view: CommitteeYearView): YearScope {
  const municipalityId = useMe().user.municipalityId;
  return { municipalityId, committeeId: view.committee.id, year: view.year };
}

/**
 * One write of the plan's measures or assignments; as with the plan's structure, the year is read again after
 * it, whatever the outcome, and the write is done once the page shows its result.
 */
export function useMeasureWrite<TBody, TResult>(
  view: CommitteeYearView,
  write: (api: PlanMeasuresApi, scope: YearScope, body: TBody) => Promise<TResult>,
) {
  return useStructureWrite({ committeeId: view.committee.id, year: view.year }, (api, scope, body: TBody) =>
    write(api.planMeasures, scope, body),
  );
}
