import {
  actionPlanDeleteQuerySchema,
  actionPlanFollowUpParamsSchema,
  actionPlanInputSchema,
  actionPlanParamsSchema,
  actionPlanSchema,
  actionPlansSchema,
  setActionFollowUpsSchema,
  updateActionPlanSchema,
} from '@styr/shared/contracts/action-plans';
import { committeeYearParamsSchema } from '@styr/shared/contracts/plan';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { actorOf } from '../../http/actor.ts';
import { onCommittee, readCommittee } from '../plan/index.ts';
import { setActionFollowUps } from './action-follow-ups.service.ts';
import {
  createActionPlan,
  deleteActionPlan,
  readActionPlans,
  updateActionPlan,
} from './action-plans.service.ts';

const tags = ['Handlingsplaner'];
const base = '/municipalities/:municipalityId/committees/:committeeId/years/:year';
const scopeOf = (params: { municipalityId: string; committeeId: string; year: number }) => ({
  municipalityId: params.municipalityId,
  committeeId: params.committeeId,
  year: Number(params.year),
});

export const actionPlanRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      `${base}/action-plans`,
      {
        config: { access: readCommittee },
        schema: {
          tags,
          summary: 'Nämndens handlingsplaner för året, med budget och uppföljning',
          params: committeeYearParamsSchema,
          response: { 200: actionPlansSchema },
        },
      },
      async (request) => ({ actionPlans: await readActionPlans(deps.db, scopeOf(request.params)) }),
    );

    app.post(
      `${base}/action-plans`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Lägg till en handlingsplan',
          params: committeeYearParamsSchema,
          body: actionPlanInputSchema,
          response: { 201: actionPlanSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createActionPlan(deps, actorOf(request), scopeOf(request.params), request.body)),
    );

    app.put(
      `${base}/action-plans/:actionPlanId`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Ändra en handlingsplan',
          params: actionPlanParamsSchema,
          body: updateActionPlanSchema,
          response: { 200: actionPlanSchema },
        },
      },
      (request) =>
        updateActionPlan(
          deps,
          actorOf(request),
          scopeOf(request.params),
          request.params.actionPlanId,
          request.body,
        ),
    );

    app.delete(
      `${base}/action-plans/:actionPlanId`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Ta bort en handlingsplan',
          params: actionPlanParamsSchema,
          querystring: actionPlanDeleteQuerySchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteActionPlan(
          deps,
          actorOf(request),
          scopeOf(request.params),
          request.params.actionPlanId,
          request.query.version,
        );
        return reply.code(204).send(null);
      },
    );

    app.put(
      `${base}/action-plans/:actionPlanId/follow-ups/:followUp`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Följ upp handlingsplanens insatser i en uppföljning',
          params: actionPlanFollowUpParamsSchema,
          body: setActionFollowUpsSchema,
          response: { 200: actionPlanSchema },
        },
      },
      (request) =>
        setActionFollowUps(
          deps,
          actorOf(request),
          scopeOf(request.params),
          request.params.actionPlanId,
          request.params.followUp,
          request.body,
        ),
    );
  };
