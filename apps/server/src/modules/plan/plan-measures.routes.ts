import {
  assignmentParamsSchema,
  assignmentSchema,
  committeeYearParamsSchema,
  indicatorFactsSchema,
  indicatorParamsSchema,
} from '@styr/shared/contracts/plan';
import {
  createAssignmentSchema,
  createIndicatorSchema,
  goalIndicatorParamsSchema,
  indicatorGoalsSchema,
  measureVersionSchema,
  moveSchema,
  removalImpactSchema,
  removalQuerySchema,
  setTargetSchema,
  targetParamsSchema,
  updateAssignmentDetailsSchema,
} from '@styr/shared/contracts/plan-measures';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { actorOf } from '../../http/actor.ts';
import { onCommittee } from './committee-access.ts';
import { assignmentRemovalImpact, removeAssignment } from './measures/assignment-removal.service.ts';
import {
  createAssignment,
  moveAssignment,
  updateAssignmentDetails,
} from './measures/assignment-write.service.ts';
import { indicatorRemovalImpact, removeIndicator } from './measures/indicator-removal.service.ts';
import { setIndicatorTarget } from './measures/indicator-target.service.ts';
import { createIndicator, moveIndicator, setIndicatorGoals } from './measures/indicator-write.service.ts';

const tags = ['Plan och uppföljning'];
const base = '/municipalities/:municipalityId/committees/:committeeId/years/:year';
const edit = { access: onCommittee('content.edit') };
const assignmentDetailsSchema = assignmentSchema.pick({
  id: true,
  key: true,
  title: true,
  description: true,
  source: true,
  decisionReference: true,
  yearGiven: true,
  alsoGivenTo: true,
  coordinatedBy: true,
  version: true,
});

/** The plan's measures and assignments built in the web app: created, linked, ordered and removed. */
export const planMeasuresRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const scopeOf = (params: { municipalityId: string; committeeId: string; year: number }) => ({
      municipalityId: params.municipalityId,
      committeeId: params.committeeId,
      year: params.year,
    });

    app.post(
      `${base}/indicators`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Lägg till ett mått i årets plan, med de mål det mäter och årets målvärde',
          params: committeeYearParamsSchema,
          body: createIndicatorSchema,
          response: { 201: indicatorFactsSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createIndicator(deps, actorOf(request), scopeOf(request.params), request.body)),
    );

    app.put(
      `${base}/indicators/:indicatorId/goals`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Ange vilka av årets mål ett mått mäter',
          params: indicatorParamsSchema,
          body: indicatorGoalsSchema,
          response: { 200: measureVersionSchema },
        },
      },
      (request) =>
        setIndicatorGoals(
          deps,
          actorOf(request),
          scopeOf(request.params),
          request.params.indicatorId,
          request.body,
        ),
    );

    app.put(
      `${base}/indicators/:indicatorId/targets/:targetYear`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Sätt eller ta bort ett måtts målvärde för ett år (null tar bort)',
          params: targetParamsSchema,
          body: setTargetSchema,
          response: { 200: measureVersionSchema },
        },
      },
      (request) =>
        setIndicatorTarget(
          deps,
          actorOf(request),
          scopeOf(request.params),
          request.params.indicatorId,
          request.params.targetYear,
          request.body,
        ),
    );

    app.put(
      `${base}/goals/:goalId/indicators/:indicatorId/position`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Flytta ett mått bland målets mått',
          params: goalIndicatorParamsSchema,
          body: moveSchema,
          response: { 200: measureVersionSchema },
        },
      },
      (request) =>
        moveIndicator(
          deps,
          actorOf(request),
          scopeOf(request.params),
          request.params.goalId,
          request.params.indicatorId,
          request.body,
        ),
    );

    app.get(
      `${base}/indicators/:indicatorId/removal`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Vad som tas bort med måttet ur årets plan',
          params: indicatorParamsSchema,
          response: { 200: removalImpactSchema },
        },
      },
      (request) => indicatorRemovalImpact(deps, scopeOf(request.params), request.params.indicatorId),
    );

    app.delete(
      `${base}/indicators/:indicatorId`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Ta bort ett mått ur årets plan med årets utfall och målvärden',
          params: indicatorParamsSchema,
          querystring: removalQuerySchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const { params, query } = request;
        await removeIndicator(deps, actorOf(request), scopeOf(params), params.indicatorId, query.version);
        return reply.code(204).send(null);
      },
    );

    app.post(
      `${base}/assignments`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Lägg till ett uppdrag i årets plan',
          params: committeeYearParamsSchema,
          body: createAssignmentSchema,
          response: { 201: assignmentSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createAssignment(deps, actorOf(request), scopeOf(request.params), request.body)),
    );

    app.patch(
      `${base}/assignments/:assignmentId/details`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Ändra ett uppdrags rubrik, beskrivning, källa, beslut och nämnder',
          params: assignmentParamsSchema,
          body: updateAssignmentDetailsSchema,
          response: { 200: assignmentDetailsSchema },
        },
      },
      (request) =>
        updateAssignmentDetails(
          deps,
          actorOf(request),
          scopeOf(request.params),
          request.params.assignmentId,
          request.body,
        ),
    );

    app.put(
      `${base}/assignments/:assignmentId/position`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Flytta ett uppdrag i årets lista',
          params: assignmentParamsSchema,
          body: moveSchema,
          response: { 200: measureVersionSchema },
        },
      },
      (request) =>
        moveAssignment(
          deps,
          actorOf(request),
          scopeOf(request.params),
          request.params.assignmentId,
          request.body,
        ),
    );

    app.get(
      `${base}/assignments/:assignmentId/removal`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Vad som tas bort med uppdraget ur årets plan',
          params: assignmentParamsSchema,
          response: { 200: removalImpactSchema },
        },
      },
      (request) => assignmentRemovalImpact(deps, scopeOf(request.params), request.params.assignmentId),
    );

    app.delete(
      `${base}/assignments/:assignmentId`,
      {
        config: edit,
        schema: {
          tags,
          summary: 'Ta bort ett uppdrag ur årets plan med årets statusar',
          params: assignmentParamsSchema,
          querystring: removalQuerySchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const { params, query } = request;
        await removeAssignment(deps, actorOf(request), scopeOf(params), params.assignmentId, query.version);
        return reply.code(204).send(null);
      },
    );
  };
