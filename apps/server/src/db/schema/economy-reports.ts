import { foreignKey, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ore } from './columns.ts';
import { orgNodes } from './org.ts';

/** A targeted state grant (riktat statsbidrag) received in the year. */
export const stateGrants = pgTable(
  'state_grants',
  {
    municipalityId: uuid('municipality_id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    sortOrder: integer('sort_order').notNull(),
    name: text('name').notNull(),
    amount: ore('amount').notNull(),
    /** The municipality's account code (speckod); some grants have none. */
    code: text('code'),
    grantor: text('grantor').notNull(),
  },
  (table) => [
    primaryKey({
      name: 'state_grants_pk',
      columns: [table.municipalityId, table.committeeId, table.year, table.sortOrder],
    }),
    foreignKey({
      name: 'state_grants_committee_fk',
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
  ],
);

/** A kommuncentral post: money handled by the committee on other committees' decisions. */
export const centralItems = pgTable(
  'central_items',
  {
    municipalityId: uuid('municipality_id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    sortOrder: integer('sort_order').notNull(),
    name: text('name').notNull(),
    actual: ore('actual'),
    budget: ore('budget'),
    comment: text('comment'),
  },
  (table) => [
    primaryKey({
      name: 'central_items_pk',
      columns: [table.municipalityId, table.committeeId, table.year, table.sortOrder],
    }),
    foreignKey({
      name: 'central_items_committee_fk',
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
  ],
);

/**
 * The committee's assessment of its equity (eget kapital) at year end: the level the council set,
 * the level the committee proposes and why. The closing equity itself is the statement's figure.
 */
export const equityAssessments = pgTable(
  'equity_assessments',
  {
    municipalityId: uuid('municipality_id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    decidedLevel: ore('decided_level'),
    proposedLevel: ore('proposed_level'),
    assessment: text('assessment'),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    primaryKey({
      name: 'equity_assessments_pk',
      columns: [table.municipalityId, table.committeeId, table.year],
    }),
    foreignKey({
      name: 'equity_assessments_committee_fk',
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
  ],
);
