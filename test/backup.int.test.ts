import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { writeBackup } from '../apps/server/src/modules/backup/backup.service.ts';
import { readBackup } from '../apps/server/src/modules/backup/backup-file.ts';
import { localServerFile } from '../apps/server/src/modules/backup/local-server.ts';
import { depsFor, testDatabase } from './harness.ts';
import { ApiClient, createEmptyDatabase, type ServerProcess, startServer } from './server-process.ts';

const bin = resolve(import.meta.dirname, '../apps/server/bin/styr.js');
const admin = { email: 'admin@goteborg.example', password: 'styr-demo-2026' };
const dir = mkdtempSync(join(tmpdir(), 'styr-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const engine = inject('databaseUrl') ? 'postgres' : 'pglite';

/**
 * A fresh installation on the engine this run tests: a new PGlite directory, or a new PostgreSQL database. The
 * data directory is named on PostgreSQL too, so the tests can see that nothing is written to it there.
 */
async function freshEnv(name: string): Promise<{ DATA_DIR: string; DATABASE_URL?: string }> {
  const clusterUrl = inject('databaseUrl');
  const DATA_DIR = join(dir, name);
  return clusterUrl ? { DATA_DIR, DATABASE_URL: await createEmptyDatabase(clusterUrl) } : { DATA_DIR };
}

/** A file's or directory's permission bits, or null when there is none. */
const modeOf = (path: string) => (existsSync(path) ? statSync(path).mode & 0o777 : null);

/** Runs the command line without blocking, so the test's own writers keep going meanwhile. */
function styr(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((done) =>
    child.once('exit', (status) => done({ status, stdout, stderr })),
  );
}

/** What the comparison covers: two committee years in the open format and the annual report as PDF and Word. */
async function snapshot(client: ApiClient, municipalityId: string) {
  const base = `/api/municipalities/${municipalityId}`;
  const tree = await (await client.request('GET', `${base}/org-tree`)).json();
  const committee = (name: string) => tree.nodes.find((node: { name: string }) => node.name === name).id;
  const year = (name: string, value: number) => `${base}/committees/${committee(name)}/years/${value}`;
  const get = async (path: string) => {
    const response = await client.request('GET', path);
    expect(response.status, path).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  return {
    hisingen2022: await get(`${year('Socialnämnden Hisingen', 2022)}/export`),
    nordost2023: await get(`${year('Socialnämnden Nordost', 2023)}/export`),
    pdf: await get(`${year('Socialnämnden Hisingen', 2022)}/documents/arsrapport/render/pdf`),
    docx: await get(`${year('Socialnämnden Hisingen', 2022)}/documents/arsrapport/render/docx`),
  };
}

async function publicTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(
      "select count(*)::int as count from information_schema.tables where table_schema = 'public'",
    );
    return result.rows[0].count;
  } finally {
    await client.end();
  }
}

async function started(env: NodeJS.ProcessEnv, args: string[] = []): Promise<ServerProcess> {
  const server = await startServer(env, args);
  cleanups.push(() => server.stop());
  return server;
}

describe('styr backup and styr restore', () => {
  it('backs up consistently while the server writes, and a restored fresh instance serves the same files byte for byte', async () => {
    const sourceEnv = await freshEnv('source');
    const server = await started(sourceEnv, ['--demo']);
    // PGlite's directory is its owner's alone, with the note (and secret) through which `styr backup` asks the
    // server; on PostgreSQL the command line opens the database itself, so the server writes nothing there.
    const note = join(sourceEnv.DATA_DIR, localServerFile);
    expect(modeOf(sourceEnv.DATA_DIR)).toBe(engine === 'pglite' ? 0o700 : null);
    expect(modeOf(note)).toBe(engine === 'pglite' ? 0o600 : null);

    const client = new ApiClient(server.url);
    const me = await client.signIn(admin.email, admin.password);
    const before = await snapshot(client, me.municipality.id);

    // Writers add committees of their own, which none of the compared files show, each with its audit record.
    const acknowledged: string[] = [];
    let writing = true;
    const writer = async (worker: number) => {
      for (let index = 0; writing; index++) {
        const name = `Säkerhetsnämnd ${worker}-${index}`;
        const response = await client.request('POST', `/api/municipalities/${me.municipality.id}/org-nodes`, {
          parentId: null,
          kind: 'committee',
          name,
          validFrom: '2024-01-01',
        });
        expect(response.status, await response.clone().text()).toBe(201);
        acknowledged.push(name);
        // Paced, so the machine's cores are not all the writers' while the backup runs.
        await new Promise((done) => setTimeout(done, 25));
      }
    };
    const writers = Array.from({ length: 2 }, (_, worker) => writer(worker));
    while (acknowledged.length < 10) await new Promise((done) => setTimeout(done, 20));

    // The session the writers use is valid at the time of the backup.
    expect((await client.request('GET', '/api/auth/me')).status).toBe(200);
    const file = join(dir, 'live.backup.gz');
    const writtenBefore = acknowledged.length;
    const backup = await styr(['backup', '--out', file], sourceEnv);
    const writtenAfter = acknowledged.length;
    expect(backup.status, backup.stderr).toBe(0);
    // On PGlite only the server can open its directory, so it must be the one that took the backup.
    expect(backup.stderr.includes('tog säkerhetskopian'), backup.stderr).toBe(engine === 'pglite');
    expect(backup.stdout).toMatch(
      /^Säkerhetskopian skrevs till .*live\.backup\.gz \(\d+ rader i \d+ tabeller\)\.\n$/,
    );
    while (acknowledged.length < writtenAfter + 5) await new Promise((done) => setTimeout(done, 20));
    writing = false;
    await Promise.all(writers);

    // Consistent: every committee in the backup has its audit record and every audited one is there.
    const nodes = new Map<string, string>();
    const audited = new Map<string, string>();
    const header = await readBackup(file, 'live.backup.gz', async (table, rows) => {
      for await (const line of rows) {
        const row = JSON.parse(line);
        if (table.name === 'org_nodes' && row.name.startsWith('Säkerhetsnämnd ')) nodes.set(row.id, row.name);
        if (table.name === 'audit_log' && row.after?.name?.startsWith('Säkerhetsnämnd '))
          audited.set(row.entity_id, row.after.name);
      }
    });
    expect(header.engine).toBe(engine);
    expect(audited).toEqual(nodes);
    expect(nodes.size).toBeGreaterThanOrEqual(writtenBefore);
    expect(nodes.size).toBeLessThan(acknowledged.length);

    await server.stop();
    expect(existsSync(note)).toBe(false);

    const targetEnv = await freshEnv('target');
    const restore = await styr(['restore', file], targetEnv);
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(
      /^Säkerhetskopian live\.backup\.gz återställdes \(\d+ rader i \d+ tabeller/,
    );

    const restored = await started(targetEnv);
    // The restored copy honours no session of the installation it was taken from.
    const stale = await fetch(`${restored.url}/api/auth/me`, { headers: { cookie: client.cookieHeader() } });
    expect(stale.status).toBe(401);
    const after = new ApiClient(restored.url);
    const again = await after.signIn(admin.email, admin.password);
    expect(again.municipality.id).toBe(me.municipality.id);
    const tree = await (
      await after.request('GET', `/api/municipalities/${again.municipality.id}/org-tree`)
    ).json();
    const restoredNames = tree.nodes
      .map((node: { name: string }) => node.name)
      .filter((name: string) => name.startsWith('Säkerhetsnämnd '));
    expect(restoredNames.sort()).toEqual([...nodes.values()].sort());
    const now = await snapshot(after, again.municipality.id);
    for (const key of Object.keys(before) as (keyof typeof before)[])
      expect(now[key].equals(before[key]), `${key} is byte-identical`).toBe(true);
  });

  it('refuses a cut-off file and a file with one changed byte, and leaves the new database empty', async () => {
    const good = join(dir, 'good.backup.gz');
    await writeBackup(depsFor(await testDatabase()), createWriteStream(good));
    const bytes = readFileSync(good);
    const truncated = join(dir, 'truncated.backup.gz');
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 100));
    const changed = join(dir, 'changed.backup.gz');
    const flipped = Buffer.from(bytes);
    const at = Math.floor(flipped.length / 2);
    flipped[at] = (flipped[at] ?? 0) ^ 0x20;
    writeFileSync(changed, flipped);

    for (const [file, name] of [
      [truncated, 'truncated.backup.gz'],
      [changed, 'changed.backup.gz'],
    ] as const) {
      const env = await freshEnv(`refused-${name}`);
      const result = await styr(['restore', file], env);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(
          `^styr: ${name.replaceAll('.', '\\.')}: filen (är avkortad|har ändrats).*Inget har återställts\\.\\n$`,
        ),
      );
      // Nothing was made: no data directory (PGlite's database; never made on PostgreSQL) and, on
      // PostgreSQL, not one table in the new database, which PGlite has no counterpart of.
      expect(existsSync(env.DATA_DIR)).toBe(false);
      if (env.DATABASE_URL) expect(await publicTables(env.DATABASE_URL)).toBe(0);
    }
  });
});
