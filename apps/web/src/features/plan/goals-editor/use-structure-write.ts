import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context.tsx';
import type { YearScope } from '../../../api/plan-api.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import type { StyrApi } from '../../../api/styr-api.ts';
import { useMe } from '../../auth/index.ts';

/** The committee's year a structure edit writes, and the year read again afterwards. */
export interface StructureTarget {
  committeeId: string;
  year: number;
}

/**
 * One write to the plan's structure. The year is read again afterwards, whether it succeeded or not, so the
 * next write is based on the versions stored; the write counts as done (and is announced) once the page
 * shows its result.
 */
export function useStructureWrite<TBody, TResult>(
  target: StructureTarget,
  write: (api: StyrApi, scope: YearScope, body: TBody) => Promise<TResult>,
) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => write(api, { municipalityId, ...target }, body),
    onSettled: () =>
      queryClient.invalidateQueries({
        queryKey: queryKeys.committeeYear(municipalityId, target.committeeId, target.year),
      }),
  });
}
