import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable(
  'audit_log',
  {
    municipalityId: uuid('municipality_id').notNull(),
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    /** The committee whose object changed, so a controller can read their committees' log; null: municipality-wide. */
    committeeId: uuid('committee_id'),
    action: text('action', { enum: ['create', 'update', 'delete'] }).notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.id] }),
    index('audit_log_entity_idx').on(table.municipalityId, table.entityType, table.entityId, table.id),
    // A refused stale save names who saved last, knowing only the object's id.
    index('audit_log_entity_id_idx').on(table.municipalityId, table.entityId, table.id),
    // The audit log is read newest first, narrowed by committee or by person.
    index('audit_log_committee_idx').on(table.municipalityId, table.committeeId, table.id),
    index('audit_log_actor_idx').on(table.municipalityId, table.actorId, table.id),
    check('audit_log_action_check', sql`${table.action} in ('create', 'update', 'delete')`),
  ],
);
