import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { auditLog, users } from '../../db/schema/index.ts';

/** Who made the newest recorded change to an object and when; null when the log holds none for it. */
export async function readLatestChange(
  db: Executor,
  query: { municipalityId: string; entityId: string },
): Promise<{ name: string; at: string } | null> {
  const [row] = await db
    .select({ at: auditLog.at, actorId: auditLog.actorId, name: users.displayName })
    .from(auditLog)
    .leftJoin(users, and(eq(users.municipalityId, auditLog.municipalityId), eq(users.id, auditLog.actorId)))
    .where(and(eq(auditLog.municipalityId, query.municipalityId), eq(auditLog.entityId, query.entityId)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  if (!row) return null;
  // A change without a person was made by the system (an import from the command line, the demo loader).
  const name = row.actorId ? (row.name ?? 'Okänd användare') : 'Styr (import eller systemet)';
  return { name, at: row.at.toISOString() };
}
