import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { EconomyApi } from '../../api/economy-api.ts';
import type { YearScope } from '../../api/plan-api.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useMe } from '../auth/index.ts';

export function useEconomy(committeeId: string, year: number) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  return useQuery({
    queryKey: queryKeys.economy(municipalityId, committeeId, year),
    queryFn: () => api.economy.getEconomy({ municipalityId, committeeId, year }),
  });
}

/** Reads the economy again, e.g. after a save, since sums and deviations are computed by the server. */
export function useRefreshEconomy(committeeId: string, year: number) {
  const queryClient = useQueryClient();
  const municipalityId = useMe().user.municipalityId;
  return () =>
    queryClient.invalidateQueries({ queryKey: queryKeys.economy(municipalityId, committeeId, year) });
}

/** One write to the committee's economy; the economy is read again afterwards. */
export function useEconomyWrite<TBody, TResult>(
  committeeId: string,
  year: number,
  write: (api: EconomyApi, scope: YearScope, body: TBody) => Promise<TResult>,
) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  const refresh = useRefreshEconomy(committeeId, year);
  return useMutation({
    mutationFn: (body: TBody) => write(api.economy, { municipalityId, committeeId, year }, body),
    onSuccess: () => refresh(),
  });
}
