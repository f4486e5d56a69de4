import {
  departmentParamsSchema,
  departmentResultSchema,
  deviationParamsSchema,
  economyViewSchema,
  equityViewSchema,
  investmentParamsSchema,
  investmentViewSchema,
  setStatementAmountSchema,
  significantDeviationSchema,
  statementAmountSchema,
  updateDepartmentSchema,
  updateEquitySchema,
  updateInvestmentSchema,
  updateSignificantDeviationSchema,
} from '@styr/shared/contracts/economy';
import { committeeYearParamsSchema } from '@styr/shared/contracts/plan';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { actorOf } from '../../http/actor.ts';
import { onCommittee, readCommittee } from '../plan/index.ts';
import { setEquity } from './economy-reports.service.ts';
import { getEconomy } from './economy-view.service.ts';
import { setStatementAmount, updateDepartment } from './economy-write.service.ts';
import { updateInvestment } from './investments.ts';
import { updateSignificantDeviation } from './significant-deviations.ts';

const tags = ['Ekonomi'];
const base = '/municipalities/:municipalityId/committees/:committeeId/years/:year/economy';
type YearParams = { municipalityId: string; committeeId: string; year: number };

const scopeOf = ({ params }: { params: YearParams }) => ({
  municipalityId: params.municipalityId,
  committeeId: params.committeeId,
  year: params.year,
});

export const economyRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        config: { access: readCommittee },
        schema: {
          tags,
          summary: 'Nämndens ekonomi ett år: resultaträkning, resultat per avdelning och kommunbidrag',
          params: committeeYearParamsSchema,
          response: { 200: economyViewSchema },
        },
      },
      (request) => getEconomy(deps.db, scopeOf(request)),
    );

    app.put(
      `${base}/amounts`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary:
            'Ange ett belopp i resultaträkningen (bokslut, budget, reviderad budget eller prognos), eller det tryckta beloppet på en beräknad rad',
          params: committeeYearParamsSchema,
          body: setStatementAmountSchema,
          // null: a printed figure was removed.
          response: { 200: statementAmountSchema.nullable() },
        },
      },
      (request) => setStatementAmount(deps, actorOf(request), scopeOf(request), request.body),
    );

    app.patch(
      `${base}/departments/:departmentKey`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Ändra en avdelnings resultat, budget eller kommentar',
          params: departmentParamsSchema,
          body: updateDepartmentSchema,
          response: { 200: departmentResultSchema },
        },
      },
      (request) =>
        updateDepartment(
          deps,
          actorOf(request),
          scopeOf(request),
          request.params.departmentKey,
          request.body,
        ),
    );

    app.put(
      `${base}/equity`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Ange nämndens värdering av sitt egna kapital',
          params: committeeYearParamsSchema,
          body: updateEquitySchema,
          response: { 200: equityViewSchema },
        },
      },
      (request) => setEquity(deps, actorOf(request), scopeOf(request), request.body),
    );

    app.patch(
      `${base}/deviations/:followUp/:deviationKey`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Ändra en väsentlig avvikelse i en uppföljning',
          params: deviationParamsSchema,
          body: updateSignificantDeviationSchema,
          response: { 200: significantDeviationSchema },
        },
      },
      (request) =>
        updateSignificantDeviation(
          deps,
          actorOf(request),
          scopeOf(request),
          { followUp: request.params.followUp, key: request.params.deviationKey },
          request.body,
        ),
    );

    app.patch(
      `${base}/investments/:investmentKey`,
      {
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Ändra en investerings budget, utfall, prognos eller kommentar',
          params: investmentParamsSchema,
          body: updateInvestmentSchema,
          response: { 200: investmentViewSchema },
        },
      },
      (request) =>
        updateInvestment(
          deps,
          actorOf(request),
          scopeOf(request),
          request.params.investmentKey,
          request.body,
        ),
    );
  };
