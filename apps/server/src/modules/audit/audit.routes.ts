import { auditActorsSchema, auditLogPageSchema, auditLogQuerySchema } from '@styr/shared/contracts/audit';
import { municipalityParamsSchema } from '@styr/shared/contracts/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { requireSession } from '../../http/access.ts';
import { listAuditActors, listAuditLog } from './audit-log.service.ts';

const tags = ['Ändringslogg'];
// Any member may ask; what they get is narrowed to the committees where they hold audit.read (403 with none),
// as the org tree is narrowed to what they may read.
const access = { kind: 'municipality' } as const;

export const auditRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/municipalities/:municipalityId/audit',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Ändringsloggen, nyast först, filtrerad på nämnd, objekt, person och tid',
          params: municipalityParamsSchema,
          querystring: auditLogQuerySchema,
          response: { 200: auditLogPageSchema },
        },
      },
      (request) => listAuditLog(deps, requireSession(request), request.query),
    );

    app.get(
      '/municipalities/:municipalityId/audit-actors',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Personer som har ändrat något i den del av ändringsloggen som användaren får läsa',
          params: municipalityParamsSchema,
          response: { 200: auditActorsSchema },
        },
      },
      (request) => listAuditActors(deps, requireSession(request)),
    );
  };
