import { foreignKey, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ore } from './columns.ts';
import { orgNodes } from './org.ts';

/**
 * An investment project of a committee's year: its budget, outcome and forecast (the deviation is computed) and
 * the committee's comment. Money in öre; a missing figure is null, never zero.
 */
export const investments = pgTable(
  'investments',
  {
    municipalityId: uuid('municipality_id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    key: text('key').notNull(),
    sortOrder: integer('sort_order').notNull(),
    name: text('name').notNull(),
    budget: ore('budget'),
    actual: ore('actual'),
    forecast: ore('forecast'),
    comment: text('comment'),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    primaryKey({
      name: 'investments_pk',
      columns: [table.municipalityId, table.committeeId, table.year, table.key],
    }),
    foreignKey({
      name: 'investments_committee_fk',
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
  ],
);
