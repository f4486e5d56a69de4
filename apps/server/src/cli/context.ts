import { type Config, loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/connect.ts';
import { type Deps, systemClock } from '../deps.ts';

export interface DatabaseOptions {
  dataDir?: string;
}

/** Configuration from the environment, with command-line flags winning; the database opened and migrated. */
export async function openContext(
  options: DatabaseOptions & { port?: number; host?: string },
): Promise<{ config: Config; database: Database; deps: Deps }> {
  const config = loadConfig(process.env, {
    ...(options.dataDir !== undefined && { dataDir: options.dataDir }),
    ...(options.port !== undefined && { port: options.port }),
    ...(options.host !== undefined && { host: options.host }),
  });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  return { config, database, deps: { db: database.db, engine: database.engine, clock: systemClock, config } };
}

export function describeDatabase(config: Config): string {
  return config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `inbyggd PGlite i ${config.dataDir}`;
}

/** Runs a command's work with the database open, and closes it whatever happens. */
export async function withContext(
  options: DatabaseOptions,
  work: (context: Awaited<ReturnType<typeof openContext>>) => Promise<void>,
) {
  const context = await openContext(options);
  try {
    await work(context);
  } finally {
    await context.database.close();
  }
}
