import { activitySchema, committeeYearParamsSchema, goalParamsSchema } from '@styr/shared/contracts/plan';
import {
  activityInputSchema,
  adaptGoalSchema,
  goalAreaInputSchema,
  goalAreaParamsSchema,
  goalAreaSchema,
  goalInputSchema,
  goalPlaceSchema,
  orderedSchema,
  orderSchema,
  removalSchema,
  removeQuerySchema,
  structureActivityParamsSchema,
  updateActivityPlanSchema,
  updateGoalAreaSchema,
} from '@styr/shared/contracts/plan-structure';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { actorOf } from '../../http/actor.ts';
import {
  createActivity,
  deleteActivity,
  orderActivities,
  updateActivityPlan,
} from './activities-plan.service.ts';
import { onCommittee, readCommittee } from './committee-access.ts';
import {
  createGoalArea,
  deleteGoalArea,
  goalAreaRemoval,
  orderGoalAreas,
  updateGoalArea,
} from './goal-areas.service.ts';
import { adaptGoal, createGoal, deleteGoal, goalRemoval, orderGoals } from './goal-structure.service.ts';

const tags = ['Planens struktur'];
const base = '/municipalities/:municipalityId/committees/:committeeId/years/:year';
const edit = { access: onCommittee('content.edit') };
const noContent = { 204: z.null() };

/** Building the plan in the app: goal areas, goals and activities created, changed, ordered and removed. */
export const planStructureRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const scopeOf = (params: { municipalityId: string; committeeId: string; year: number }) => ({
      municipalityId: params.municipalityId,
      committeeId: params.committeeId,
      year: params.year,
    });

    app.post(
      `${base}/goal-areas`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Lägg till ett målområde sist i planen',
          params: committeeYearParamsSchema,
          body: goalAreaInputSchema,
          response: { 200: goalAreaSchema },
        },
      },
      (request) => createGoalArea(deps, actorOf(request), scopeOf(request.params), request.body),
    );

    app.put(
      `${base}/goal-areas/order`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Ordna årets målområden (alla, i den nya ordningen)',
          params: committeeYearParamsSchema,
          body: orderSchema,
          response: { 200: orderedSchema },
        },
      },
      (request) => orderGoalAreas(deps, actorOf(request), scopeOf(request.params), request.body),
    );

    app.patch(
      `${base}/goal-areas/:goalAreaId`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Ändra ett målområdes namn, beskrivning och ansvariga',
          params: goalAreaParamsSchema,
          body: updateGoalAreaSchema,
          response: { 200: goalAreaSchema },
        },
      },
      (request) =>
        updateGoalArea(
          deps,
          actorOf(request),
          scopeOf(request.params),
          request.params.goalAreaId,
          request.body,
        ),
    );

    app.get(
      `${base}/goal-areas/:goalAreaId/removal`,
      {
        config: { access: readCommittee },
        schema: {
          tags,
          summary: 'Vad som påverkas om målområdet tas bort',
          params: goalAreaParamsSchema,
          response: { 200: removalSchema },
        },
      },
      (request) => goalAreaRemoval(deps.db, scopeOf(request.params), request.params.goalAreaId),
    );

    app.delete(
      `${base}/goal-areas/:goalAreaId`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Ta bort ett målområde; dess mål och uppdrag blir kvar utan målområde',
          params: goalAreaParamsSchema,
          querystring: removeQuerySchema,
          response: noContent,
        },
      },
      async (request, reply) => {
        const { params, query } = request;
        await deleteGoalArea(deps, actorOf(request), scopeOf(params), params.goalAreaId, query.version);
        return reply.code(204).send(null);
      },
    );

    app.post(
      `${base}/goals`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Lägg till ett mål sist i planen',
          params: committeeYearParamsSchema,
          body: goalInputSchema,
          response: { 200: goalPlaceSchema },
        },
      },
      (request) => createGoal(deps, actorOf(request), scopeOf(request.params), request.body),
    );

    app.put(
      `${base}/goals/order`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Ordna årets mål (alla, i den nya ordningen)',
          params: committeeYearParamsSchema,
          body: orderSchema,
          response: { 200: orderedSchema },
        },
      },
      (request) => orderGoals(deps, actorOf(request), scopeOf(request.params), request.body),
    );

    app.post(
      `${base}/goals/:goalId/adaptations`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Anpassa ett mål till ett annat målområde, med målområdets fokus',
          params: goalParamsSchema,
          body: adaptGoalSchema,
          response: { 200: goalPlaceSchema },
        },
      },
      (request) =>
        adaptGoal(deps, actorOf(request), scopeOf(request.params), request.params.goalId, request.body),
    );

    app.get(
      `${base}/goals/:goalId/removal`,
      {
        config: { access: readCommittee },
        schema: {
          tags,
          summary: 'Vad som tas bort med målet: delmål, aktiviteter, bedömningar och kopplingar',
          params: goalParamsSchema,
          response: { 200: removalSchema },
        },
      },
      (request) => goalRemoval(deps.db, scopeOf(request.params), request.params.goalId),
    );

    app.delete(
      `${base}/goals/:goalId`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Ta bort ett mål med delmålen under det och det de innehåller',
          params: goalParamsSchema,
          querystring: removeQuerySchema,
          response: noContent,
        },
      },
      async (request, reply) => {
        const { params, query } = request;
        await deleteGoal(deps, actorOf(request), scopeOf(params), params.goalId, query.version);
        return reply.code(204).send(null);
      },
    );

    app.post(
      `${base}/goals/:goalId/activities`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Lägg till en aktivitet sist under målet',
          params: goalParamsSchema,
          body: activityInputSchema,
          response: { 200: activitySchema },
        },
      },
      (request) =>
        createActivity(deps, actorOf(request), scopeOf(request.params), request.params.goalId, request.body),
    );

    app.put(
      `${base}/goals/:goalId/activities/order`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Ordna målets aktiviteter (alla, i den nya ordningen)',
          params: goalParamsSchema,
          body: orderSchema,
          response: { 200: orderedSchema },
        },
      },
      (request) =>
        orderActivities(deps, actorOf(request), scopeOf(request.params), request.params.goalId, request.body),
    );

    app.patch(
      `${base}/goals/:goalId/activities/:activityId`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Ändra en aktivitets rubrik, ansvariga enhet och slutdatum',
          params: structureActivityParamsSchema,
          body: updateActivityPlanSchema,
          response: { 200: activitySchema },
        },
      },
      (request) =>
        updateActivityPlan(deps, actorOf(request), scopeOf(request.params), request.params, request.body),
    );

    app.delete(
      `${base}/goals/:goalId/activities/:activityId`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Ta bort en aktivitet',
          params: structureActivityParamsSchema,
          querystring: removeQuerySchema,
          response: noContent,
        },
      },
      async (request, reply) => {
        const { params, query } = request;
        await deleteActivity(deps, actorOf(request), scopeOf(params), params, query.version);
        return reply.code(204).send(null);
      },
    );
  };
