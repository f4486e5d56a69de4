import { and, eq, gt } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { roleGrants, sessions, users } from '../../db/schema/index.ts';

export async function findSessionWithUser(
  db: Executor,
  municipalityId: string,
  tokenHash: string,
  now: Date,
) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, and(eq(users.municipalityId, sessions.municipalityId), eq(users.id, sessions.userId)))
    .where(
      and(
        eq(sessions.municipalityId, municipalityId),
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.expiresAt, now),
        eq(users.active, true),
      ),
    );
  return row;
}

export function listGrants(db: Executor, municipalityId: string, userId: string) {
  return db
    .select()
    .from(roleGrants)
    .where(and(eq(roleGrants.municipalityId, municipalityId), eq(roleGrants.userId, userId)));
}

export function deleteSession(db: Executor, municipalityId: string, tokenHash: string) {
  return db
    .delete(sessions)
    .where(and(eq(sessions.municipalityId, municipalityId), eq(sessions.tokenHash, tokenHash)));
}
