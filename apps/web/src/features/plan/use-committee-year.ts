import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import { useMe } from '../auth/index.ts';

/** The committee's plan and follow-ups for the year; `enabled` false when the person may not read them anyway. */
export function useCommitteeYear(committeeId: string, year: number, enabled = true) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  return useQuery({
    queryKey: queryKeys.committeeYear(municipalityId, committeeId, year),
    queryFn: () => api.plan.getCommitteeYear(municipalityId, committeeId, year),
    enabled,
  });
}
