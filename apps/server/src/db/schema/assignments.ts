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
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalities, orgNodes } from './org.ts';
import { goalAreas, goals } from './plan.ts';

/** An assignment given to a committee; it lives across years until it is reported Avslutad. */
export const assignments = pgTable(
  'assignments',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    id: uuid('id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    key: text('key').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    source: text('source', { enum: ['budget', 'council', 'committee', 'director'] }).notNull(),
    decisionReference: text('decision_reference'),
    yearGiven: integer('year_given').notNull(),
    alsoGivenTo: text('also_given_to').array().notNull().default(sql`'{}'::text[]`),
    coordinatedBy: text('coordinated_by'),
    /** The municipality's own grouping, e.g. "Arbete och sysselsättning"; free text. */
    category: text('category'),
    /** Free tags the committee groups its assignments by. */
    labels: text('labels').array().notNull().default(sql`'{}'::text[]`),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.id] }),
    unique('assignments_key_unique').on(table.municipalityId, table.committeeId, table.key),
    foreignKey({
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    check('assignments_source_check', sql`${table.source} in ('budget', 'council', 'committee', 'director')`),
  ],
);

/** The assignment in one year's plan, with how the committee will handle it. */
export const assignmentYears = pgTable(
  'assignment_years',
  {
    municipalityId: uuid('municipality_id').notNull(),
    assignmentId: uuid('assignment_id').notNull(),
    year: integer('year').notNull(),
    planText: text('plan_text'),
    sortOrder: integer('sort_order').notNull().default(0),
    /** Set when the year was started from the year before, because the assignment was not finished. */
    carriedOver: boolean('carried_over').notNull().default(false),
    /** The goal area of this year's plan that the assignment is handled under, if any. */
    goalAreaId: uuid('goal_area_id'),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.assignmentId, table.year] }),
    foreignKey({
      columns: [table.municipalityId, table.assignmentId],
      foreignColumns: [assignments.municipalityId, assignments.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [table.municipalityId, table.goalAreaId],
      foreignColumns: [goalAreas.municipalityId, goalAreas.id],
    }),
  ],
);

/** The assignment's status in one follow-up of a year. */
export const assignmentReports = pgTable(
  'assignment_reports',
  {
    municipalityId: uuid('municipality_id').notNull(),
    assignmentId: uuid('assignment_id').notNull(),
    year: integer('year').notNull(),
    followUp: text('follow_up').notNull(),
    status: text('status', { enum: ['notStarted', 'ongoing', 'closed'] }).notNull(),
    proposedClosed: boolean('proposed_closed').notNull().default(false),
    comment: text('comment'),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.assignmentId, table.year, table.followUp] }),
    foreignKey({
      columns: [table.municipalityId, table.assignmentId, table.year],
      foreignColumns: [assignmentYears.municipalityId, assignmentYears.assignmentId, assignmentYears.year],
    }).onDelete('cascade'),
    check('assignment_reports_status_check', sql`${table.status} in ('notStarted', 'ongoing', 'closed')`),
  ],
);

/** The goals of a year that an assignment serves; an assignment may serve several goals, a goal many assignments. */
export const assignmentGoals = pgTable(
  'assignment_goals',
  {
    municipalityId: uuid('municipality_id').notNull(),
    assignmentId: uuid('assignment_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.assignmentId, table.goalId] }),
    foreignKey({
      columns: [table.municipalityId, table.assignmentId],
      foreignColumns: [assignments.municipalityId, assignments.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [table.municipalityId, table.goalId],
      foreignColumns: [goals.municipalityId, goals.id],
    }).onDelete('cascade'),
    index('assignment_goals_goal_idx').on(table.municipalityId, table.goalId),
  ],
);
