import { historySchema } from '@styr/shared/contracts/audit';
import { committeeYearParamsSchema } from '@styr/shared/contracts/plan';
import {
  controlActivitySchema,
  controlParamsSchema,
  controlResultInputSchema,
  controlResultSchema,
  createControlSchema,
  createRiskSchema,
  deleteQuerySchema,
  riskNextYearSchema,
  riskOverviewSchema,
  riskParamsSchema,
  riskSchema,
  riskSelectionSchema,
  updateControlSchema,
  updateRiskSchema,
  versionOnlySchema,
} from '@styr/shared/contracts/risks';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import type { Access } from '../../http/access.ts';
import { actorOf } from '../../http/actor.ts';
import {
  assertHandedOver,
  findDocument,
  onCommittee,
  readCommitteeHandedOver,
  readsWorkInProgress,
} from '../plan/index.ts';
import { createControl, deleteControl, recordControlResult, updateControl } from './controls.service.ts';
import { startNextRiskYear } from './risk-next-year.service.ts';
import { readRiskHistory, readRiskOverview } from './risk-overview.service.ts';
import { currentLevelOf, nominateRisk, selectRisk } from './risk-selection.service.ts';
import { findRisk } from './risks.queries.ts';
import { createRisk, deleteRisk, updateRisk } from './risks.service.ts';

const tags = ['Risker och intern kontroll'];
const base = '/municipalities/:municipalityId/committees/:committeeId/years/:year';
type YearParams = { municipalityId: string; committeeId: string; year: number };
const scopeOf = (params: YearParams) => ({
  municipalityId: params.municipalityId,
  committeeId: params.committeeId,
  year: Number(params.year),
});

/** A unit's reporter keeps the unit's register; a risk not found is checked against the committee (and then 404s). */
const onRiskNode = (level: 'origin' | 'current'): Access => ({
  kind: 'node',
  permission: 'content.edit',
  nodeOf: async (request: FastifyRequest, deps: Deps) => {
    const params = request.params as YearParams & { riskId: string };
    const risk = await findRisk(deps.db, scopeOf(params), params.riskId);
    if (!risk) return params.committeeId;
    return level === 'origin' ? risk.nodeId : currentLevelOf(risk);
  },
});

/** A new risk goes into the register of the node named in the body. */
const onNewRiskNode: Access = {
  kind: 'node',
  permission: 'content.edit',
  nodeOf: (request) => (request.body as { nodeId?: string } | undefined)?.nodeId ?? null,
};

export const riskRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      `${base}/risks`,
      {
        config: { access: readCommitteeHandedOver },
        schema: {
          tags,
          summary:
            'Riskregister, samlad riskbild och internkontrollplan för nämndens år; för ledamöterna när planen är överlämnad',
          params: committeeYearParamsSchema,
          response: { 200: riskOverviewSchema },
        },
      },
      async (request) => {
        const scope = scopeOf(request.params);
        // The risk picture is adopted with the plan; a member reads it once the plan is handed over.
        if (!(await readsWorkInProgress(request, deps))) {
          assertHandedOver((await findDocument(deps.db, scope, 'plan'))?.status);
        }
        return readRiskOverview(deps, scope);
      },
    );

    app.post(
      `${base}/risks`,
      {
        config: { access: onNewRiskNode },
        schema: {
          tags,
          summary: 'Lägg till en risk i en enhets riskregister',
          params: committeeYearParamsSchema,
          body: createRiskSchema,
          response: { 201: riskSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createRisk(deps, actorOf(request), scopeOf(request.params), request.body)),
    );

    app.patch(
      `${base}/risks/:riskId`,
      {
        config: { access: onRiskNode('origin') },
        schema: {
          tags,
          summary: 'Ändra eller bedöm om en risk',
          params: riskParamsSchema,
          body: updateRiskSchema,
          response: { 200: riskSchema },
        },
      },
      (request) =>
        updateRisk(deps, actorOf(request), scopeOf(request.params), request.params.riskId, request.body),
    );

    app.delete(
      `${base}/risks/:riskId`,
      {
        config: { access: onRiskNode('origin') },
        schema: {
          tags,
          summary: 'Ta bort en risk',
          params: riskParamsSchema,
          querystring: deleteQuerySchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteRisk(
          deps,
          actorOf(request),
          scopeOf(request.params),
          request.params.riskId,
          request.query.version,
        );
        return reply.code(204).send(null);
      },
    );

    app.get(
      `${base}/risks/:riskId/history`,
      {
        config: { access: onCommittee('content.read') },
        schema: {
          tags,
          summary: 'En risks historik',
          params: riskParamsSchema,
          response: { 200: historySchema },
        },
      },
      (request) => readRiskHistory(deps, scopeOf(request.params), request.params.riskId),
    );

    app.post(
      `${base}/risks/:riskId/nominate`,
      {
        config: { access: onRiskNode('current') },
        schema: {
          tags,
          summary: 'Nominera en risk till nivån ovanför (enhet → avdelning → förvaltning)',
          params: riskParamsSchema,
          body: versionOnlySchema,
          response: { 200: riskSchema },
        },
      },
      (request) =>
        nominateRisk(
          deps,
          actorOf(request),
          scopeOf(request.params),
          request.params.riskId,
          request.body.version,
        ),
    );

    app.put(
      `${base}/risks/:riskId/selection`,
      {
        config: { access: onCommittee('content.compile') },
        schema: {
          tags,
          summary: 'Välj en risk till, eller ta bort den från, den samlade riskbilden',
          params: riskParamsSchema,
          body: riskSelectionSchema,
          response: { 200: riskSchema },
        },
      },
      (request) =>
        selectRisk(deps, actorOf(request), scopeOf(request.params), request.params.riskId, request.body),
    );

    app.post(
      `${base}/risks/:riskId/controls`,
      {
        config: { access: onCommittee('content.compile') },
        schema: {
          tags,
          summary: 'Lägg till ett kontrollmoment i internkontrollplanen',
          params: riskParamsSchema,
          body: createControlSchema,
          response: { 201: controlActivitySchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await createControl(
              deps,
              actorOf(request),
              scopeOf(request.params),
              request.params.riskId,
              request.body,
            ),
          ),
    );

    app.patch(
      `${base}/controls/:controlId`,
      {
        config: { access: onCommittee('content.compile') },
        schema: {
          tags,
          summary: 'Ändra ett kontrollmoment',
          params: controlParamsSchema,
          body: updateControlSchema,
          response: { 200: controlActivitySchema },
        },
      },
      (request) =>
        updateControl(
          deps,
          actorOf(request),
          scopeOf(request.params),
          request.params.controlId,
          request.body,
        ),
    );

    app.delete(
      `${base}/controls/:controlId`,
      {
        config: { access: onCommittee('content.compile') },
        schema: {
          tags,
          summary: 'Ta bort ett kontrollmoment',
          params: controlParamsSchema,
          querystring: deleteQuerySchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteControl(
          deps,
          actorOf(request),
          scopeOf(request.params),
          request.params.controlId,
          request.query.version,
        );
        return reply.code(204).send(null);
      },
    );

    app.put(
      `${base}/controls/:controlId/result`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Registrera ett kontrollmoments resultat i årsrapporten',
          params: controlParamsSchema,
          body: controlResultInputSchema,
          response: { 200: controlResultSchema },
        },
      },
      (request) =>
        recordControlResult(
          deps,
          actorOf(request),
          scopeOf(request.params),
          request.params.controlId,
          request.body,
        ),
    );

    app.post(
      `${base}/risks/start-next`,
      {
        config: { access: onCommittee('content.compile') },
        schema: {
          tags,
          summary: 'Påbörja nästa års riskregister från årets, med årets bedömning kvar som jämförelse',
          params: committeeYearParamsSchema,
          response: { 200: riskNextYearSchema },
        },
      },
      (request) => startNextRiskYear(deps, actorOf(request), scopeOf(request.params)),
    );
  };
