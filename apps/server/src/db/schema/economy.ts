import { sql } from 'drizzle-orm';
import { check, foreignKey, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ore } from './columns.ts';
import { municipalities, orgNodes } from './org.ts';

// Money is integer öre in bigint columns, read as bigint, so sums are exact.

/** The municipality's income statement lines, in order; a line with parts is computed from them. */
export const statementLines = pgTable(
  'statement_lines',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    key: text('key').notNull(),
    label: text('label').notNull(),
    sortOrder: integer('sort_order').notNull(),
    sumOf: text('sum_of').array().notNull().default(sql`'{}'::text[]`),
  },
  (table) => [primaryKey({ name: 'statement_lines_pk', columns: [table.municipalityId, table.key] })],
);

/**
 * One entered figure of a committee's income statement. Like an indicator value it belongs to the
 * year it concerns, so a statement shows earlier years' actuals from the same series. Month is 0
 * except for a forecast.
 */
export const statementAmounts = pgTable(
  'statement_amounts',
  {
    municipalityId: uuid('municipality_id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    lineKey: text('line_key').notNull(),
    year: integer('year').notNull(),
    column: text('column', { enum: ['actual', 'budget', 'revisedBudget', 'forecast'] }).notNull(),
    month: integer('month').notNull().default(0),
    amount: ore('amount'),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    primaryKey({
      name: 'statement_amounts_pk',
      columns: [
        table.municipalityId,
        table.committeeId,
        table.lineKey,
        table.year,
        table.column,
        table.month,
      ],
    }),
    foreignKey({
      name: 'statement_amounts_committee_fk',
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    foreignKey({
      name: 'statement_amounts_line_fk',
      columns: [table.municipalityId, table.lineKey],
      foreignColumns: [statementLines.municipalityId, statementLines.key],
    }),
    check(
      'statement_amounts_month_check',
      sql`(${table.column} = 'forecast' and ${table.month} between 1 and 12) or (${table.column} <> 'forecast' and ${table.month} = 0)`,
    ),
  ],
);

/** A line of the result per department and of the kommunbidrag table in a committee's year. */
export const economyDepartments = pgTable(
  'economy_departments',
  {
    municipalityId: uuid('municipality_id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull(),
    resultBudget: ore('result_budget'),
    resultActual: ore('result_actual'),
    grantBudget: ore('grant_budget'),
    comment: text('comment'),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    primaryKey({
      name: 'economy_departments_pk',
      columns: [table.municipalityId, table.committeeId, table.year, table.key],
    }),
    foreignKey({
      name: 'economy_departments_committee_fk',
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
  ],
);

export const departmentForecasts = pgTable(
  'department_forecasts',
  {
    municipalityId: uuid('municipality_id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    departmentKey: text('department_key').notNull(),
    month: integer('month').notNull(),
    amount: ore('amount').notNull(),
  },
  (table) => [
    primaryKey({
      name: 'department_forecasts_pk',
      columns: [table.municipalityId, table.committeeId, table.year, table.departmentKey, table.month],
    }),
    foreignKey({
      name: 'department_forecasts_department_fk',
      columns: [table.municipalityId, table.committeeId, table.year, table.departmentKey],
      foreignColumns: [
        economyDepartments.municipalityId,
        economyDepartments.committeeId,
        economyDepartments.year,
        economyDepartments.key,
      ],
    }).onDelete('cascade'),
    check('department_forecasts_month_check', sql`${table.month} between 1 and 12`),
  ],
);

/** Kommunbidrag moved to or from a department in a month. */
export const grantAdjustments = pgTable(
  'grant_adjustments',
  {
    municipalityId: uuid('municipality_id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    departmentKey: text('department_key').notNull(),
    amount: ore('amount').notNull(),
  },
  (table) => [
    primaryKey({
      name: 'grant_adjustments_pk',
      columns: [table.municipalityId, table.committeeId, table.year, table.month, table.departmentKey],
    }),
    foreignKey({
      name: 'grant_adjustments_department_fk',
      columns: [table.municipalityId, table.committeeId, table.year, table.departmentKey],
      foreignColumns: [
        economyDepartments.municipalityId,
        economyDepartments.committeeId,
        economyDepartments.year,
        economyDepartments.key,
      ],
    }).onDelete('cascade'),
    check('grant_adjustments_month_check', sql`${table.month} between 1 and 12`),
  ],
);

/** Why the kommunbidrag was adjusted in a month, and what a new decision added then. */
export const grantRounds = pgTable(
  'grant_rounds',
  {
    municipalityId: uuid('municipality_id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    reason: text('reason').notNull(),
    decisionAmount: ore('decision_amount'),
  },
  (table) => [
    primaryKey({
      name: 'grant_rounds_pk',
      columns: [table.municipalityId, table.committeeId, table.year, table.month],
    }),
    foreignKey({
      name: 'grant_rounds_committee_fk',
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    check('grant_rounds_month_check', sql`${table.month} between 1 and 12`),
  ],
);
