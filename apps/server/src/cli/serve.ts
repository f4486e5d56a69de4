import { buildApp } from '../app.ts';
import { refreshStatistics } from '../db/statistics.ts';
import { demoSignInText, isDatabaseEmpty, loadDemo } from '../demo/load-demo.ts';
import {
  localAddressOf,
  localTokenHeader,
  newLocalToken,
  removeLocalServerNote,
  writeLocalServerNote,
} from '../modules/backup/index.ts';
import { describeDatabase, openContext } from './context.ts';

export interface ServeOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  demo?: boolean;
}

/** Starts the server. An empty database gets the demo data outside production, or anywhere when asked for. */
export async function serve(options: ServeOptions): Promise<void> {
  const { config, database, deps } = await openContext(options);
  const empty = await isDatabaseEmpty(deps);
  const loadDemoData = empty && (options.demo === true || config.env !== 'production');
  if (loadDemoData) await loadDemo(deps);
  // PGlite runs no autovacuum: the server gathers the statistics its plans need when it starts.
  if (deps.engine === 'pglite') await refreshStatistics(deps.db);
  // Only an embedded database needs the server to take backups for the command line.
  const embeddedOnDisk = !config.databaseUrl && !config.dataDir.startsWith('memory://');
  const localToken = embeddedOnDisk ? newLocalToken() : undefined;
  const app = await buildApp(deps, {
    logger: {
      level: config.logLevel,
      redact: [
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        `req.headers["${localTokenHeader}"]`,
        'res.headers["set-cookie"]',
      ],
    },
    ...(localToken && { localToken }),
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // Stop taking requests, let those in flight finish, then close the database so every write is flushed.
    await app.close();
    await database.close();
    if (localToken) removeLocalServerNote(config.dataDir, localToken);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  if (localToken)
    writeLocalServerNote(config.dataDir, {
      pid: process.pid,
      host: localAddressOf(config.host),
      port,
      token: localToken,
    });
  console.log(
    `\nStyr körs på http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port} (${describeDatabase(config)})`,
  );
  if (loadDemoData || options.demo) console.log(`${demoSignInText()}\n`);
}
