import type { TestProject } from 'vitest/node';
import { openDatabase } from '../apps/server/src/db/connect.ts';
import { createDemoTemplate, type DemoTemplate } from './demo-template.ts';
import { findPostgresBin, startCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string | null;
    /** The browser journeys' demo installation, which each journey's server starts on a copy of. */
    demoTemplate: DemoTemplate | null;
  }
}

/**
 * TEST_DB=postgres runs the suite on PostgreSQL: TEST_DATABASE_URL when given,
 * otherwise a throwaway cluster started here from the npm-shipped binaries. Otherwise each worker uses PGlite.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DB !== 'postgres') {
    project.provide('databaseUrl', null);
    return provideDemoTemplate(project, null);
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
  const removeTemplate = await provideDemoTemplate(project, url);
  return () => {
    removeTemplate();
    stop();
  };
}

async function provideDemoTemplate(project: TestProject, clusterUrl: string | null): Promise<() => void> {
  if (project.name !== 'e2e') {
    project.provide('demoTemplate', null);
    return () => {};
  }
  const { template, remove } = await createDemoTemplate(clusterUrl);
  project.provide('demoTemplate', template);
  return remove;
}
