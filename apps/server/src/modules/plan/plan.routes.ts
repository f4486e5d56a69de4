import { committeeYearSchema } from '@styr/shared/contracts/interchange';
import {
  committeeYearParamsSchema,
  committeeYearViewSchema,
  completenessSchema,
  followUpParamsSchema,
} from '@styr/shared/contracts/plan';
import { hasPermission } from '@styr/shared/domain/access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import type { Access } from '../../http/access.ts';
import { exportCommitteeYear } from '../interchange/export.service.ts';
import { findNodePath } from '../org/org.queries.ts';
import { getCommitteeYearView } from './committee-year.service.ts';
import { getCompleteness } from './completeness.service.ts';

const tags = ['Plan och uppföljning'];
/**
 * The committee's year is read by those who may read the committee, and by
 * those who report for a part of it (a unit's rapportör), who need the plan
 * they report against: the check then runs on their own node in the committee.
 */
const readCommittee: Access = {
  kind: 'node',
  permission: 'content.read',
  nodeOf: async (request, deps) => {
    const { committeeId } = request.params as { committeeId: string };
    const session = request.auth;
    if (!session) return committeeId;
    for (const grant of session.grants) {
      if (grant.nodeId === null || grant.nodeId === committeeId) continue;
      const path = await findNodePath(deps.db, session.municipalityId, grant.nodeId);
      if (path[0] === committeeId && hasPermission(session.grants, path, 'content.read')) return grant.nodeId;
    }
    return committeeId;
  },
};
const base = '/municipalities/:municipalityId/committees/:committeeId/years/:year';

export const planRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        config: { access: readCommittee },
        schema: {
          tags,
          summary: 'Nämndens år: plan, uppföljningar, indikatorer och uppdrag',
          params: committeeYearParamsSchema,
          response: { 200: committeeYearViewSchema },
        },
      },
      (request) => getCommitteeYearView(deps, request.params),
    );

    app.get(
      `${base}/follow-ups/:followUp/completeness`,
      {
        config: { access: readCommittee },
        schema: {
          tags,
          summary: 'Vad en uppföljning innehåller och saknar: bedömningar, uppdrag, utfall och aktiviteter',
          params: followUpParamsSchema,
          response: { 200: completenessSchema },
        },
      },
      (request) => getCompleteness(deps, request.params, request.params.followUp),
    );

    app.get(
      `${base}/export`,
      {
        config: { access: readCommittee },
        schema: {
          tags,
          summary: 'Nämndens år i det öppna formatet (styr/committee-year)',
          params: committeeYearParamsSchema,
          response: { 200: committeeYearSchema },
        },
      },
      (request) => exportCommitteeYear(deps, request.params),
    );
  };
