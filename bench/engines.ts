// The database a benchmark measures: the embedded PGlite in a fresh directory on disk, or PostgreSQL —
// DATABASE_URL when set (an empty database), otherwise a throwaway durable cluster on this machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../apps/server/src/config.ts';
import { type Database, type Engine, openDatabase } from '../apps/server/src/db/connect.ts';
import { type Deps, systemClock } from '../apps/server/src/deps.ts';
import { findPostgresBin, startCluster } from '../test/postgres-cluster.ts';

export interface BenchDatabase {
  engine: Engine;
  database: Database;
  deps: Deps;
  /** The connection string on PostgreSQL, the data directory on PGlite. */
  location: string;
  close(): Promise<void>;
}

export function engineArgument(args: readonly string[]): Engine {
  const index = args.indexOf('--engine');
  const value = index >= 0 ? args[index + 1] : 'pglite';
  if (value !== 'pglite' && value !== 'postgres') throw new Error('--engine is pglite or postgres');
  return value;
}

export function numberArgument(args: readonly string[], name: string, fallback: number): number {
  const index = args.indexOf(name);
  if (index < 0) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} takes a positive number`);
  return value;
}

/** A fresh, migrated database; on PostgreSQL `url` names an existing empty database to use instead. */
export async function openBenchDatabase(engine: Engine, url?: string): Promise<BenchDatabase> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  let cleanup = () => {};
  let location: string;
  if (engine === 'postgres') {
    const given = url ?? process.env.DATABASE_URL;
    if (given) location = given;
    else {
      const cluster = await startCluster(findPostgresBin(), { durable: true });
      location = cluster.url;
      cleanup = cluster.stop;
    }
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'styr-bench-'));
    location = join(dir, 'data');
    cleanup = () => rmSync(dir, { recursive: true, force: true });
  }
  const database = await openDatabase(
    engine === 'postgres' ? { databaseUrl: location, dataDir: '' } : { dataDir: location },
  );
  await database.migrate();
  return {
    engine,
    database,
    deps: { db: database.db, engine, clock: systemClock, config },
    location,
    async close() {
      await database.close();
      cleanup();
    },
  };
}

/** One line naming the machine, for the results file. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
