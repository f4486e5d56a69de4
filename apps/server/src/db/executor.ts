import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: queries take whichever they are given. */
export type Executor = Db | Tx;

type Reads = readonly (() => Promise<unknown>)[];

/**
 * Runs reads one after another and gives their results in order. An executor may be a transaction, which has one
 * connection: reads sent to it at once queue on that client, which node-postgres warns about and from version 9
 * refuses. Local reads are short, so little is lost against the pool's parallelism.
 */
export async function readInTurn<const T extends Reads>(
  reads: T,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}
