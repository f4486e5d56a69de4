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

/**
 * The saving of one economy form: the write, after which the economy is read again (sums and deviations are
 * computed by the server); `refresh` for a version taken from a conflict; and `showAdopted` after a refusal
 * because the document is adopted, which reads the adopting year again too, so that the page shows the figures
 * as adopted, without the inputs that can no longer save.
 */
export function useEconomySave<TBody, TResult>(
  committeeId: string,
  year: number,
  write: (api: EconomyApi, scope: YearScope, body: TBody) => Promise<TResult>,
) {
  const api = useApi();
  const queryClient = useQueryClient();
  const municipalityId = useMe().user.municipalityId;
  const refresh = useRefreshEconomy(committeeId, year);
  const mutation = useMutation({
    mutationFn: (body: TBody) => write(api.economy, { municipalityId, committeeId, year }, body),
    onSuccess: () => refresh(),
  });
  return {
    send: mutation.mutateAsync,
    refresh: () => void refresh(),
    showAdopted: (documentYear = year) => {
      void refresh();
      void queryClient.invalidateQueries({
        queryKey: queryKeys.committeeYear(municipalityId, committeeId, documentYear),
      });
    },
  };
}
