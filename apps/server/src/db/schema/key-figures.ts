import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { indicators } from './indicators.ts';
import { orgNodes } from './org.ts';

/** A named table of key figures in a committee's year, e.g. volume and cost development or HR figures. */
export const keyFigureTables = pgTable(
  'key_figure_tables',
  {
    municipalityId: uuid('municipality_id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    key: text('key').notNull(),
    title: text('title').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (table) => [
    primaryKey({
      name: 'key_figure_tables_pk',
      columns: [table.municipalityId, table.committeeId, table.year, table.key],
    }),
    foreignKey({
      name: 'key_figure_tables_committee_fk',
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
  ],
);

/** A row of a key figure table: a heading that groups the rows below it, or an indicator's series. */
export const keyFigureRows = pgTable(
  'key_figure_rows',
  {
    municipalityId: uuid('municipality_id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    tableKey: text('table_key').notNull(),
    position: integer('position').notNull(),
    heading: text('heading'),
    indicatorId: uuid('indicator_id'),
    /** Shows each value with its change from the year before: "1 020 985 (0,6 %)". */
    showChange: boolean('show_change').notNull().default(false),
    /** A second indicator printed in parentheses after the first's value: a count and its share, "123 (45 %)". */
    secondaryIndicatorId: uuid('secondary_indicator_id'),
  },
  (table) => [
    primaryKey({
      name: 'key_figure_rows_pk',
      columns: [table.municipalityId, table.committeeId, table.year, table.tableKey, table.position],
    }),
    foreignKey({
      name: 'key_figure_rows_table_fk',
      columns: [table.municipalityId, table.committeeId, table.year, table.tableKey],
      foreignColumns: [
        keyFigureTables.municipalityId,
        keyFigureTables.committeeId,
        keyFigureTables.year,
        keyFigureTables.key,
      ],
    }).onDelete('cascade'),
    foreignKey({
      name: 'key_figure_rows_indicator_fk',
      columns: [table.municipalityId, table.indicatorId],
      foreignColumns: [indicators.municipalityId, indicators.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'key_figure_rows_secondary_fk',
      columns: [table.municipalityId, table.secondaryIndicatorId],
      foreignColumns: [indicators.municipalityId, indicators.id],
    }).onDelete('cascade'),
    check('key_figure_rows_kind_check', sql`(${table.heading} is null) <> (${table.indicatorId} is null)`),
    check(
      'key_figure_rows_secondary_check',
      sql`${table.secondaryIndicatorId} is null or ${table.indicatorId} is not null`,
    ),
  ],
);
