import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { copyDatabase, createEmptyDatabase } from './server-process.ts';

const bin = resolve(import.meta.dirname, '../apps/server/bin/styr.js');

/**
 * The `styr` command line for a test file: runs it as a person would, each test on a new installation of the
 * engine this run tests. Registers the file's hooks, so it is called once at the top of a test file.
 */
export function useCommandLine() {
  const dir = mkdtempSync(join(tmpdir(), 'styr-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const running = new Set<ChildProcess>();
  // A test that gives up leaves no process behind to slow down the tests after it.
  afterEach(() => {
    for (const child of running) child.kill();
  });

  /** Runs `styr` to its end. */
  async function styr(args: string[], env: NodeJS.ProcessEnv = {}) {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    try {
      const [stdout, stderr, [status]] = await Promise.all([
        text(child.stdout),
        text(child.stderr),
        once(child, 'close') as Promise<[number | null]>,
      ]);
      return { status, stdout, stderr };
    } finally {
      running.delete(child);
    }
  }

  // Creating a PGlite data directory is the slowest step of any command, so it is done once, by `styr migrate`,
  // and each test gets a copy: the database of a new installation, migrated and empty.
  const template = join(dir, 'template', 'styr', 'data');
  beforeAll(async () => {
    if (inject('databaseUrl')) return;
    // A data directory whose parents do not exist yet, as a person may well name one.
    const migrated = await styr(['migrate'], { DATA_DIR: template });
    if (migrated.status !== 0 || !migrated.stdout.includes('Databasens schema är uppdaterat'))
      throw new Error(`styr migrate failed:\n${migrated.stdout}${migrated.stderr}`);
  });

  /** The environment of a new installation on the engine this run tests. */
  async function newInstallationEnv(name: string): Promise<NodeJS.ProcessEnv> {
    const clusterUrl = inject('databaseUrl');
    if (clusterUrl) return { DATABASE_URL: await createEmptyDatabase(clusterUrl) };
    const dataDir = join(dir, name);
    cpSync(template, dataDir, { recursive: true });
    return { DATA_DIR: dataDir };
  }

  let demoTemplate: NodeJS.ProcessEnv | null = null;
  /**
   * A new installation with the demo loaded. Loading the demo is the slowest command of all, so it runs once and
   * each test gets a copy: of the PGlite data directory, or of the PostgreSQL database.
   */
  async function demoInstallationEnv(name: string): Promise<NodeJS.ProcessEnv> {
    if (!demoTemplate) {
      const env = await newInstallationEnv('demo-template');
      const demo = await styr(['demo'], env);
      expect(demo.status, demo.stderr).toBe(0);
      demoTemplate = env;
    }
    const clusterUrl = inject('databaseUrl');
    if (clusterUrl && demoTemplate.DATABASE_URL)
      return { DATABASE_URL: await copyDatabase(clusterUrl, demoTemplate.DATABASE_URL) };
    if (!demoTemplate.DATA_DIR) throw new Error('The demo was loaded into no database');
    const dataDir = join(dir, name);
    cpSync(demoTemplate.DATA_DIR, dataDir, { recursive: true });
    return { DATA_DIR: dataDir };
  }

  return { dir, styr, newInstallationEnv, demoInstallationEnv };
}
