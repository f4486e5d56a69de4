import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { settingsImportResultSchema } from '@styr/shared/contracts/org';
import { z } from 'zod';
import type { HttpClient } from './http-client.ts';

export interface Settings {
  version: string;
  file: MunicipalityFile;
}

const settingsPath = (municipalityId: string) =>
  `/api/municipalities/${encodeURIComponent(municipalityId)}/settings`;

// Only the lazily loaded settings page reads the file, and its schema draws in most of the shared contracts.
const contracts = () => import('@styr/shared/contracts/municipality-file');

export function createSettingsApi(http: HttpClient) {
  return {
    /** The municipality's settings as its `styr/municipality` file, with the version a write must name. */
    async getSettings(municipalityId: string): Promise<Settings> {
      const { municipalityFileSchema } = await contracts();
      return http.request({
        path: settingsPath(municipalityId),
        schema: z.object({ version: z.string(), file: municipalityFileSchema }),
      });
    },
    /**
     * Replaces the settings with the file's, all or nothing; a dry run writes nothing and tells what would change.
     * The file is whatever the person brought, so the server, not the client, judges it.
     */
    putSettings: (municipalityId: string, body: { version: string; file: unknown }, dryRun: boolean) =>
      http.request({
        method: 'PUT',
        path: `${settingsPath(municipalityId)}?dryRun=${dryRun}`,
        body,
        schema: settingsImportResultSchema,
      }),
  };
}
