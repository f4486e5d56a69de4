import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import type { Settings } from '../../api/settings-api.ts';

export function useSettings(municipalityId: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.settings(municipalityId),
    queryFn: () => api.settings.getSettings(municipalityId),
  });
}

/** A whole settings file and the version it was read at: what every write of the settings sends. */
export interface SettingsWrite {
  version: string;
  file: unknown;
}

/** Writes of the whole settings file against the version it was read at. */
export function useSettingsWrite(municipalityId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const key = queryKeys.settings(municipalityId);
  return {
    /** A dry run: what the write would change, with nothing written. */
    check: (body: SettingsWrite) => api.settings.putSettings(municipalityId, body, true),
    /** Writes the file all or nothing, and reads the settings back as stored, with their new version. */
    async store(body: SettingsWrite) {
      await api.settings.putSettings(municipalityId, body, false);
      // Settings hold for every committee: names, follow-ups and scales show on almost every page.
      void queryClient.invalidateQueries();
      return queryClient.fetchQuery({
        queryKey: key,
        queryFn: () => api.settings.getSettings(municipalityId),
      });
    },
    /** Reads the settings again, e.g. after someone else saved them. */
    reload: () => queryClient.invalidateQueries({ queryKey: key }),
    /** Shows settings read elsewhere (those a version conflict answered with) on the whole page. */
    follow: (settings: Settings) => queryClient.setQueryData(key, settings),
  };
}
