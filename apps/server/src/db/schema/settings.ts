import type { AssessmentLevel } from '@styr/shared/domain/assessment';
import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './org.ts';

/** The municipality's follow-up points in the year, e.g. april, augusti, årsrapport. */
export const followUpPoints = pgTable(
  'follow_up_points',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    key: text('key').notNull(),
    name: text('name').notNull(),
    month: integer('month').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.key] }),
    check('follow_up_points_month_check', sql`${table.month} between 1 and 12`),
  ],
);

/**
 * The municipality's named scales for assessing goals, e.g. God / Viss / Ingen / Svårbedömd, each with the
 * follow-up points (report kinds) that use it; the first in order serves the points no scale names.
 */
export const assessmentScales = pgTable(
  'assessment_scales',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    key: text('key').notNull(),
    name: text('name').notNull(),
    levelRequired: boolean('level_required').notNull(),
    followUpPoints: text('follow_up_points').array().notNull(),
    /** The levels in the order shown; validated as a whole by the domain's scaleProblem. */
    levels: jsonb('levels').$type<AssessmentLevel[]>().notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (table) => [primaryKey({ columns: [table.municipalityId, table.key] })],
);
