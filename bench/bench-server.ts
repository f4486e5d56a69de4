// Shared by the load benchmarks: starts the real server as a process with the demo data on PGlite or on
// PostgreSQL, signs in as the demo controller and finds Socialnämnden Hisingen's 2022 plan.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgresBin, startCluster } from '../test/postgres-cluster.ts';
import { ApiClient, createEmptyDatabase, type ServerProcess, startServer } from '../test/server-process.ts';

export type Engine = 'pglite' | 'postgres';

export const demoPassword = 'styr-demo-2026';
export const controllerEmail = 'controller@goteborg.example';
export const adminEmail = 'admin@goteborg.example';

/**
 * PGlite always; PostgreSQL too when the caller gave an empty database in DATABASE_URL or asked for a throwaway
 * cluster with --postgres. `--engine pglite|postgres` picks one.
 */
export function enginesFrom(values: { postgres?: boolean; engine?: string }): Engine[] {
  if (values.engine === 'pglite' || values.engine === 'postgres') return [values.engine];
  if (values.engine) throw new Error(`--engine must be pglite or postgres, not ${values.engine}`);
  return process.env.DATABASE_URL || values.postgres ? ['pglite', 'postgres'] : ['pglite'];
}

export interface BenchServer {
  engine: Engine;
  server: ServerProcess;
  stop(): Promise<void>;
}

/**
 * The server in production mode with the demo data. Logging stays at `logLevel` (warn by default) so that the
 * figures measure the server, not this process reading its request log through a pipe.
 */
export async function startBenchServer(
  engine: Engine,
  options: { logLevel?: string; nodeOptions?: string } = {},
): Promise<BenchServer> {
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'production',
    SESSION_SECRET: crypto.randomUUID() + crypto.randomUUID(),
    LOG_LEVEL: options.logLevel ?? 'warn',
    DATABASE_URL: undefined,
    ...(options.nodeOptions && { NODE_OPTIONS: options.nodeOptions }),
  };
  const cleanups: (() => void)[] = [];
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'styr-bench-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    env.DATA_DIR = join(dir, 'data');
  } else if (process.env.DATABASE_URL) {
    env.DATABASE_URL = process.env.DATABASE_URL;
  } else {
    const cluster = await startCluster(findPostgresBin());
    cleanups.push(() => cluster.stop());
    env.DATABASE_URL = await createEmptyDatabase(cluster.url);
  }
  const cleanup = () => {
    for (const step of cleanups.reverse()) step();
  };
  try {
    const server = await startServer(env, ['--demo']);
    return {
      engine,
      server,
      async stop() {
        await server.stop();
        cleanup();
      },
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}

export interface DemoScope {
  municipalityId: string;
  committeeId: string;
  year: number;
  yearPath: string;
}

/** Hisingen 2022 as the web app addresses it. */
export async function findHisingen(client: ApiClient, municipalityId: string): Promise<DemoScope> {
  const response = await client.request('GET', `/api/municipalities/${municipalityId}/org-tree`);
  const tree = (await response.json()) as { nodes: { id: string; kind: string; name: string }[] };
  const committee = tree.nodes.find((node) => node.kind === 'committee' && node.name.includes('Hisingen'));
  if (!committee) throw new Error('The demo data has no committee named Hisingen');
  const year = 2022;
  return {
    municipalityId,
    committeeId: committee.id,
    year,
    yearPath: `/api/municipalities/${municipalityId}/committees/${committee.id}/years/${year}`,
  };
}

/** A signed-in client that keeps its session cookie and CSRF token; sign-ins refused by the rate limit wait. */
export async function signInPatiently(baseUrl: string, email: string, password = demoPassword) {
  const client = new ApiClient(baseUrl);
  for (;;) {
    try {
      const me = await client.signIn(email, password);
      return { client, me };
    } catch (error) {
      // The sign-in route allows 3 000 attempts per 15 minutes per address, and every simulated user comes from here.
      if (!String(error).includes('429')) throw error;
      await new Promise((done) => setTimeout(done, 5_000));
    }
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}
