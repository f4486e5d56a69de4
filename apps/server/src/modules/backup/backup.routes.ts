import { Writable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { writeBackup } from './backup.service.ts';
import { localTokenHeader, presentsToken } from './local-server.ts';

const tags = ['System'];
/** A connection from this machine: over loopback, or to the machine's own address from that same address. */
const isLocal = (socket: { remoteAddress?: string | undefined; localAddress?: string | undefined }) =>
  ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(socket.remoteAddress ?? '') ||
  (socket.remoteAddress !== undefined && socket.remoteAddress === socket.localAddress);

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
              isLocal(request.socket) && presentsToken(localToken, request.headers[localTokenHeader]),
          },
        },
        // Documented like every route; it opens only for the command line on the same machine.
        schema: {
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
