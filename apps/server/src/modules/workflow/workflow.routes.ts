import { municipalityParamsSchema, versionSchema } from '@styr/shared/contracts/common';
import { followUpParamsSchema } from '@styr/shared/contracts/plan';
import {
  assignPartSchema,
  contributeSchema,
  followUpPartsSchema,
  type PartKind,
  partParamsSchema,
  partSchema,
  reopenPartSchema,
  reviewPartSchema,
  setDeadlineSchema,
  taskSchema,
} from '@styr/shared/contracts/workflow';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import type { Access } from '../../http/access.ts';
import { requireSession } from '../../http/access.ts';
import { actorOf } from '../../http/actor.ts';
import { findDocument, onCommittee, readCommittee } from '../plan/index.ts';
import { findPart } from './parts.queries.ts';
import { assignPart, contribute, reopenPart, reviewPart } from './parts.service.ts';
import { listParts, myTasks, setDeadline } from './parts-read.service.ts';

const tags = ['Rapportering'];
const base = '/municipalities/:municipalityId/committees/:committeeId/years/:year/follow-ups/:followUp';
type PartParams = z.infer<typeof partParamsSchema>;

/** The unit a part is given to writes its contribution; the check runs on that unit. */
const onPartUnit: Access = {
  kind: 'node',
  permission: 'content.edit',
  nodeOf: async (request, deps) => {
    const params = request.params as PartParams;
    const scope = {
      municipalityId: params.municipalityId,
      committeeId: params.committeeId,
      year: Number(params.year),
    };
    const document = await findDocument(deps.db, scope, params.followUp);
    const part =
      document &&
      (await findPart(deps.db, params.municipalityId, document.id, params.kind as PartKind, params.objectId));
    return part ? part.nodeId : params.committeeId;
  },
};

const scopeOf = (params: { municipalityId: string; committeeId: string; year: number }) => ({
  municipalityId: params.municipalityId,
  committeeId: params.committeeId,
  year: params.year,
});
const targetOf = (params: PartParams) => ({
  followUp: params.followUp,
  kind: params.kind,
  objectId: params.objectId,
});

export const workflowRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      `${base}/parts`,
      {
        config: { access: readCommittee },
        schema: {
          tags,
          summary: 'Vem rapporterar vad i uppföljningen, och hur långt de kommit',
          params: followUpParamsSchema,
          response: { 200: followUpPartsSchema },
        },
      },
      (request) => listParts(deps, scopeOf(request.params), request.params.followUp),
    );

    app.put(
      `${base}/deadline`,
      {
        config: { access: onCommittee('content.compile') },
        schema: {
          tags,
          summary: 'Sista dag för bidrag till uppföljningen',
          params: followUpParamsSchema,
          body: setDeadlineSchema.extend({ version: versionSchema.optional() }),
          response: { 200: followUpPartsSchema },
        },
      },
      (request) =>
        setDeadline(deps, actorOf(request), scopeOf(request.params), request.params.followUp, request.body),
    );

    app.put(
      `${base}/parts/:kind/:objectId`,
      {
        config: { access: onCommittee('content.compile') },
        schema: {
          tags,
          summary: 'Ge en enhet i uppdrag att rapportera om ett mål, uppdrag eller mått',
          params: partParamsSchema,
          body: assignPartSchema,
          response: { 200: partSchema },
        },
      },
      (request) =>
        assignPart(
          deps,
          actorOf(request),
          scopeOf(request.params),
          targetOf(request.params),
          request.body.nodeId,
        ),
    );

    app.put(
      `${base}/parts/:kind/:objectId/contribution`,
      {
        config: { access: onPartUnit },
        schema: {
          tags,
          summary: 'Enhetens bidrag, och om det är klart',
          params: partParamsSchema,
          body: contributeSchema,
          response: { 200: partSchema },
        },
      },
      (request) =>
        contribute(deps, actorOf(request), scopeOf(request.params), targetOf(request.params), request.body),
    );

    app.post(
      `${base}/parts/:kind/:objectId/review`,
      {
        config: { access: onCommittee('content.compile') },
        schema: {
          tags,
          summary: 'Godkänn eller skicka tillbaka ett bidrag',
          params: partParamsSchema,
          body: reviewPartSchema,
          response: { 200: partSchema },
        },
      },
      (request) =>
        reviewPart(deps, actorOf(request), scopeOf(request.params), targetOf(request.params), request.body),
    );

    app.post(
      `${base}/parts/:kind/:objectId/reopen`,
      {
        config: { access: onCommittee('content.compile') },
        schema: {
          tags,
          summary: 'Öppna en godkänd del igen för rättelse, med skäl',
          params: partParamsSchema,
          body: reopenPartSchema,
          response: { 200: partSchema },
        },
      },
      (request) =>
        reopenPart(deps, actorOf(request), scopeOf(request.params), targetOf(request.params), request.body),
    );

    app.get(
      '/municipalities/:municipalityId/my-tasks',
      {
        config: { access: { kind: 'municipality' } },
        schema: {
          tags,
          summary: 'Det jag ska rapportera, med påminnelse när sista dagen närmar sig',
          params: municipalityParamsSchema,
          response: { 200: z.array(taskSchema) },
        },
      },
      (request) => myTasks(deps, requireSession(request)),
    );
  };
