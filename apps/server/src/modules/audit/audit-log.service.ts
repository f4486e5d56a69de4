import type { AuditActors, AuditLogFilters, AuditLogPage } from '@styr/shared/contracts/audit';
import { type GrantLike, permissionReach } from '@styr/shared/domain/access';
import { systemActorName } from '@styr/shared/domain/audit-log';
import { and, asc, desc, eq, exists, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { auditLog, orgNodes, users } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';

export interface AuditReader {
  municipalityId: string;
  grants: readonly GrantLike[];
}

/**
 * The rows the reader may see: all for a municipality-wide holder of audit.read, else only those of committees
 * where they hold it; rows without a committee (users, the organisation) only for municipality-wide holders.
 */
function visibleRows(reader: AuditReader, committeeId: string | undefined): SQL[] {
  const reach = permissionReach(reader.grants, 'audit.read');
  if (!reach.wholeMunicipality && reach.nodeIds.size === 0)
    throw new AppError('FORBIDDEN', 'Du saknar behörighet att läsa ändringsloggen.');
  if (committeeId && !reach.wholeMunicipality && !reach.nodeIds.has(committeeId))
    throw new AppError('FORBIDDEN', 'Du saknar behörighet att läsa ändringsloggen för den nämnden.');
  const conditions = [eq(auditLog.municipalityId, reader.municipalityId)];
  if (committeeId) conditions.push(eq(auditLog.committeeId, committeeId));
  else if (!reach.wholeMunicipality) conditions.push(inArray(auditLog.committeeId, [...reach.nodeIds]));
  return conditions;
}

// Dates are Swedish calendar days: "to" includes the whole day, in Swedish time whatever the server's zone.
const startOfDay = (date: string) => sql`(${date}::date)::timestamp at time zone 'Europe/Stockholm'`;
const endOfDay = (date: string) => sql`(${date}::date + 1)::timestamp at time zone 'Europe/Stockholm'`;

/** The audit log newest first, narrowed by the filters, one page at a time. */
export async function listAuditLog(
  deps: Pick<Deps, 'db'>,
  reader: AuditReader,
  filters: AuditLogFilters,
): Promise<AuditLogPage> {
  const conditions = visibleRows(reader, filters.committeeId);
  if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) conditions.push(eq(auditLog.entityId, filters.entityId));
  if (filters.actorId) conditions.push(eq(auditLog.actorId, filters.actorId));
  if (filters.from) conditions.push(gte(auditLog.at, startOfDay(filters.from)));
  if (filters.to) conditions.push(lt(auditLog.at, endOfDay(filters.to)));
  if (filters.cursor) conditions.push(lt(auditLog.id, Number(filters.cursor)));
  const limit = filters.limit ?? 50;
  const rows = await deps.db
    .select({ entry: auditLog, actorName: users.displayName, committeeName: orgNodes.name })
    .from(auditLog)
    .leftJoin(users, and(eq(users.municipalityId, auditLog.municipalityId), eq(users.id, auditLog.actorId)))
    .leftJoin(
      orgNodes,
      and(eq(orgNodes.municipalityId, auditLog.municipalityId), eq(orgNodes.id, auditLog.committeeId)),
    )
    .where(and(...conditions))
    // Identity order is the order of writing, so a page boundary never splits rows with the same time.
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return {
    entries: page.map(({ entry, actorName, committeeName }) => ({
      id: String(entry.id),
      at: entry.at.toISOString(),
      actor: entry.actorId
        ? { id: entry.actorId, displayName: actorName ?? 'Okänd användare' }
        : { id: null, displayName: systemActorName },
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      committee: entry.committeeId ? { id: entry.committeeId, name: committeeName ?? 'Okänd nämnd' } : null,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
    nextCursor: rows.length > limit ? String(page.at(-1)?.entry.id) : null,
  };
}

/** The people who changed something the reader may see, for choosing one; one index probe per person. */
export async function listAuditActors(deps: Pick<Deps, 'db'>, reader: AuditReader): Promise<AuditActors> {
  const conditions = visibleRows(reader, undefined);
  const actors = await deps.db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.municipalityId, reader.municipalityId),
        exists(
          deps.db
            .select({ one: sql`1` })
            .from(auditLog)
            .where(and(...conditions, eq(auditLog.actorId, users.id))),
        ),
      ),
    )
    .orderBy(asc(users.displayName));
  return { actors };
}
