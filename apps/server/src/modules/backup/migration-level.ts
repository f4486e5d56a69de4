import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { type Database, migrationsFolder } from '../../db/connect.ts';
import type { Executor } from '../../db/executor.ts';

/** A migration as drizzle's journal names it; `when` is what drizzle records as applied. */
export interface MigrationLevel {
  tag: string;
  when: number;
}

interface Journal {
  entries: (MigrationLevel & Record<string, unknown>)[];
}

function readJournal(folder = migrationsFolder): Journal {
  return JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8'));
}

/** The migrations this version of the code knows, oldest first. */
export function codeMigrations(): MigrationLevel[] {
  return readJournal().entries.map(({ tag, when }) => ({ tag, when }));
}

/** The newest migration applied to the database; null when none is (a brand-new database). */
export async function appliedMigration(db: Executor): Promise<MigrationLevel | null> {
  const exists = (await db.execute(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  )) as unknown as { rows: { present: boolean }[] };
  if (!exists.rows[0]?.present) return null;
  const latest = (await db.execute(
    sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  )) as unknown as { rows: { created_at: string | number }[] };
  const when = latest.rows[0] ? Number(latest.rows[0].created_at) : null;
  if (when === null) return null;
  return codeMigrations().find((migration) => migration.when === when) ?? { tag: 'okänd', when };
}

/**
 * Applies the code's migrations up to and including `level`, so data from an older backup is restored into the
 * schema it was taken from and later migrations then carry it forward as they would have on the original.
 */
export async function migrateUpTo(database: Database, level: MigrationLevel): Promise<void> {
  const journal = readJournal();
  const folder = mkdtempSync(join(tmpdir(), 'styr-migrations-'));
  try {
    mkdirSync(join(folder, 'meta'));
    const entries = journal.entries.filter((entry) => entry.when <= level.when);
    writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
    for (const entry of entries)
      copyFileSync(join(migrationsFolder, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
    await database.migrate(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
