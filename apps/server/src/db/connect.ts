import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
  /** Where a note for the operator goes (a data directory found readable by others); stderr by default. */
  warn?: (message: string) => void;
}

/** PostgreSQL when a URL is given, otherwise the embedded PGlite stored in dataDir. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir, options.warn ?? ((message) => console.warn(message)));
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

/**
 * Makes a data directory and everything in it its owner's alone (directories 0700, files 0600), as
 * PostgreSQL keeps its own. Symbolic links are left as they are.
 */
export function restrictDataDir(path: string): void {
  const restrict = (entry: string, mode: number) => {
    if ((statSync(entry).mode & 0o777) !== mode) chmodSync(entry, mode);
  };
  const walk = (directory: string) => {
    restrict(directory, 0o700);
    for (const child of readdirSync(directory, { withFileTypes: true })) {
      const entry = join(directory, child.name);
      if (child.isDirectory()) walk(entry);
      else if (child.isFile()) restrict(entry, 0o600);
    }
  };
  walk(path);
}

async function openPglite(dataDir: string, warn: (message: string) => void): Promise<Database> {
  // "memory://" keeps everything in memory, for tests; anything else is a directory on disk.
  const inMemory = dataDir.startsWith('memory://');
  const path = inMemory ? dataDir : resolve(dataDir);
  if (!inMemory) {
    // The directory holds password hashes and sessions. PGlite makes its folders by the umask and unpacks its
    // files 0666, so the directory is made private here and everything in it tightened after each start.
    mkdirSync(dirname(path), { recursive: true });
    if (existsSync(path)) {
      // Inside a private directory nothing is reachable by others, so only an open directory is worth a word.
      const open = (statSync(path).mode & 0o077) !== 0;
      restrictDataDir(path);
      if (open)
        warn(
          `Datakatalogen ${path} kunde läsas av andra användare än ägaren; den och allt i den är nu bara ägarens (kataloger 0700, filer 0600).`,
        );
    } else mkdirSync(path, { mode: 0o700 });
  }
  const client = await PGlite.create(path);
  // Files PostgreSQL writes later are made 0600 by it, or by the umask inside the 0700 directory.
  if (!inMemory) restrictDataDir(path);
  const db = drizzlePglite({ client, schema });
  raiseRevisionsOnCommit(db);
  return {
    db,
    engine: 'pglite',
    migrate: (folder = migrationsFolder) => migratePglite(db, { migrationsFolder: folder }),
    close: async () => {
      await client.close();
      if (!inMemory) restrictDataDir(path);
    },
  };
}
