import { municipalityParamsSchema } from '@styr/shared/contracts/common';
import { importPreviewSchema, importQuerySchema } from '@styr/shared/contracts/import-preview';
import { committeeYearSchema } from '@styr/shared/contracts/interchange';
import { committeeYearParamsSchema } from '@styr/shared/contracts/plan';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgNodes } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { actorOf } from '../../http/actor.ts';
import { readCommittee } from '../plan/index.ts';
import { exportCommitteeYear } from './export.service.ts';
import { importCommitteeYear } from './import.service.ts';
import { previewCommitteeYear } from './import-preview.ts';

const importSummarySchema = z.object({
  municipalityId: z.uuid(),
  committeeId: z.uuid(),
  year: z.int(),
  counts: z.object({
    goalAreas: z.int(),
    goals: z.int(),
    indicators: z.int(),
    values: z.int(),
    assignments: z.int(),
    assessments: z.int(),
    risks: z.int(),
  }),
});

/**
 * The committee a file concerns, found by id or name in the caller's
 * municipality: importing needs the right to compile that committee. A file for
 * a committee that does not exist needs that right for the whole municipality.
 */
async function committeeOfFile(request: FastifyRequest, deps: Deps): Promise<string | null> {
  const { municipalityId } = request.params as { municipalityId: string };
  const committee = (request.body as { committee?: { id?: unknown; name?: unknown } } | null)?.committee;
  const byId =
    typeof committee?.id === 'string' && /^[0-9a-f-]{36}$/i.test(committee.id) ? committee.id : null;
  const byName = typeof committee?.name === 'string' ? committee.name : null;
  if (!byId && !byName) return null;
  const [found] = await deps.db
    .select({ id: orgNodes.id })
    .from(orgNodes)
    .where(
      and(
        eq(orgNodes.municipalityId, municipalityId),
        eq(orgNodes.kind, 'committee'),
        byId ? eq(orgNodes.id, byId) : eq(orgNodes.name, byName as string),
      ),
    );
  return found?.id ?? null;
}

export const interchangeRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/municipalities/:municipalityId/committees/:committeeId/years/:year/export',
      {
        config: { access: readCommittee },
        schema: {
          tags: ['Plan och uppföljning'],
          summary: 'Nämndens år i det öppna formatet (styr/committee-year)',
          params: committeeYearParamsSchema,
          response: { 200: committeeYearSchema },
        },
      },
      (request) => exportCommitteeYear(deps, request.params),
    );

    app.post(
      '/municipalities/:municipalityId/import',
      {
        // A committee's year with every outcome can be large; the format, not the size, is what is checked.
        bodyLimit: 20 * 1024 * 1024,
        config: { access: { kind: 'node', permission: 'content.compile', nodeOf: committeeOfFile } },
        schema: {
          tags: ['Plan och uppföljning'],
          summary: 'Läs in en nämnds år i det öppna formatet (allt eller inget)',
          description:
            'Kroppen är ett dokument i formatet styr/committee-year; fel redovisas med JSON-sökväg. Med ' +
            '?preview=true prövas filen i sin helhet utan att något sparas, och svaret säger vad som skulle ' +
            'läggas till, ändras och lämnas orört.',
          params: municipalityParamsSchema,
          querystring: importQuerySchema,
          body: z.unknown(),
          response: { 200: z.union([importSummarySchema, importPreviewSchema]) },
        },
      },
      (request) => {
        const options = {
          source: 'filen',
          actor: actorOf(request),
          municipalityId: request.params.municipalityId,
        };
        return request.query.preview
          ? previewCommitteeYear(deps, request.body, options)
          : importCommitteeYear(deps, request.body, options);
      },
    );
  };
