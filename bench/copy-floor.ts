// The floor an import is compared with: the rows the import stored, loaded with plain COPY into a fresh
// database with the same schema (keys, indexes and foreign keys), one municipality at a time so no chunk
// outgrows memory. Only COPY FROM is timed.
import { performance } from 'node:perf_hooks';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { noteBulkWrite } from '../apps/server/src/db/statistics.ts';
import { createEmptyDatabase } from '../test/server-process.ts';
import { type BenchDatabase, openBenchDatabase } from './engines.ts';

export interface TableRows {
  table: string;
  rows: number;
}

interface Copier {
  query(text: string): Promise<{ rows: Record<string, unknown>[] }>;
  copyOut(select: string): Promise<Buffer>;
  /** Loads the rows and answers how long it took, in milliseconds. */
  copyIn(table: string, data: Buffer): Promise<number>;
  close(): Promise<void>;
}

async function pgliteCopier(bench: BenchDatabase): Promise<Copier> {
  const client = (bench.database.db as unknown as { $client: PGlite }).$client;
  return {
    query: (text) => client.query<Record<string, unknown>>(text),
    async copyOut(select) {
      const result = await client.query(`copy (${select}) to '/dev/blob'`);
      // No blob comes back when no row matched.
      return result.blob ? Buffer.from(await result.blob.arrayBuffer()) : Buffer.alloc(0);
    },
    async copyIn(table, data) {
      const blob = new Blob([new Uint8Array(data)]);
      const started = performance.now();
      await client.query(`copy ${table} from '/dev/blob'`, [], { blob });
      return performance.now() - started;
    },
    close: async () => {},
  };
}

async function postgresCopier(bench: BenchDatabase): Promise<Copier> {
  const client = new pg.Client({ connectionString: bench.location });
  await client.connect();
  return {
    query: (text) => client.query(text),
    async copyOut(select) {
      const chunks: Buffer[] = [];
      for await (const chunk of client.query(copyTo(`copy (${select}) to stdout`)))
        chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    async copyIn(table, data) {
      const started = performance.now();
      await new Promise<void>((resolve, reject) => {
        const stream = client.query(copyFrom(`copy ${table} from stdin`));
        stream.on('finish', resolve);
        stream.on('error', reject);
        stream.end(data);
      });
      return performance.now() - started;
    },
    close: () => client.end(),
  };
}

const copierFor = (bench: BenchDatabase) =>
  bench.engine === 'pglite' ? pgliteCopier(bench) : postgresCopier(bench);

/** Rows per application table, largest first. */
export async function countRows(bench: BenchDatabase): Promise<TableRows[]> {
  const copier = await copierFor(bench);
  try {
    return await tableRows(copier);
  } finally {
    await copier.close();
  }
}

async function tableRows(copier: Copier): Promise<TableRows[]> {
  const counts: TableRows[] = [];
  for (const table of await tablesInLoadOrder(copier)) {
    const [count] = (await copier.query(`select count(*)::int as n from public."${table}"`)).rows;
    counts.push({ table, rows: Number(count?.n ?? 0) });
  }
  return counts.filter((entry) => entry.rows > 0).sort((a, b) => b.rows - a.rows);
}

/** The application's tables, each after the tables its foreign keys point to. */
async function tablesInLoadOrder(copier: Copier): Promise<string[]> {
  const tables = (
    await copier.query("select tablename from pg_tables where schemaname = 'public' order by tablename")
  ).rows.map((row) => String(row.tablename));
  const references = (
    await copier.query(
      "select conrelid::regclass::text as child, confrelid::regclass::text as parent from pg_constraint where contype = 'f'",
    )
  ).rows.map((row) => ({
    child: String(row.child).replaceAll('"', ''),
    parent: String(row.parent).replaceAll('"', ''),
  }));
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const { child, parent } of references) if (child === table && parent !== table) visit(parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

/** A second, empty database of the same engine with the same schema, to COPY into. */
async function freshTarget(bench: BenchDatabase): Promise<BenchDatabase> {
  if (bench.engine === 'pglite') return openBenchDatabase('pglite');
  return openBenchDatabase('postgres', await createEmptyDatabase(bench.location));
}

/** Loads every stored row into a fresh database with plain COPY; answers the rows and the milliseconds COPY took. */
export async function measureCopyFloor(bench: BenchDatabase): Promise<{ rows: number; ms: number }> {
  const source = await copierFor(bench);
  const target = await freshTarget(bench);
  const sink = await copierFor(target);
  try {
    const tables = await tablesInLoadOrder(source);
    const scoped = new Set(
      (
        await source.query(
          "select table_name from information_schema.columns where table_schema = 'public' and column_name = 'municipality_id'",
        )
      ).rows.map((row) => String(row.table_name)),
    );
    const municipalities = (await source.query('select id from public.municipalities order by id')).rows.map(
      (row) => String(row.id),
    );
    let ms = 0;
    let rows = 0;
    const copy = async (table: string, where: string) => {
      const data = await source.copyOut(`select * from public."${table}" ${where}`);
      if (data.length === 0) return;
      let count = 0;
      for (let index = data.indexOf(10); index >= 0; index = data.indexOf(10, index + 1)) count++;
      rows += count;
      ms += await sink.copyIn(`public."${table}"`, data);
      // The same statistics policy as the import, untimed, so the floor is as fast as it can be.
      await noteBulkWrite(target.database.db, count);
    };
    for (const table of tables)
      if (!scoped.has(table) && table !== '__drizzle_migrations') await copy(table, '');
    for (const id of municipalities)
      for (const table of tables) if (scoped.has(table)) await copy(table, `where municipality_id = '${id}'`);
    return { rows, ms };
  } finally {
    await sink.close();
    await target.close();
    await source.close();
  }
}
