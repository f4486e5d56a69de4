import { historySchema } from '@styr/shared/contracts/audit';
import { municipalityParamsSchema } from '@styr/shared/contracts/common';
import {
  createOrgNodeSchema,
  municipalitySchema,
  orgNodeParamsSchema,
  orgNodeSchema,
  orgTreeQuerySchema,
  orgTreeSchema,
  updateMunicipalitySchema,
  updateOrgNodeSchema,
} from '@styr/shared/contracts/org';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { nodeFromParams, requireSession } from '../../http/access.ts';
import { actorOf } from '../../http/actor.ts';
import { readHistory } from '../audit/index.ts';
import {
  createOrgNode,
  getMunicipality,
  getOrgNode,
  getOrgTree,
  updateMunicipality,
  updateOrgNode,
} from './org.service.ts';

const tags = ['Organisation'];

export const orgRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/municipalities/:municipalityId',
      {
        config: { access: { kind: 'municipality' } },
        schema: {
          tags,
          summary: 'Kommunen',
          params: municipalityParamsSchema,
          response: { 200: municipalitySchema },
        },
      },
      (request) => getMunicipality(deps, request.params.municipalityId),
    );

    app.patch(
      '/municipalities/:municipalityId',
      {
        config: { access: { kind: 'municipality', permission: 'org.manage' } },
        schema: {
          tags,
          summary: 'Ändra kommunens uppgifter',
          params: municipalityParamsSchema,
          body: updateMunicipalitySchema,
          response: { 200: municipalitySchema },
        },
      },
      (request) => updateMunicipality(deps, actorOf(request), request.body),
    );

    app.get(
      '/municipalities/:municipalityId/org-tree',
      {
        config: { access: { kind: 'municipality' } },
        schema: {
          tags,
          summary: 'Organisationsträdet som användaren får läsa',
          params: municipalityParamsSchema,
          querystring: orgTreeQuerySchema,
          response: { 200: orgTreeSchema },
        },
      },
      (request) => getOrgTree(deps, requireSession(request), request.query.year),
    );

    app.get(
      '/municipalities/:municipalityId/org-nodes/:nodeId',
      {
        config: { access: { kind: 'node', permission: 'org.read', nodeOf: nodeFromParams } },
        schema: {
          tags,
          summary: 'En organisationsenhet',
          params: orgNodeParamsSchema,
          response: { 200: orgNodeSchema },
        },
      },
      (request) => getOrgNode(deps, request.params.municipalityId, request.params.nodeId),
    );

    app.post(
      '/municipalities/:municipalityId/org-nodes',
      {
        config: {
          access: {
            kind: 'node',
            permission: 'org.manage',
            nodeOf: (request) => (request.body as { parentId: string | null }).parentId,
          },
        },
        schema: {
          tags,
          summary: 'Skapa en organisationsenhet',
          params: municipalityParamsSchema,
          body: createOrgNodeSchema,
          response: { 201: orgNodeSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createOrgNode(deps, actorOf(request), request.body)),
    );

    app.patch(
      '/municipalities/:municipalityId/org-nodes/:nodeId',
      {
        config: { access: { kind: 'node', permission: 'org.manage', nodeOf: nodeFromParams } },
        schema: {
          tags,
          summary: 'Ändra en organisationsenhet',
          params: orgNodeParamsSchema,
          body: updateOrgNodeSchema,
          response: { 200: orgNodeSchema },
        },
      },
      (request) => updateOrgNode(deps, actorOf(request), request.params.nodeId, request.body),
    );

    app.get(
      '/municipalities/:municipalityId/org-nodes/:nodeId/history',
      {
        config: { access: { kind: 'node', permission: 'audit.read', nodeOf: nodeFromParams } },
        schema: {
          tags,
          summary: 'Ändringshistorik för en organisationsenhet',
          params: orgNodeParamsSchema,
          response: { 200: historySchema },
        },
      },
      async (request) => ({
        entries: await readHistory(deps.db, {
          municipalityId: request.params.municipalityId,
          entityTypes: ['org_node'],
          entityId: request.params.nodeId,
        }),
      }),
    );
  };
