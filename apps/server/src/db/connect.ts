import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Db } from './executor.ts';
import { raiseRevisionsOnCommit } from './revision.ts';
import * as schema from './schema/index.ts';

export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  /** Applies the migrations in a folder: by default the code's own, all of them. */
  migrate(folder?: string): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
}

/** PostgreSQL when a URL is given, otherwise the embedded PGlite stored in dataDir. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = drizzleNodePg({ client: pool, schema });
  raiseRevisionsOnCommit(db);
  await pool.query('select 1');
  return {
    db,
    engine: 'postgres',
    migrate: (folder = migrationsFolder) => migrateNodePg(db, { migrationsFolder: folder }),
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  // "memory://" keeps everything in memory, for tests; anything else is a directory on disk.
  const inMemory = dataDir.startsWith('memory://');
  const path = inMemory ? dataDir : resolve(dataDir);
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const client = await PGlite.create(path);
  const db = drizzlePglite({ client, schema });
  raiseRevisionsOnCommit(db);
  return {
    db,
    engine: 'pglite',
    migrate: (folder = migrationsFolder) => migratePglite(db, { migrationsFolder: folder }),
    close: () => client.close(),
  };
}
