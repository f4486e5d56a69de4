import { sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
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

/** The municipality's scale for assessing goals, e.g. God / Viss / Ingen / Svårbedömd. */
export const assessmentLevels = pgTable(
  'assessment_levels',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    key: text('key').notNull(),
    label: text('label').notNull(),
    tone: text('tone', { enum: ['good', 'partial', 'bad', 'unknown'] }).notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.key] }),
    unique('assessment_levels_label_unique').on(table.municipalityId, table.label),
    check('assessment_levels_tone_check', sql`${table.tone} in ('good', 'partial', 'bad', 'unknown')`),
  ],
);
