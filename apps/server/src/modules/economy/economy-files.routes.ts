import {
  exportTableParamsSchema,
  sheetPreviewSchema,
  spreadsheetFileSchema,
  spreadsheetImportResultSchema,
  spreadsheetImportSchema,
} from '@styr/shared/contracts/economy-files';
import { committeeYearParamsSchema } from '@styr/shared/contracts/plan';
import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgNodes } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { actorOf } from '../../http/actor.ts';
import { onCommittee, readCommittee } from '../plan/index.ts';
import { getEconomy } from './economy-view.service.ts';
import { economyWorkbook } from './economy-workbook.ts';
import { importSpreadsheet, previewSpreadsheet } from './spreadsheet-import.service.ts';

const tags = ['Ekonomi'];
const base = '/municipalities/:municipalityId/committees/:committeeId/years/:year/economy';
// Base64 makes a file a third larger; the contract limits the content itself.
const bodyLimit = 10 * 1024 * 1024;

const tableFileNames = {
  statement: 'resultatrakning',
  departments: 'resultat-per-avdelning',
  grant: 'kommunbidrag',
  stateGrants: 'statsbidrag',
  centralItems: 'kommuncentrala-poster',
  investments: 'investeringar',
  keyFigures: 'nyckeltal',
} as const;

export const economyFileRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      `${base}/spreadsheets/preview`,
      {
        bodyLimit,
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary: 'Visa bladen och de första raderna i en Excel- eller CSV-fil inför import',
          params: committeeYearParamsSchema,
          body: spreadsheetFileSchema,
          response: { 200: sheetPreviewSchema },
        },
      },
      (request) => previewSpreadsheet(request.body),
    );

    app.post(
      `${base}/spreadsheets/import`,
      {
        bodyLimit,
        config: { access: onCommittee('content.edit') },
        schema: {
          tags,
          summary:
            'Kontrollera eller spara värden ur ett blad: resultaträkning, avdelningar, statsbidrag, kommuncentrala poster eller indikatorvärden',
          params: committeeYearParamsSchema,
          body: spreadsheetImportSchema,
          response: { 200: spreadsheetImportResultSchema },
        },
      },
      (request) => importSpreadsheet(deps, actorOf(request), request.params, request.body),
    );

    app.get(
      `${base}/export/:table`,
      {
        config: { access: readCommittee },
        schema: {
          tags,
          summary: 'En av ekonomins tabeller som Excel-fil (.xlsx)',
          params: exportTableParamsSchema,
        },
      },
      async (request, reply) => {
        const { table, ...scope } = request.params;
        const [committee] = await deps.db
          .select({ name: orgNodes.name })
          .from(orgNodes)
          .where(and(eq(orgNodes.municipalityId, scope.municipalityId), eq(orgNodes.id, scope.committeeId)));
        const workbook = await economyWorkbook(
          await getEconomy(deps.db, scope),
          table,
          committee?.name ?? '',
        );
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${tableFileNames[table]}-${scope.year}.xlsx"`)
          .send(workbook);
      },
    );
  };
