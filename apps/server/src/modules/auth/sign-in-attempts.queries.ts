import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { users } from '../../db/schema/index.ts';

export const maxFailedSignIns = 5;
const lockMinutes = 5;

/**
 * Counts a sign-in attempt before its password is checked, in one UPDATE that increments and decides, so that
 * attempts sent in parallel (to one server or to several) are counted one after the other by the row's lock:
 * the attempt that reaches `maxFailedSignIns` starts the lock, and while it lasts every attempt comes back with
 * `attempt` above the maximum, whatever its password. A success resets the count (`resetSignInAttempts`); an
 * expired lock starts it over. No row: no account has this e-mail.
 */
export async function claimSignInAttempt(db: Executor, email: string, now: Date) {
  const locked = sql`${users.lockedUntil} > ${now.toISOString()}::timestamptz`;
  // A lock that has expired starts the count over.
  const earlier = sql`(case when ${users.lockedUntil} is null then ${users.failedSignIns} else 0 end)`;
  const lockEnd = new Date(now.getTime() + lockMinutes * 60_000).toISOString();
  const [row] = await db
    .update(users)
    .set({
      failedSignIns: sql`case when ${locked} then ${maxFailedSignIns + 1}::int else ${earlier} + 1 end`,
      lockedUntil: sql`case
        when ${locked} then ${users.lockedUntil}
        when ${earlier} + 1 >= ${maxFailedSignIns}::int then ${lockEnd}::timestamptz
        else null end`,
    })
    .where(eq(users.email, email))
    .returning({
      municipalityId: users.municipalityId,
      id: users.id,
      passwordHash: users.passwordHash,
      active: users.active,
      attempt: users.failedSignIns,
    });
  return row;
}

export function resetSignInAttempts(db: Executor, municipalityId: string, userId: string) {
  return db
    .update(users)
    .set({ failedSignIns: 0, lockedUntil: null })
    .where(and(eq(users.municipalityId, municipalityId), eq(users.id, userId)));
}
