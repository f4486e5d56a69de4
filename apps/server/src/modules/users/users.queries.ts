import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { roleGrants, users } from '../../db/schema/index.ts';

export async function findUser(db: Executor, municipalityId: string, userId: string, forUpdate = false) {
  const query = db
    .select()
    .from(users)
    .where(and(eq(users.municipalityId, municipalityId), eq(users.id, userId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export function listUsers(db: Executor, municipalityId: string) {
  return db
    .select()
    .from(users)
    .where(eq(users.municipalityId, municipalityId))
    .orderBy(asc(users.displayName));
}

export function listMunicipalityGrants(db: Executor, municipalityId: string) {
  return db
    .select()
    .from(roleGrants)
    .where(eq(roleGrants.municipalityId, municipalityId))
    .orderBy(asc(roleGrants.createdAt));
}

export async function findGrant(db: Executor, municipalityId: string, userId: string, grantId: string) {
  const [row] = await db
    .select()
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.municipalityId, municipalityId),
        eq(roleGrants.userId, userId),
        eq(roleGrants.id, grantId),
      ),
    );
  return row;
}
