import { foreignKey, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { orgNodes } from './org.ts';

/** A väsentlig avvikelse reported in a follow-up, with its five fixed parts. */
export const significantDeviations = pgTable(
  'significant_deviations',
  {
    municipalityId: uuid('municipality_id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    followUp: text('follow_up').notNull(),
    key: text('key').notNull(),
    sortOrder: integer('sort_order').notNull(),
    title: text('title').notNull(),
    cause: text('cause'),
    consequencesForClients: text('consequences_for_clients'),
    consequencesForOrganisation: text('consequences_for_organisation'),
    economicConsequences: text('economic_consequences'),
    measures: text('measures'),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    primaryKey({
      name: 'significant_deviations_pk',
      columns: [table.municipalityId, table.committeeId, table.year, table.followUp, table.key],
    }),
    foreignKey({
      name: 'significant_deviations_committee_fk',
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
  ],
);
