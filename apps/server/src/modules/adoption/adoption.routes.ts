import {
  changeDocumentStatusSchema,
  documentParamsSchema,
  planDocumentSchema,
} from '@styr/shared/contracts/plan';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { actorOf } from '../../http/actor.ts';
import { onCommittee } from '../plan/index.ts';
import { changeDocumentStatus } from './adoption.service.ts';

export const adoptionRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/municipalities/:municipalityId/committees/:committeeId/years/:year/documents/:document/status',
      {
        config: { access: onCommittee('content.compile') },
        schema: {
          tags: ['Plan och uppföljning'],
          summary: 'Ändra status för planen eller en uppföljning (utkast, granskning, fastställd)',
          params: documentParamsSchema,
          body: changeDocumentStatusSchema,
          response: { 200: planDocumentSchema },
        },
      },
      (request) => {
        const { municipalityId, committeeId, year, document } = request.params;
        return changeDocumentStatus(
          deps,
          actorOf(request),
          { municipalityId, committeeId, year },
          document,
          request.body,
        );
      },
    );
  };
