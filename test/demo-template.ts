import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { copyDatabase, createEmptyDatabase } from './server-process.ts';

const bin = resolve(import.meta.dirname, '../apps/server/bin/styr.js');

/** Where the run's demo installation lies: a PGlite data directory, or a database on the run's cluster. */
export type DemoTemplate = { dataDir: string } | { databaseUrl: string };

/**
 * Loads the demo once, by `styr demo` as a person would, into a database that servers are then started on copies
 * of: loading it is most of the time a server takes to start on an empty database.
 */
export async function createDemoTemplate(
  clusterUrl: string | null,
): Promise<{ template: DemoTemplate; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'styr-demo-template-'));
  const template: DemoTemplate = clusterUrl
    ? { databaseUrl: await createEmptyDatabase(clusterUrl) }
    : { dataDir: join(dir, 'data') };
  const child = spawn(process.execPath, [bin, 'demo'], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...environmentOf(template) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [stdout, stderr, [status]] = await Promise.all([
    text(child.stdout),
    text(child.stderr),
    once(child, 'close') as Promise<[number | null]>,
  ]);
  if (status !== 0) throw new Error(`styr demo failed:\n${stdout}${stderr}`);
  return { template, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new installation holding what the template holds, as the environment a `styr` process is started with. */
export async function copyDemoTemplate(
  template: DemoTemplate,
  clusterUrl: string | null,
  into: string,
): Promise<NodeJS.ProcessEnv> {
  if ('databaseUrl' in template) {
    if (!clusterUrl) throw new Error('A demo database needs the run’s cluster');
    return { DATABASE_URL: await copyDatabase(clusterUrl, template.databaseUrl) };
  }
  cpSync(template.dataDir, into, { recursive: true });
  return { DATA_DIR: into };
}

function environmentOf(template: DemoTemplate): NodeJS.ProcessEnv {
  return 'databaseUrl' in template ? { DATABASE_URL: template.databaseUrl } : { DATA_DIR: template.dataDir };
}
