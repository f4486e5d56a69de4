import { municipalityParamsSchema } from '@styr/shared/contracts/common';
import { municipalityLogoSchema, setLogoSchema } from '@styr/shared/contracts/document-frame';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { actorOf } from '../../http/actor.ts';
import { getLogo, setLogo } from './logo.service.ts';

const tags = ['Dokument'];

/** The municipality's logo, which a template's title page may print. */
export const logoRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/municipalities/:municipalityId/logo',
      {
        config: { access: { kind: 'municipality' } },
        schema: {
          tags,
          summary:
            'Kommunens logotyp (PNG i base64) med dess alternativtext; null när kommunen saknar logotyp',
          params: municipalityParamsSchema,
          response: { 200: municipalityLogoSchema.nullable() },
        },
      },
      (request) => getLogo(deps.db, request.params.municipalityId),
    );

    app.put(
      '/municipalities/:municipalityId/logo',
      {
        // The image in base64 (at most 512 kB as an image) with room for the rest of the body.
        bodyLimit: 720 * 1024,
        config: { access: { kind: 'municipality', permission: 'org.manage' } },
        schema: {
          tags,
          summary: 'Ladda upp eller byt kommunens logotyp: en PNG-bild på högst 512 kB med alternativtext',
          params: municipalityParamsSchema,
          body: setLogoSchema,
          response: { 200: municipalityLogoSchema },
        },
      },
      (request) => setLogo(deps, actorOf(request), request.params.municipalityId, request.body),
    );
  };
