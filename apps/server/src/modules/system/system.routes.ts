import { healthSchema } from '@styr/shared/contracts/common';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { appVersion } from '../../version.ts';

const tags = ['System'];

export const systemRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/health',
      {
        config: { access: { kind: 'public' } },
        schema: {
          tags,
          summary: 'Hälsokontroll: svarar när servern och databasen svarar',
          response: { 200: healthSchema },
        },
      },
      async () => {
        await deps.db.execute(sql`select 1`);
        return { status: 'ok' as const, database: deps.engine, version: appVersion };
      },
    );

    app.get(
      '/openapi.json',
      {
        config: { access: { kind: 'public' } },
        schema: { hide: true, response: { 200: z.record(z.string(), z.unknown()) } },
      },
      () => app.swagger() as unknown as Record<string, unknown>,
    );
  };
