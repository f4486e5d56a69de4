import type { AuditEntry } from '@styr/shared/contracts/audit';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { markChanged } from '../../db/revision.ts';
import { auditLog, users } from '../../db/schema/index.ts';
import type { Actor } from '../../deps.ts';

export type AuditValues = Record<string, unknown> | null;

export interface AuditRecord {
  actor: Pick<Actor, 'municipalityId' | 'userId'>;
  at: Date;
  action: 'create' | 'update' | 'delete';
  entityType: string;
  entityId: string;
  /** The committee whose object this is, when the caller knows it; the log is read per committee by it. */
  committeeId?: string | null;
  before: AuditValues;
  after: AuditValues;
}

/** Written in the same transaction as the change it describes, so neither exists without the other. */
export async function recordAudit(tx: Executor, record: AuditRecord): Promise<void> {
  await tx.insert(auditLog).values({
    municipalityId: record.actor.municipalityId,
    at: record.at,
    actorId: record.actor.userId,
    committeeId: record.committeeId ?? null,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    before: record.before,
    after: record.after,
  });
  await markChanged(tx, record.actor.municipalityId);
}

/** Only the fields that changed, so a history entry says what happened rather than repeating the object. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changedBefore[key] = before[key];
      changedAfter[key] = after[key];
    }
  }
  return { before: changedBefore, after: changedAfter };
}

/** Records an update as the fields that changed; `noted` adds facts not visible in the values (a new password). */
export function recordUpdate(
  tx: Executor,
  update: Omit<AuditRecord, 'action' | 'before' | 'after'> & {
    before: Record<string, unknown>;
    after: Record<string, unknown>;
    noted?: Record<string, unknown>;
  },
): Promise<void> {
  const { before, after, noted, ...rest } = update;
  const changes = changedFields(before, after);
  return recordAudit(tx, {
    ...rest,
    action: 'update',
    before: changes.before,
    after: { ...changes.after, ...noted },
  });
}

export async function readHistory(
  db: Executor,
  query: { municipalityId: string; entityTypes: string[]; entityId: string },
): Promise<AuditEntry[]> {
  const rows = await db
    .select({ entry: auditLog, actorName: users.displayName })
    .from(auditLog)
    .leftJoin(users, and(eq(users.municipalityId, auditLog.municipalityId), eq(users.id, auditLog.actorId)))
    .where(
      and(
        eq(auditLog.municipalityId, query.municipalityId),
        inArray(auditLog.entityType, query.entityTypes),
        eq(auditLog.entityId, query.entityId),
      ),
    )
    .orderBy(desc(auditLog.id));
  return rows.map(({ entry, actorName }) => ({
    id: String(entry.id),
    at: entry.at.toISOString(),
    actor: entry.actorId ? { id: entry.actorId, displayName: actorName ?? 'Okänd användare' } : null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  }));
}
