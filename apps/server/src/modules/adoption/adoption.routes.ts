import { adoptionChecklistSchema } from '@styr/shared/contracts/adoption';
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
import { getAdoptionChecklist } from './adoption-checklist.service.ts';

const documentUrl = '/municipalities/:municipalityId/committees/:committeeId/years/:year/documents/:document';

export const adoptionRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      `${documentUrl}/status`,
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

    app.get(
      `${documentUrl}/checklist`,
      {
        config: { access: onCommittee('content.read') },
        schema: {
          tags: ['Plan och uppföljning'],
          summary:
            'Vad som saknas innan planen eller uppföljningen fastställs, och vad dokumentet kommer att innehålla',
          params: documentParamsSchema,
          response: { 200: adoptionChecklistSchema },
        },
      },
      (request) => {
        const { municipalityId, committeeId, year, document } = request.params;
        return getAdoptionChecklist(deps, { municipalityId, committeeId, year }, document);
      },
    );
  };
