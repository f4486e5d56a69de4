import { municipalityParamsSchema } from '@styr/shared/contracts/common';
import { municipalityFileSchema } from '@styr/shared/contracts/municipality-file';
import {
  settingsImportQuerySchema,
  settingsImportResultSchema,
  settingsWriteSchema,
} from '@styr/shared/contracts/org';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { actorOf } from '../../http/actor.ts';
import { exportMunicipalitySettings, settingsVersion } from './export-settings.service.ts';
import { importMunicipalitySettings } from './import-settings.service.ts';

const tags = ['Kommunens inställningar'];
const manage = { kind: 'municipality', permission: 'org.manage' } as const;

/** The municipality's settings as its open file, read and written by whoever manages the whole municipality. */
export const settingsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/municipalities/:municipalityId/settings',
      {
        config: { access: manage },
        schema: {
          tags,
          summary: 'Kommunens inställningar som en fil i formatet styr/municipality',
          params: municipalityParamsSchema,
          response: { 200: z.object({ version: z.string(), file: municipalityFileSchema }) },
        },
      },
      async (request) => {
        const file = await exportMunicipalitySettings(deps, request.params.municipalityId);
        return { version: settingsVersion(file), file };
      },
    );

    app.put(
      '/municipalities/:municipalityId/settings',
      {
        // A municipality's templates make the file the size of a few documents; more is not a settings file.
        bodyLimit: 2 * 1024 * 1024,
        config: { access: manage },
        schema: {
          tags,
          summary:
            'Ersätt kommunens inställningar med filens (allt eller inget); dryRun visar vad som ändras',
          description:
            'Kroppen är en fil i formatet styr/municipality för just denna kommun; fel redovisas med JSON-sökväg.',
          params: municipalityParamsSchema,
          querystring: settingsImportQuerySchema,
          body: settingsWriteSchema,
          response: { 200: settingsImportResultSchema },
        },
      },
      (request) =>
        importMunicipalitySettings(deps, 'filen', request.body.file, {
          actor: actorOf(request),
          into: request.params.municipalityId,
          dryRun: request.query.dryRun,
          basedOn: request.body.version,
        }),
    );
  };
