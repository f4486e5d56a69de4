import { sql } from 'drizzle-orm';
import { check, foreignKey, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ore } from './columns.ts';
import { municipalities, orgNodes } from './org.ts';

// Money is integer öre in bigint columns, read as bigint, so sums are exact.

/** A column a statement table shows; see StatementColumnSpec in the shared domain. */
export interface StatementColumnRow {
  key: string;
  kind: 'actual' | 'budget' | 'revisedBudget' | 'forecast' | 'deviation';
  label: string | null;
  yearOffset: number;
  month: number | null;
  of: string | null;
  against: string | null;
}

/**
 * The municipality's statement tables (a summary and a detailed resultaträkning, say) in order. `columns` is
 * null for a table that shows the columns its figures have.
 */
export const statementTables = pgTable(
  'statement_tables',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    key: text('key').notNull(),
    title: text('title').notNull(),
    sortOrder: integer('sort_order').notNull(),
    columns: jsonb('columns').$type<StatementColumnRow[]>(),
  },
  (table) => [primaryKey({ name: 'statement_tables_pk', columns: [table.municipalityId, table.key] })],
);

/**
 * The municipality's statement lines, in order, each in one table; a line with parts is computed from them
 * (`subtract`: the parts counted negative). Keys are unique across the tables, so a figure names its line alone.
 */
export const statementLines = pgTable(
  'statement_lines',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    key: text('key').notNull(),
    tableKey: text('table_key').notNull().default('resultatrakning'),
    label: text('label').notNull(),
    sortOrder: integer('sort_order').notNull(),
    sumOf: text('sum_of').array().notNull().default(sql`'{}'::text[]`),
    subtract: text('subtract').array().notNull().default(sql`'{}'::text[]`),
  },
  (table) => [
    primaryKey({ name: 'statement_lines_pk', columns: [table.municipalityId, table.key] }),
    foreignKey({
      name: 'statement_lines_table_fk',
      columns: [table.municipalityId, table.tableKey],
      foreignColumns: [statementTables.municipalityId, statementTables.key],
    }),
  ],
);

/**
 * One entered figure of a committee's income statement. Like an indicator value it belongs to the
 * year it concerns, so a statement shows earlier years' actuals from the same series. Month is 0
 * except for a forecast, and for an actual at a month's end (0: the bokslut). A figure on a computed line is
 * the one an adopted document printed.
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
      sql`(${table.column} = 'forecast' and ${table.month} between 1 and 12) or (${table.column} = 'actual' and ${table.month} between 0 and 12) or (${table.column} not in ('forecast', 'actual') and ${table.month} = 0)`,
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
