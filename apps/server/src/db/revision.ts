import { AsyncLocalStorage } from 'node:async_hooks';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db, Executor } from './executor.ts';
import { municipalities } from './schema/index.ts';

const changedInTransaction = new AsyncLocalStorage<Set<string>>();

const raise = (executor: Executor, ids: readonly string[]) =>
  executor
    .update(municipalities)
    .set({ revision: sql`${municipalities.revision} + 1` })
    .where(inArray(municipalities.id, [...ids]));

/** Notes that the municipality's data changed: its revision rises when the transaction commits, or now outside one. */
export async function markChanged(executor: Executor, municipalityId: string): Promise<void> {
  const changed = changedInTransaction.getStore();
  if (changed) changed.add(municipalityId);
  else await raise(executor, [municipalityId]);
}

/**
 * Makes every transaction raise the revision of the municipalities it changed, as its last statement. Taken
 * last and in id order, the municipality's row lock is held only while committing, so it cannot deadlock.
 */
export function raiseRevisionsOnCommit(db: Db): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((work, config) =>
    transaction(
      (tx) =>
        changedInTransaction.run(new Set(), async () => {
          const result = await work(tx);
          const changed = changedInTransaction.getStore();
          if (changed && changed.size > 0) await raise(tx, [...changed].sort());
          return result;
        }),
      config,
    )) as Db['transaction'];
}

/** The municipality's revision: equal revisions mean equal data. */
export async function readRevision(executor: Executor, municipalityId: string): Promise<number | null> {
  const [row] = await executor
    .select({ revision: municipalities.revision })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  return row?.revision ?? null;
}
