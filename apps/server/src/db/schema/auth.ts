import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalities, orgNodes } from './org.ts';

export const users = pgTable(
  'users',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    id: uuid('id').notNull(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.id] }),
    // Sign-in names a person by e-mail alone, so it must be unique across tenants.
    uniqueIndex('users_email_unique').on(table.email),
  ],
);

export const roleGrants = pgTable(
  'role_grants',
  {
    municipalityId: uuid('municipality_id').notNull(),
    id: uuid('id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role', {
      enum: ['reader', 'reporter', 'controller', 'member', 'admin', 'auditor'],
    }).notNull(),
    /** null: the whole municipality. */
    nodeId: uuid('node_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.id] }),
    foreignKey({
      columns: [table.municipalityId, table.userId],
      foreignColumns: [users.municipalityId, users.id],
    }),
    foreignKey({
      columns: [table.municipalityId, table.nodeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    unique('role_grants_unique')
      .on(table.municipalityId, table.userId, table.role, table.nodeId)
      .nullsNotDistinct(),
    check(
      'role_grants_role_check',
      sql`${table.role} in ('reader', 'reporter', 'controller', 'member', 'admin', 'auditor')`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    municipalityId: uuid('municipality_id').notNull(),
    /** SHA-256 of the token in the cookie; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.tokenHash] }),
    foreignKey({
      columns: [table.municipalityId, table.userId],
      foreignColumns: [users.municipalityId, users.id],
    }).onDelete('cascade'),
    index('sessions_user_idx').on(table.municipalityId, table.userId),
  ],
);
