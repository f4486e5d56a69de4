import type { TestProject } from 'vitest/node';
import { openDatabase } from '../apps/server/src/db/connect.ts';
import { findPostgresBin, startCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string | null;
  }
}

/**
 * TEST_DB=postgres runs the suite on PostgreSQL: TEST_DATABASE_URL when given,
 * otherwise a throwaway cluster started here from the npm-shipped binaries. Otherwise each worker uses PGlite.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DB !== 'postgres') {
    project.provide('databaseUrl', null);
    return;
  }
  let url = process.env.TEST_DATABASE_URL ?? null;
  let stop = () => {};
  if (!url) {
    const cluster = await startCluster(findPostgresBin());
    url = cluster.url;
    stop = cluster.stop;
  }
  const database = await openDatabase({ databaseUrl: url, dataDir: '' });
  await database.migrate();
  await database.close();
  project.provide('databaseUrl', url);
  return stop;
}
