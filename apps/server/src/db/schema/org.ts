import type { NumberStyle } from '@styr/shared/format/number-style';
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** The tenant. Every other table leads with its id so the schema can be distributed by it. */
export const municipalities = pgTable('municipalities', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  koladaId: text('kolada_id'),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  version: integer('version').notNull().default(1),
  /** Raised by every transaction that changes the municipality's data, so cached views know when they are stale. */
  revision: bigint('revision', { mode: 'number' }).notNull().default(0),
  /** The municipality's own wording of fixed document words, by label key; the rest print their default. */
  documentLabels: jsonb('document_labels').$type<Record<string, string>>().notNull().default({}),
  /** How documents print figures (minus sign, digit groups); null: the real minus sign and grouped digits. */
  numberStyle: jsonb('number_style').$type<NumberStyle>(),
  ...timestamps,
});

export const orgNodes = pgTable(
  'org_nodes',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    id: uuid('id').notNull(),
    parentId: uuid('parent_id'),
    kind: text('kind', { enum: ['committee', 'administration', 'department', 'unit'] }).notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.id] }),
    foreignKey({
      columns: [table.municipalityId, table.parentId],
      foreignColumns: [table.municipalityId, table.id],
    }),
    index('org_nodes_parent_idx').on(table.municipalityId, table.parentId),
    check(
      'org_nodes_kind_check',
      sql`${table.kind} in ('committee', 'administration', 'department', 'unit')`,
    ),
    check(
      'org_nodes_validity_check',
      sql`${table.validTo} is null or ${table.validTo} >= ${table.validFrom}`,
    ),
  ],
);

/** What the municipality calls each kind of unit and which kinds it places directly under it. */
export const orgKinds = pgTable(
  'org_kinds',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    kind: text('kind', { enum: ['committee', 'administration', 'department', 'unit'] }).notNull(),
    label: text('label').notNull(),
    children: text('children', { enum: ['administration', 'department', 'unit'] })
      .array()
      .notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.kind] }),
    check(
      'org_kinds_kind_check',
      sql`${table.kind} in ('committee', 'administration', 'department', 'unit')`,
    ),
  ],
);

/**
 * A unit (typically an administration) that serves a committee besides the one above it in the tree: the
 * committee sees the unit and everything beneath it in its own tree, with the rights its grants give there.
 */
export const orgNodeCommittees = pgTable(
  'org_node_committees',
  {
    municipalityId: uuid('municipality_id').notNull(),
    nodeId: uuid('node_id').notNull(),
    committeeId: uuid('committee_id').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.nodeId, table.committeeId] }),
    foreignKey({
      columns: [table.municipalityId, table.nodeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    foreignKey({
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    index('org_node_committees_committee_idx').on(table.municipalityId, table.committeeId),
  ],
);
