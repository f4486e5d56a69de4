import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalities, orgNodes } from './org.ts';
import { goals } from './plan.ts';

/**
 * The municipality's units for measures, in its order: what is printed, the decimals a new measure in it gets,
 * and the kind of values it holds (a number, a share 0–100, or ja/delvis/nej as 1/0,5/0).
 */
export const indicatorUnits = pgTable(
  'indicator_units',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    unit: text('unit').notNull(),
    decimals: integer('decimals').notNull(),
    valueKind: text('value_kind', { enum: ['number', 'share', 'yesPartlyNo'] }).notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.unit] }),
    check('indicator_units_decimals_check', sql`${table.decimals} between 0 and 6`),
    check('indicator_units_value_kind_check', sql`${table.valueKind} in ('number', 'share', 'yesPartlyNo')`),
  ],
);

/**
 * Measures the municipality defines once for its committees (Kolada's and its own key figures). The unit is one of
 * the municipality's units, checked by the settings file that holds both lists.
 */
export const keyFigureDefinitions = pgTable(
  'key_figure_definitions',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    key: text('key').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    decimals: integer('decimals').notNull(),
    direction: text('direction', { enum: ['higher', 'lower'] }).notNull(),
    source: text('source', { enum: ['manual', 'own', 'kolada', 'scb'] }).notNull(),
    sourceReference: text('source_reference'),
    definition: text('definition'),
    sortOrder: integer('sort_order').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.key] }),
    check('key_figure_definitions_decimals_check', sql`${table.decimals} between 0 and 6`),
  ],
);

/** A committee's measure; its values form a time series across years and follow-ups. */
export const indicators = pgTable(
  'indicators',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    id: uuid('id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    /** One of the municipality's units (indicator_units). */
    unit: text('unit').notNull(),
    decimals: integer('decimals').notNull(),
    direction: text('direction', { enum: ['higher', 'lower'] }).notNull(),
    source: text('source', { enum: ['manual', 'own', 'kolada', 'scb'] })
      .notNull()
      .default('manual'),
    sourceReference: text('source_reference'),
    definition: text('definition'),
    /** The municipality's key figure definition the measure follows, if any. */
    definitionKey: text('definition_key'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.id] }),
    unique('indicators_key_unique').on(table.municipalityId, table.committeeId, table.key),
    foreignKey({
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    foreignKey({
      name: 'indicators_unit_fk',
      columns: [table.municipalityId, table.unit],
      foreignColumns: [indicatorUnits.municipalityId, indicatorUnits.unit],
    }),
    foreignKey({
      name: 'indicators_definition_fk',
      columns: [table.municipalityId, table.definitionKey],
      foreignColumns: [keyFigureDefinitions.municipalityId, keyFigureDefinitions.key],
    }),
    check('indicators_decimals_check', sql`${table.decimals} between 0 and 6`),
  ],
);

/** One outcome. A row whose value is null was reported as missing, which is never zero. */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    municipalityId: uuid('municipality_id').notNull(),
    indicatorId: uuid('indicator_id').notNull(),
    year: integer('year').notNull(),
    /** "year" for the whole year, or the key of a follow-up point. */
    period: text('period').notNull(),
    gender: text('gender', { enum: ['T', 'K', 'M'] })
      .notNull()
      .default('T'),
    value: numeric('value'),
    note: text('note'),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    primaryKey({
      columns: [table.municipalityId, table.indicatorId, table.year, table.period, table.gender],
    }),
    foreignKey({
      columns: [table.municipalityId, table.indicatorId],
      foreignColumns: [indicators.municipalityId, indicators.id],
    }).onDelete('cascade'),
  ],
);

export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    municipalityId: uuid('municipality_id').notNull(),
    indicatorId: uuid('indicator_id').notNull(),
    year: integer('year').notNull(),
    kind: text('kind', { enum: ['numeric', 'relative', 'yesNo'] }).notNull(),
    value: numeric('value'),
    relation: text('relation', { enum: ['higher', 'lower'] }),
    baseYear: integer('base_year'),
    yesNo: text('yes_no', { enum: ['ja', 'nej'] }),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.indicatorId, table.year] }),
    foreignKey({
      columns: [table.municipalityId, table.indicatorId],
      foreignColumns: [indicators.municipalityId, indicators.id],
    }).onDelete('cascade'),
    check(
      'indicator_targets_shape_check',
      sql`(${table.kind} = 'numeric' and ${table.value} is not null)
        or (${table.kind} = 'relative' and ${table.relation} is not null and ${table.baseYear} is not null)
        or (${table.kind} = 'yesNo' and ${table.yesNo} is not null)`,
    ),
  ],
);

/** Which indicators follow a goal in a year's plan, in order. */
export const goalIndicators = pgTable(
  'goal_indicators',
  {
    municipalityId: uuid('municipality_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    indicatorId: uuid('indicator_id').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.goalId, table.indicatorId] }),
    foreignKey({
      columns: [table.municipalityId, table.goalId],
      foreignColumns: [goals.municipalityId, goals.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [table.municipalityId, table.indicatorId],
      foreignColumns: [indicators.municipalityId, indicators.id],
    }).onDelete('cascade'),
  ],
);
