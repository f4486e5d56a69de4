import { sql } from 'drizzle-orm';
import type { Db } from './executor.ts';

interface Written {
  sinceAnalyze: number;
  analyzed: number;
}

const written = new WeakMap<Db, Written>();

/**
 * Notes rows written in bulk and refreshes the planner's statistics once they have grown by a quarter.
 * PGlite runs no autovacuum, and PostgreSQL's comes late in a bulk load: without fresh statistics the
 * plans made while the tables were empty (foreign-key checks among them) stay, and every import gets
 * slower — measured at three to four times slower than with statistics (bench/RESULTS.md).
 */
export async function noteBulkWrite(db: Db, rows: number): Promise<void> {
  const state = written.get(db) ?? { sinceAnalyze: 0, analyzed: 0 };
  written.set(db, state);
  state.sinceAnalyze += rows;
  if (state.sinceAnalyze < Math.max(5_000, state.analyzed / 4)) return;
  state.analyzed += state.sinceAnalyze;
  state.sinceAnalyze = 0;
  await refreshStatistics(db);
}

/** Gathers the planner's statistics for every table: quick at a municipality's scale. */
export async function refreshStatistics(db: Db): Promise<void> {
  await db.execute(sql`analyze`);
}
