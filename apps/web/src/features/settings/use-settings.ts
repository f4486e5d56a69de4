import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';

export function useSettings(municipalityId: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.settings(municipalityId),
    queryFn: () => api.settings.getSettings(municipalityId),
  });
}

/** Writes a whole settings file against the version it was read at; a dry run only tells what would change. */
export function usePutSettings(municipalityId: string, version: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: unknown; dryRun: boolean }) =>
      api.settings.putSettings(municipalityId, { version, file }, dryRun),
    onSuccess: (_result, { dryRun }) => {
      // Settings hold for every committee: names, follow-ups and scales show on almost every page.
      if (!dryRun) void queryClient.invalidateQueries();
    },
  });
}
