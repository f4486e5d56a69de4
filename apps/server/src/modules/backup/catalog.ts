import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';

/**
 * Sign-ins belong to the running installation, not to its data. A restored copy must not honour the cookies
 * of the one it was taken from, so sessions never go into a backup (nor come out of an older one).
 */
export const notBackedUp: ReadonlySet<string> = new Set(['sessions']);

/** Columns a backup writes, and a restore leaves, as a fresh installation has them: no failed sign-ins, no lock. */
export const resetColumns: Readonly<Record<string, Readonly<Record<string, SQL>>>> = {
  users: { failed_sign_ins: sql`0`, locked_until: sql`null::timestamptz` },
};

/** What a backup needs to know of one application table, read from the database's own catalogue. */
export interface TableInfo {
  name: string;
  /** Columns a restore writes: every column except generated ones. */
  columns: string[];
  /** The primary key's columns, the order rows are written in so a backup is deterministic. */
  primaryKey: string[];
  /** Identity columns declared GENERATED ALWAYS, which an insert must override. */
  identityAlways: boolean;
  /** Columns that draw from a sequence, whose position a restore moves past the restored rows. */
  sequenced: string[];
  /** The tables this one's foreign keys point to (itself excluded). */
  references: string[];
  /** A foreign key to the table itself (a tree), so its rows must be inserted in one statement. */
  selfReferencing: boolean;
}

async function rows<T>(db: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  // Both drivers answer raw SQL with { rows }; the shared database type cannot know which driver it is.
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * Every table of the application's schema (drizzle's own bookkeeping lives in its own schema), ordered so
 * that a table comes after every table it references. New tables are picked up without changes here.
 */
export async function listTables(db: Executor): Promise<TableInfo[]> {
  const columns = await rows<{ table: string; column: string; generated: boolean; identity: string }>(
    db,
    sql`select c.relname as "table", a.attname as "column", a.attgenerated <> '' as generated,
          a.attidentity as identity
        from pg_attribute a
        join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
        order by c.relname, a.attnum`,
  );
  const keys = await rows<{ table: string; column: string }>(
    db,
    sql`select c.relname as "table", a.attname as "column"
        from pg_index i
        join pg_class c on c.oid = i.indrelid
        join pg_namespace n on n.oid = c.relnamespace
        cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)
        join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
        where n.nspname = 'public' and i.indisprimary
        order by c.relname, k.position`,
  );
  const foreignKeys = await rows<{ child: string; parent: string }>(
    db,
    sql`select distinct child.relname as child, parent.relname as parent
        from pg_constraint f
        join pg_class child on child.oid = f.conrelid
        join pg_class parent on parent.oid = f.confrelid
        join pg_namespace n on n.oid = child.relnamespace
        where f.contype = 'f' and n.nspname = 'public'`,
  );
  const sequenced = await rows<{ table: string; column: string }>(
    db,
    sql`select c.relname as "table", a.attname as "column"
        from pg_depend d
        join pg_class s on s.oid = d.objid and s.relkind = 'S'
        join pg_class c on c.oid = d.refobjid
        join pg_attribute a on a.attrelid = c.oid and a.attnum = d.refobjsubid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and d.deptype in ('a', 'i')`,
  );

  const tables = new Map<string, TableInfo>();
  for (const column of columns) {
    const table = tables.get(column.table) ?? {
      name: column.table,
      columns: [],
      primaryKey: [],
      identityAlways: false,
      sequenced: [],
      references: [],
      selfReferencing: false,
    };
    if (!column.generated) table.columns.push(column.column);
    if (column.identity === 'a') table.identityAlways = true;
    tables.set(column.table, table);
  }
  for (const key of keys) tables.get(key.table)?.primaryKey.push(key.column);
  for (const entry of sequenced) tables.get(entry.table)?.sequenced.push(entry.column);
  for (const { child, parent } of foreignKeys) {
    const table = tables.get(child);
    if (!table) continue;
    if (child === parent) table.selfReferencing = true;
    else table.references.push(parent);
  }
  return dependencyOrder([...tables.values()]);
}

/** Parents before children; among tables free to go, by name, so the order is the same on every engine. */
export function dependencyOrder(tables: TableInfo[]): TableInfo[] {
  const remaining = new Map(tables.map((table) => [table.name, table]));
  const ordered: TableInfo[] = [];
  while (remaining.size > 0) {
    const ready = [...remaining.values()]
      .filter((table) => table.references.every((parent) => !remaining.has(parent)))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    if (ready.length === 0)
      throw new Error(`Tabellerna refererar till varandra i en cirkel: ${[...remaining.keys()].join(', ')}`);
    for (const table of ready) {
      ordered.push(table);
      remaining.delete(table.name);
    }
  }
  return ordered;
}
