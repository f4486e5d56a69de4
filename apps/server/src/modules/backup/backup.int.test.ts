import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTenant, depsFor, signInAs, type Tenant, testDatabase } from '../../../../../test/harness.ts';
import { createEmptyDatabase } from '../../../../../test/server-process.ts';
import { buildApp } from '../../app.ts';
import { runBackup } from '../../cli/backup-commands.ts';
import { type Database, openDatabase } from '../../db/connect.ts';
import type { Deps } from '../../deps.ts';
import { writeBackup } from './backup.service.ts';
import { type BackupHeader, verifyBackup } from './backup-file.ts';
import { listTables } from './catalog.ts';
import { findLocalServer, localTokenHeader, writeLocalServerNote } from './local-server.ts';
import { appliedMigration, codeMigrations, migrateUpTo } from './migration-level.ts';
import { RestoreRefused, restoreBackup } from './restore.service.ts';

const dir = mkdtempSync(join(tmpdir(), 'styr-backup-int-'));
let deps: Deps;
let tenant: Tenant;
let target: Database;
/** A session cookie that opened the source database when the backup was taken. */
let signedIn: string;
const source = join(dir, 'source.backup.gz');
const everyByte = Buffer.from(Array.from({ length: 256 }, (_, index) => index));

/** A database of the run's engine with nothing in it, not even the schema, as a new installation has. */
async function emptyDatabase(): Promise<Database> {
  const url = inject('databaseUrl');
  return url
    ? openDatabase({ databaseUrl: await createEmptyDatabase(url), dataDir: '', poolSize: 2 })
    : openDatabase({ dataDir: 'memory://' });
}

async function backupTo(from: Deps, path: string) {
  return writeBackup(from, createWriteStream(path));
}

/** The row lines of a backup file, without its header (which carries the time) and trailer. */
const rowLines = (path: string) => gunzipSync(readFileSync(path)).toString('utf8').split('\n').slice(1, -2);

/** A backup file made from edited lines, with a correct trailer, as a careful forger would make one. */
function rewritten(path: string, edit: (lines: string[]) => string[]): string {
  const lines = edit(gunzipSync(readFileSync(path)).toString('utf8').split('\n').slice(0, -2));
  const content = lines.map((line) => `${line}\n`).join('');
  const trailer = JSON.stringify({
    sha256: createHash('sha256').update(content).digest('hex'),
    lines: lines.length,
  });
  const out = join(dir, `rewritten-${crypto.randomUUID()}.gz`);
  writeFileSync(out, gzipSync(`${content}${trailer}\n`));
  return out;
}

beforeAll(async () => {
  deps = depsFor(await testDatabase());
  tenant = await createTenant(deps, 'Säkerhetskopia');
  const m = tenant.municipalityId;
  const c = tenant.nodes.committee;
  // Values where a careless round trip loses something: all byte values, a bigint past 2^53, microseconds,
  // array elements that need quoting, and JSON with escapes and a number no double holds.
  await deps.db.execute(sql`insert into document_snapshots
    (municipality_id, committee_id, year, document_kind, format, content, file_name, sha256, adopted_at)
    values (${m}, ${c}, 2022, 'arsrapport', 'pdf', ${everyByte}, 'Årsrapport.pdf', 'x',
      '2026-01-02 03:04:05.123456+00')`);
  await deps.db.execute(sql`insert into state_grants
    (municipality_id, committee_id, year, sort_order, name, amount, code, grantor)
    values (${m}, ${c}, 2022, 0, 'Stort belopp', ${'9007199254740993'}::bigint, null, ${'Citat "så", ny\nrad'})`);
  await deps.db.execute(sql`insert into statement_tables (municipality_id, key, title, sort_order, columns)
    values (${m}, 'resultatrakning', 'Resultaträkning', 0, null)`);
  await deps.db.execute(sql`insert into statement_lines (municipality_id, key, label, sort_order, sum_of)
    values (${m}, 'kant', 'Kantfall', 0, ${sql.raw(`array['a,b', '"q"', '{x}', 'NULL', 'å']`)})`);
  await deps.db.execute(sql`insert into audit_log (municipality_id, at, action, entity_type, entity_id, after)
    values (${m}, now(), 'update', 'kantfall', ${c},
      ${'{"n": 12345678901234567890.5, "s": "tab\\t 🙂 \\"q\\""}'}::jsonb)`);
  const app = await buildApp(deps);
  await app.ready();
  signedIn = (await signInAs(app, tenant.users.admin.email)).cookie;
  await app.close();
  // A person locked out after failed sign-ins: the lock belongs to the running installation, not its data.
  await deps.db.execute(sql`update users set failed_sign_ins = 5, locked_until = now() + interval '1 hour'
    where municipality_id = ${m} and id = ${tenant.users.reader.id}`);
  await backupTo(deps, source);
  target = await emptyDatabase();
  await restoreBackup(target, source, 'source.backup.gz', await verifyBackup(source, 'source.backup.gz'));
});

afterAll(async () => {
  await target?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores every row into a fresh database exactly, and a backup of the restored database has the same rows', async () => {
    const header = await verifyBackup(source, 'source.backup.gz');
    const copy = join(dir, 'copy.backup.gz');
    const restoredDeps = depsFor(target);
    const again = await backupTo(restoredDeps, copy);
    expect(again.tables).toEqual(header.tables);
    expect(again.migration).toEqual(header.migration);
    expect(rowLines(copy)).toEqual(rowLines(source));

    const m = tenant.municipalityId;
    const read = async <T>(query: ReturnType<typeof sql>) =>
      ((await target.db.execute(query)) as unknown as { rows: T[] }).rows[0] as T;
    const snapshot = await read<{ content: Uint8Array; at: string }>(
      sql`select content, to_char(adopted_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') as at
          from document_snapshots where municipality_id = ${m}`,
    );
    expect(Buffer.from(snapshot.content).equals(everyByte)).toBe(true);
    expect(snapshot.at).toBe('2026-01-02 03:04:05.123456');
    const grant = await read<{ amount: string; grantor: string }>(
      sql`select amount::text as amount, grantor from state_grants where municipality_id = ${m}`,
    );
    expect(grant).toEqual({ amount: '9007199254740993', grantor: 'Citat "så", ny\nrad' });
    const line = await read<{ sumOf: string[] }>(
      sql`select sum_of as "sumOf" from statement_lines where municipality_id = ${m} and key = 'kant'`,
    );
    expect(line.sumOf).toEqual(['a,b', '"q"', '{x}', 'NULL', 'å']);
    const audit = await read<{ after: string }>(
      sql`select after::text as after from audit_log where municipality_id = ${m} and entity_type = 'kantfall'`,
    );
    expect(audit.after).toBe('{"n": 12345678901234567890.5, "s": "tab\\t 🙂 \\"q\\""}');
    // The identity sequence was moved past the restored rows, so the next write gets a new id.
    await target.db.execute(
      sql`insert into audit_log (municipality_id, at, action, entity_type, entity_id)
          values (${m}, now(), 'create', 'efter', 'x')`,
    );
  });

  it('carries no sign-ins: a cookie valid when the backup was taken opens nothing in the restored copy', async () => {
    const me = async (database: Database) => {
      const app = await buildApp(depsFor(database));
      await app.ready();
      try {
        return (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: signedIn } }))
          .statusCode;
      } finally {
        await app.close();
      }
    };
    expect(await me(await testDatabase())).toBe(200);
    expect(await me(target)).toBe(401);
    const header = await verifyBackup(source, 'source.backup.gz');
    expect(header.tables.map((table) => table.name)).not.toContain('sessions');
    const count = async (database: Database, query: ReturnType<typeof sql>) =>
      ((await database.db.execute(query)) as unknown as { rows: { count: number }[] }).rows[0]?.count;
    expect(await count(target, sql`select count(*)::int as count from sessions`)).toBe(0);
    const lock = sql`select count(*)::int as count from users
      where id = ${tenant.users.reader.id} and (failed_sign_ins > 0 or locked_until is not null)`;
    expect(await count(await testDatabase(), lock)).toBe(1);
    expect(await count(target, lock)).toBe(0);
  });

  it('restores no sessions and no lock from a backup made before they were left out', async () => {
    // Such a file: the source's sessions and locked person put back in, where the catalogue orders them.
    const m = tenant.municipalityId;
    const order = (await listTables(deps.db)).map((table) => table.name);
    const sessionRows = (
      (await deps.db.execute(
        sql`select row_to_json(t)::text as line from sessions t where municipality_id = ${m}`,
      )) as unknown as { rows: { line: string }[] }
    ).rows.map((row) => row.line);
    expect(sessionRows.length).toBeGreaterThan(0);
    const older = rewritten(source, ([first, ...rest]) => {
      const header = JSON.parse(first ?? '{}') as BackupHeader;
      const at = header.tables.findIndex((table) => order.indexOf(table.name) > order.indexOf('sessions'));
      const line = 1 + header.tables.slice(0, at).reduce((sum, table) => sum + table.rows, 0);
      header.tables.splice(at, 0, { name: 'sessions', rows: sessionRows.length });
      const rows = rest.map((row) =>
        row.includes(tenant.users.reader.id) && row.includes('"failed_sign_ins":0')
          ? row.replace('"failed_sign_ins":0', '"failed_sign_ins":5')
          : row,
      );
      rows.splice(line - 1, 0, ...sessionRows);
      return [JSON.stringify(header), ...rows];
    });
    const fresh = await emptyDatabase();
    try {
      const header = await verifyBackup(older, 'older.gz');
      expect(header.tables.map((table) => table.name)).toContain('sessions');
      await restoreBackup(fresh, older, 'older.gz', header);
      const read = async (query: ReturnType<typeof sql>) =>
        ((await fresh.db.execute(query)) as unknown as { rows: unknown[] }).rows;
      expect(await read(sql`select * from sessions`)).toEqual([]);
      expect(await read(sql`select failed_sign_ins from users where id = ${tenant.users.reader.id}`)).toEqual(
        [{ failed_sign_ins: 0 }],
      );
    } finally {
      await fresh.close();
    }
  });

  it('refuses a database that holds data, and a backup from a newer version of the schema', async () => {
    const header = await verifyBackup(source, 'source.backup.gz');
    await expect(restoreBackup(target, source, 'source.backup.gz', header)).rejects.toThrow(
      new RestoreRefused(
        'Databasen innehåller redan data; en säkerhetskopia återställs bara i en ny, tom databas.',
      ),
    );
    const newer = rewritten(source, ([first, ...rest]) => {
      const parsed = JSON.parse(first ?? '{}');
      parsed.migration = { tag: '9999_future', when: parsed.migration.when + 1 };
      return [JSON.stringify(parsed), ...rest];
    });
    const newerHeader = await verifyBackup(newer, 'newer.gz');
    await expect(restoreBackup(target, newer, 'newer.gz', newerHeader)).rejects.toThrow(
      /nyare version av Styr \(schema 9999_future/,
    );
  });

  it('restores a backup from an older schema into that schema, then migrates it forward', async () => {
    const older = codeMigrations().at(-2);
    if (!older) throw new Error('needs two migrations');
    const old = await emptyDatabase();
    const fresh = await emptyDatabase();
    try {
      await migrateUpTo(old, older);
      const id = crypto.randomUUID();
      await old.db.execute(
        sql`insert into municipalities (id, name, valid_from) values (${id}, 'Gamla kommun', '2000-01-01')`,
      );
      const file = join(dir, 'older.backup.gz');
      const header = await backupTo(depsFor(old), file);
      expect(header.migration).toEqual(older);
      await restoreBackup(fresh, file, 'older.backup.gz', await verifyBackup(file, 'older.backup.gz'));
      expect(await appliedMigration(fresh.db)).toEqual(codeMigrations().at(-1));
      const restored = (await fresh.db.execute(
        sql`select name from municipalities where id = ${id}`,
      )) as unknown as { rows: { name: string }[] };
      expect(restored.rows).toEqual([{ name: 'Gamla kommun' }]);
    } finally {
      await old.close();
      await fresh.close();
    }
  });

  it('refuses a file that is cut off, has a changed byte, was edited, or is no backup at all', async () => {
    const bytes = readFileSync(source);
    const truncated = join(dir, 'truncated.gz');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(verifyBackup(truncated, 'truncated.gz')).rejects.toThrow(/truncated\.gz: filen är avkortad/);

    const changed = join(dir, 'changed.gz');
    const flipped = Buffer.from(bytes);
    const at = Math.floor(flipped.length / 2);
    flipped[at] = (flipped[at] ?? 0) ^ 0x01;
    writeFileSync(changed, flipped);
    await expect(verifyBackup(changed, 'changed.gz')).rejects.toThrow(
      /changed\.gz: filen (är avkortad|har ändrats)/,
    );

    // Edited and compressed again with the old trailer: only the SHA-256 can tell.
    const content = gunzipSync(bytes).toString('utf8').replace('Stort belopp', 'Stort beloqp');
    const edited = join(dir, 'edited.gz');
    writeFileSync(edited, gzipSync(content));
    await expect(verifyBackup(edited, 'edited.gz')).rejects.toThrow(/kontrollsumman stämmer inte/);

    const other = join(dir, 'other.gz');
    writeFileSync(other, gzipSync('{"format":"styr/committee-year"}\n'));
    await expect(verifyBackup(other, 'other.gz')).rejects.toThrow(/inte en säkerhetskopia från Styr/);
    const plain = join(dir, 'plain.json');
    writeFileSync(plain, '{"format":"styr/backup"}\n');
    await expect(verifyBackup(plain, 'plain.json')).rejects.toThrow(/inte en säkerhetskopia från Styr/);
  });

  it('gives the backup over HTTP only to a local caller with the server’s secret', async () => {
    const token = 'ett-hemligt-token-som-ar-minst-32-tecken-langt';
    const app = await buildApp(deps, { localToken: token });
    await app.ready();
    try {
      const url = '/api/system/backup';
      const ok = await app.inject({ method: 'GET', url, headers: { [localTokenHeader]: token } });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.headers['content-type']).toBe('application/gzip');
      const file = join(dir, 'http.backup.gz');
      writeFileSync(file, ok.rawPayload);
      expect((await verifyBackup(file, 'http.backup.gz')).tables.length).toBeGreaterThan(30);

      const wrong = await app.inject({ method: 'GET', url, headers: { [localTokenHeader]: `${token}x` } });
      expect(wrong.statusCode).toBe(401);
      const remote = await app.inject({
        method: 'GET',
        url,
        remoteAddress: '10.1.2.3',
        headers: { [localTokenHeader]: token },
      });
      expect(remote.statusCode).toBe(401);
      const admin = await signInAs(app, tenant.users.admin.email);
      const signedIn = await app.inject({ method: 'GET', url, headers: { cookie: admin.cookie } });
      expect(signedIn.statusCode).toBe(403);
    } finally {
      await app.close();
    }
  });

  it('finds a running server by the note in its data directory, and ignores the note of one that is gone', async () => {
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    const note = { pid: process.pid, host: '127.0.0.1', port: 1234, token: 't'.repeat(43) };
    writeLocalServerNote(dataDir, note);
    expect(findLocalServer(dataDir)).toEqual(note);
    // Its process lives but nothing answers: the directory is left alone rather than opened beside a server.
    await expect(runBackup({ dataDir, out: join(dir, 'never.gz') })).rejects.toThrow(
      /svarar inte på 127\.0\.0\.1:1234 \(ECONNREFUSED\); om den inte längre körs, ta bort filen/,
    );
    expect(existsSync(join(dir, 'never.gz'))).toBe(false);
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeLocalServerNote(dataDir, { ...note, pid: gone });
    expect(findLocalServer(dataDir)).toBeNull();
  });
});
