import { committeeYearSchema } from '@styr/shared/contracts/interchange';
import {
  committeeYearParamsSchema,
  committeeYearViewSchema,
  completenessSchema,
  followUpParamsSchema,
} from '@styr/shared/contracts/plan';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { exportCommitteeYear } from '../interchange/export.service.ts';
import { readCommittee } from './committee-access.ts';
import { cachedCommitteeYearView } from './committee-year-cache.ts';
import { getCompleteness } from './completeness.service.ts';

const tags = ['Plan och uppföljning'];
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
      (request) => cachedCommitteeYearView(deps, request.params),
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
