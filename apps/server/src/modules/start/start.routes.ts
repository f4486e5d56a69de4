import { municipalityParamsSchema } from '@styr/shared/contracts/common';
import { myStartSchema } from '@styr/shared/contracts/start';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { requireSession } from '../../http/access.ts';
import { readMyStart } from './start.service.ts';

export const startRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/municipalities/:municipalityId/my-start',
      {
        // Each committee is listed by the person's own grants on it, so any signed-in member of the municipality may ask.
        config: { access: { kind: 'municipality' } },
        schema: {
          tags: ['Startsida'],
          summary:
            'Min startsida: nämnderna jag läser, deras planer och uppföljningar per år, och vad som väntar på granskning',
          params: municipalityParamsSchema,
          response: { 200: myStartSchema },
        },
      },
      (request) => readMyStart(deps, requireSession(request)),
    );
  };
