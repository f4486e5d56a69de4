import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/connect.ts';
import type { Executor } from '../../db/executor.ts';
import { type BackupHeader, readBackup } from './backup-file.ts';
import { listTables, notBackedUp, resetColumns, type TableInfo } from './catalog.ts';
import { appliedMigration, codeMigrations, migrateUpTo } from './migration-level.ts';

/** Rows per insert statement, bounded by size too, so a table of large documents does not make one huge query. */
const batchRows = 2000;
const batchBytes = 8 * 1024 * 1024;

const quote = (name: string) => sql.identifier(name);

/** A refusal to restore, told in Swedish; the database is left as it was. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

async function holdsData(db: Executor): Promise<boolean> {
  for (const table of await listTables(db)) {
    const result = (await db.execute(
      sql`select exists (select 1 from ${quote(table.name)}) as present`,
    )) as unknown as { rows: { present: boolean }[] };
    if (result.rows[0]?.present) return true;
  }
  return false;
}

/** Checks the backup's schema level against the code and the target, and brings the target to that level. */
async function prepareTarget(database: Database, header: BackupHeader): Promise<void> {
  const known = codeMigrations();
  const newest = known.at(-1);
  if (newest && header.migration.when > newest.when)
    throw new RestoreRefused(
      `Säkerhetskopian är gjord med en nyare version av Styr (schema ${header.migration.tag}, den här versionen har ${newest.tag}); uppdatera Styr först.`,
    );
  if (!known.some((migration) => migration.when === header.migration.when))
    throw new RestoreRefused(
      `Säkerhetskopiens schema ${header.migration.tag} är okänt för den här versionen av Styr.`,
    );
  const applied = await appliedMigration(database.db);
  if (applied) {
    if (await holdsData(database.db))
      throw new RestoreRefused(
        'Databasen innehåller redan data; en säkerhetskopia återställs bara i en ny, tom databas.',
      );
    if (applied.when > header.migration.when)
      throw new RestoreRefused(
        `Databasen har redan ett nyare schema (${applied.tag}) än säkerhetskopian (${header.migration.tag}); återställ i en ny, tom databas.`,
      );
  }
  await migrateUpTo(database, header.migration);
}

function insertStatement(table: TableInfo, rows: string[]): SQL {
  const columns = sql.join(table.columns.map(quote), sql`, `);
  const overriding = table.identityAlways ? sql` overriding system value` : sql``;
  // The rows travel as the JSON text they were written as; PostgreSQL parses them into the table's own types.
  return sql`insert into ${quote(table.name)} (${columns})${overriding}
    select ${columns} from json_populate_recordset(null::${quote(table.name)}, ${`[${rows.join(',')}]`}::json)`;
}

async function restoreTable(tx: Executor, table: TableInfo, rows: AsyncIterable<string>): Promise<number> {
  let batch: string[] = [];
  let bytes = 0;
  let restored = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await tx.execute(insertStatement(table, batch));
    restored += batch.length;
    batch = [];
    bytes = 0;
  };
  for await (const row of rows) {
    batch.push(row);
    bytes += row.length;
    // A tree's rows go in one statement: its foreign key to itself is checked when the statement ends.
    if (!table.selfReferencing && (batch.length >= batchRows || bytes >= batchBytes)) await flush();
  }
  await flush();
  // A backup from before these columns were reset may still carry lockouts (at a schema level that has them).
  const resets = Object.entries(resetColumns[table.name] ?? {}).filter(([column]) =>
    table.columns.includes(column),
  );
  if (restored > 0 && resets.length > 0)
    await tx.execute(
      sql`update ${quote(table.name)} set ${sql.join(
        resets.map(([column, value]) => sql`${quote(column)} = ${value}`),
        sql`, `,
      )}`,
    );
  for (const column of table.sequenced) {
    await tx.execute(
      sql`select setval(pg_get_serial_sequence(${`"${table.name}"`}, ${column}), max(${quote(column)}))
          from ${quote(table.name)} having count(*) > 0`,
    );
  }
  return restored;
}

/**
 * Restores a backup file, already checked whole with verifyBackup (which gave `header`), into a fresh database:
 * the schema brought to the backup's level, every row inserted in one transaction (all or nothing, the file's
 * hash checked again before it commits), and the remaining migrations applied.
 */
export async function restoreBackup(
  database: Database,
  path: string,
  file: string,
  header: BackupHeader,
): Promise<void> {
  await prepareTarget(database, header);
  await database.db.transaction(async (tx) => {
    const tables = new Map((await listTables(tx)).map((table) => [table.name, table]));
    const missing = header.tables.filter((table) => !tables.has(table.name)).map((table) => table.name);
    if (missing.length > 0)
      throw new RestoreRefused(`Säkerhetskopian har tabeller som schemat saknar: ${missing.join(', ')}.`);
    const order = [...tables.keys()];
    const position = (name: string) => order.indexOf(name);
    const backupOrder = header.tables.map((table) => position(table.name));
    if (backupOrder.some((at, index) => index > 0 && at < (backupOrder[index - 1] ?? 0)))
      throw new RestoreRefused('Säkerhetskopians tabeller står i en ordning som schemat inte tillåter.');
    await readBackup(path, file, async (entry, rows) => {
      const table = tables.get(entry.name);
      // An older backup may hold sessions; a restored copy honours none of them.
      if (table && !notBackedUp.has(table.name)) await restoreTable(tx, table, rows);
    });
  });
  await database.migrate();
}
