import {
  activityParamsSchema,
  activitySchema,
  assessmentParamsSchema,
  assessmentSchema,
  assignmentParamsSchema,
  assignmentPlaceSchema,
  assignmentReportSchema,
  committeeYearParamsSchema,
  goalParamsSchema,
  goalTextSchema,
  indicatorFactsSchema,
  indicatorParamsSchema,
  indicatorValueSchema,
  nextYearSchema,
  reportParamsSchema,
  setIndicatorValueSchema,
  updateActivitySchema,
  updateAssessmentSchema,
  updateAssignmentReportSchema,
  updateAssignmentSchema,
  updateGoalSchema,
  updateIndicatorSchema,
} from '@styr/shared/contracts/plan';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import type { Access } from '../../http/access.ts';
import { actorOf } from '../../http/actor.ts';
import { actionPlansNextYear } from '../action-plans/index.ts';
import { updateAssignment } from './assignments.service.ts';
import { onCommittee } from './committee-access.ts';
import { setActivityStatus, setAssessment, setAssignmentReport } from './follow-up.service.ts';
import { updateGoal } from './goals.service.ts';
import { setIndicatorValue } from './indicator-values.service.ts';
import { updateIndicator } from './indicators.service.ts';
import { startNextYear } from './next-year.service.ts';
import { findActivity } from './plan.queries.ts';

const tags = ['Plan och uppföljning'];
const base = '/municipalities/:municipalityId/committees/:committeeId/years/:year';
type YearParams = { municipalityId: string; committeeId: string; year: number };

/** A reporter edits the activities their unit owns; an activity without an owner belongs to the committee. */
const onActivityOwner: Access = {
  kind: 'node',
  permission: 'content.edit',
  nodeOf: async (request: FastifyRequest, deps: Deps) => {
    const params = request.params as YearParams & { activityId: string };
    const scope = { ...params, year: Number(params.year) };
    const found = await findActivity(deps.db, scope, params.activityId);
    return found?.activity.ownerNodeId ?? params.committeeId;
  },
};

export const planWriteRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const scopeOf = (request: { params: YearParams }) => ({
      municipalityId: request.params.municipalityId,
      committeeId: request.params.committeeId,
      year: request.params.year,
    });

    app.patch(
      `${base}/goals/:goalId`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Ändra ett måls rubrik, fokus eller plantext',
          params: goalParamsSchema,
          body: updateGoalSchema,
          response: { 200: goalTextSchema },
        },
      },
      (request) => updateGoal(deps, actorOf(request), scopeOf(request), request.params.goalId, request.body),
    );

    app.put(
      `${base}/goals/:goalId/assessments/:followUp`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Bedöm ett mål i en uppföljning',
          params: assessmentParamsSchema,
          body: updateAssessmentSchema,
          response: { 200: assessmentSchema },
        },
      },
      (request) => setAssessment(deps, actorOf(request), scopeOf(request), request.params, request.body),
    );

    app.patch(
      `${base}/assignments/:assignmentId`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Ändra ett uppdrags kategori, etiketter eller de mål det bidrar till',
          params: assignmentParamsSchema,
          body: updateAssignmentSchema,
          response: { 200: assignmentPlaceSchema },
        },
      },
      (request) =>
        updateAssignment(deps, actorOf(request), scopeOf(request), request.params.assignmentId, request.body),
    );

    app.put(
      `${base}/assignments/:assignmentId/reports/:followUp`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Rapportera ett uppdrags status i en uppföljning',
          params: reportParamsSchema,
          body: updateAssignmentReportSchema,
          response: { 200: assignmentReportSchema },
        },
      },
      (request) =>
        setAssignmentReport(deps, actorOf(request), scopeOf(request), request.params, request.body),
    );

    app.patch(
      `${base}/activities/:activityId`,
      {
        config: { access: onActivityOwner },
        schema: {
          tags,
          summary: 'Ändra en aktivitets status',
          params: activityParamsSchema,
          body: updateActivitySchema,
          response: { 200: activitySchema },
        },
      },
      (request) =>
        setActivityStatus(deps, actorOf(request), scopeOf(request), request.params.activityId, request.body),
    );

    app.patch(
      `${base}/indicators/:indicatorId`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Ändra ett måtts namn, enhet, decimaler, riktning eller definition',
          params: indicatorParamsSchema,
          body: updateIndicatorSchema,
          response: { 200: indicatorFactsSchema },
        },
      },
      (request) =>
        updateIndicator(deps, actorOf(request), scopeOf(request), request.params.indicatorId, request.body),
    );

    app.put(
      `${base}/indicators/:indicatorId/values`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Registrera ett utfall (null: uppgift saknas)',
          params: indicatorParamsSchema,
          body: setIndicatorValueSchema,
          response: { 200: indicatorValueSchema },
        },
      },
      (request) =>
        setIndicatorValue(deps, actorOf(request), scopeOf(request), request.params.indicatorId, request.body),
    );

    app.post(
      `${base}/start-next`,
      {
        config: { access: onCommittee('content.compile') },
        schema: {
          tags,
          summary:
            'Påbörja nästa års plan från detta års: målområden, mål, ej avslutade uppdrag och pågående handlingsplaner',
          params: committeeYearParamsSchema,
          response: { 200: nextYearSchema },
        },
      },
      (request) => startNextYear(deps, actorOf(request), scopeOf(request), [actionPlansNextYear]),
    );
  };
