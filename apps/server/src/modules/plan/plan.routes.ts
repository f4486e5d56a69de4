import { municipalityParamsSchema } from '@styr/shared/contracts/common';
import { indicatorUnitSettingSchema, keyFigureDefinitionSchema } from '@styr/shared/contracts/indicators';
import {
  type CommitteeYearView,
  committeeYearParamsSchema,
  committeeYearViewSchema,
  completenessSchema,
  followUpParamsSchema,
} from '@styr/shared/contracts/plan';
import { handedOverView } from '@styr/shared/domain/committee-reading';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { readCommittee, readCommitteeHandedOver, readsWorkInProgress } from './committee-access.ts';
import { cachedCommitteeYearView } from './committee-year-cache.ts';
import { getCompleteness } from './completeness.service.ts';
import { readIndicatorUnits } from './indicator-units.ts';
import { readKeyFigureDefinitions } from './key-figure-definitions.ts';

const tags = ['Plan och uppföljning'];
const base = '/municipalities/:municipalityId/committees/:committeeId/years/:year';

export const planRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        config: { access: readCommitteeHandedOver },
        schema: {
          tags,
          summary:
            'Nämndens år: plan, uppföljningar, indikatorer och uppdrag; för nämndens ledamöter det som är överlämnat till nämnden',
          params: committeeYearParamsSchema,
          response: { 200: committeeYearViewSchema },
        },
      },
      // A string body with its type set is sent as it is: the cached body was checked against the schema once.
      // The type provider only knows the object form of the response, hence the cast.
      async (request, reply) => {
        const json = await cachedCommitteeYearView(deps, request.params);
        if (await readsWorkInProgress(request, deps)) {
          return reply.type('application/json; charset=utf-8').send(json as unknown as CommitteeYearView);
        }
        return handedOverView(JSON.parse(json) as CommitteeYearView);
      },
    );

    app.get(
      '/municipalities/:municipalityId/indicator-units',
      {
        config: { access: { kind: 'municipality' } },
        schema: {
          tags,
          summary: 'Kommunens enheter för mått, i ordning, med decimaler för nya mått och slag av värden',
          params: municipalityParamsSchema,
          response: { 200: z.array(indicatorUnitSettingSchema) },
        },
      },
      (request) => readIndicatorUnits(deps.db, request.params.municipalityId),
    );

    app.get(
      '/municipalities/:municipalityId/key-figure-definitions',
      {
        config: { access: { kind: 'municipality' } },
        schema: {
          tags,
          summary: 'Kommunens nyckeltal: mått som definieras en gång för alla nämnder',
          params: municipalityParamsSchema,
          response: { 200: z.array(keyFigureDefinitionSchema) },
        },
      },
      (request) => readKeyFigureDefinitions(deps.db, request.params.municipalityId),
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
  };
