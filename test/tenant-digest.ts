import { sql } from 'drizzle-orm';
import type { Deps } from '../apps/server/src/deps.ts';

let tables: Promise<string[]> | undefined;

/** Every table that holds a tenant's rows; sessions change with every request and are left out. */
function tenantTables(deps: Deps): Promise<string[]> {
  tables ??= deps.db
    .execute(
      sql`select table_name from information_schema.columns
          where column_name = 'municipality_id' and table_schema = current_schema() and table_name <> 'sessions'
          order by table_name`,
    )
    .then((result) =>
      (result as unknown as { rows: { table_name: string }[] }).rows.map((row) => row.table_name),
    );
  return tables;
}

/**
 * A fingerprint of everything a municipality has in the database: per table the row count and a hash of the
 * rows. Two equal digests mean that nothing was written, which an export could miss for tables it does not show.
 */
export async function tenantDigest(deps: Deps, municipalityId: string): Promise<Record<string, string>> {
  const parts = (await tenantTables(deps)).map(
    (table) =>
      sql`select ${table} as name, count(*) || ':' || coalesce(md5(string_agg(row_text, '|' order by row_text)), '') as digest
          from (select t::text as row_text from ${sql.identifier(table)} t where municipality_id = ${municipalityId}) rows`,
  );
  parts.push(
    sql`select 'municipalities' as name, md5(m::text) as digest from municipalities m where id = ${municipalityId}`,
  );
  const result = (await deps.db.execute(sql.join(parts, sql` union all `))) as unknown as {
    rows: { name: string; digest: string }[];
  };
  return Object.fromEntries(result.rows.map((row) => [row.name, row.digest]));
}
