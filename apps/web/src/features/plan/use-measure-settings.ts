import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import { useMe } from '../auth/index.ts';

/** The municipality's units for measures, read only where a measure can be written (`enabled`). */
export function useIndicatorUnits(enabled = true) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  return useQuery({
    queryKey: queryKeys.indicatorUnits(municipalityId),
    queryFn: () => api.plan.getIndicatorUnits(municipalityId),
    enabled,
  });
}

/** The municipality's key figures a measure may follow. */
export function useKeyFigureDefinitions() {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  return useQuery({
    queryKey: queryKeys.keyFigureDefinitions(municipalityId),
    queryFn: () => api.plan.getKeyFigureDefinitions(municipalityId),
  });
}
