import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import type { Deps } from '../../deps.ts';
import {
  type BackupHeader,
  backupFormat,
  backupFormatVersion,
  backupHeaderSchema,
  trailerLine,
} from './backup-file.ts';
import { listTables, notBackedUp, resetColumns, type TableInfo } from './catalog.ts';
import { appliedMigration } from './migration-level.ts';

const quote = (name: string) => sql.identifier(name);

/** The table's rows as the backup holds them: as stored, except the columns it resets. */
function source(table: TableInfo) {
  const resets = resetColumns[table.name];
  if (!resets) return quote(table.name);
  const columns = table.columns.map((column) => {
    const reset = resets[column];
    return reset ? sql`${reset} as ${quote(column)}` : quote(column);
  });
  return sql`(select ${sql.join(columns, sql`, `)} from ${quote(table.name)})`;
}

async function tableRows(tx: Executor, table: TableInfo): Promise<string[]> {
  // Ordered by the primary key (or the whole row) so the same data always gives the same file.
  const order =
    table.primaryKey.length > 0 ? sql.join(table.primaryKey.map(quote), sql`, `) : sql.raw('t::text');
  const result = (await tx.execute(
    sql`select row_to_json(t)::text as line from ${source(table)} t order by ${order}`,
  )) as unknown as { rows: { line: string }[] };
  return result.rows.map((row) => row.line);
}

async function rowCount(tx: Executor, table: TableInfo): Promise<number> {
  const result = (await tx.execute(
    sql`select count(*)::int as count from ${quote(table.name)}`,
  )) as unknown as { rows: { count: number }[] };
  return Number(result.rows[0]?.count ?? 0);
}

/**
 * Writes one consistent snapshot of every application table to `output` as a gzip'd backup file. All reads
 * happen in one read-only repeatable-read transaction, so writes that go on meanwhile are either wholly in the
 * backup or not at all.
 */
export async function writeBackup(deps: Deps, output: Writable): Promise<BackupHeader> {
  const gzip = createGzip();
  const written = pipeline(gzip, output);
  const hash = createHash('sha256');
  let lines = 0;
  const emit = async (line: string) => {
    const text = `${line}\n`;
    hash.update(text);
    lines++;
    if (!gzip.write(text)) await once(gzip, 'drain');
  };

  try {
    const header = await deps.db.transaction(
      async (tx) => {
        const migration = await appliedMigration(tx);
        if (!migration)
          throw new Error('Databasen har inget schema ännu; det finns inget att säkerhetskopiera.');
        const tables = (await listTables(tx)).filter((table) => !notBackedUp.has(table.name));
        const counts = [];
        for (const table of tables) counts.push({ name: table.name, rows: await rowCount(tx, table) });
        const header = backupHeaderSchema.parse({
          format: backupFormat,
          version: backupFormatVersion,
          migration,
          createdAt: deps.clock.now().toISOString(),
          engine: deps.engine,
          tables: counts,
        });
        await emit(JSON.stringify(header));
        for (const table of tables) for (const row of await tableRows(tx, table)) await emit(row);
        return header;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    gzip.end(`${trailerLine(hash.digest('hex'), lines)}\n`);
    await written;
    return header;
  } catch (error) {
    gzip.destroy(error instanceof Error ? error : new Error(String(error)));
    await written.catch(() => {});
    throw error;
  }
}

/** The totals a person is told: rows over all tables, and the number of tables. */
export const backupTotals = (header: BackupHeader) => ({
  rows: header.tables.reduce((sum, table) => sum + table.rows, 0),
  tables: header.tables.length,
});
