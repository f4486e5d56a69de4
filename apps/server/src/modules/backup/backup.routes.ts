import { Writable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { writeBackup } from './backup.service.ts';
import { localTokenHeader, presentsToken } from './local-server.ts';

const tags = ['System'];
const isLoopback = (address: string | undefined) =>
  address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';

/**
 * The backup of a server whose database only it can open (PGlite), for `styr backup` on the same machine. Only
 * the secret the server wrote into its data directory opens it; without one (PostgreSQL) it opens for nobody.
 */
export const backupRoutes =
  (deps: Deps, localToken: string | undefined): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/system/backup',
      {
        config: {
          access: {
            kind: 'token',
            matches: (request) =>
              isLoopback(request.socket.remoteAddress) &&
              presentsToken(localToken, request.headers[localTokenHeader]),
          },
        },
        schema: {
          hide: true,
          tags,
          summary: 'Säkerhetskopia av hela databasen (för kommandoraden på samma dator)',
        },
      },
      async (_request, reply) => {
        // Taken whole before sending, so a slow reader never holds the database's snapshot open.
        const chunks: Buffer[] = [];
        const sink = new Writable({
          write(chunk, _encoding, done) {
            chunks.push(chunk);
            done();
          },
        });
        await writeBackup(deps, sink);
        return reply.type('application/gzip').header('cache-control', 'no-store').send(Buffer.concat(chunks));
      },
    );
  };
