import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenant, versioned } from './columns.ts';
import { orgNodes } from './org.ts';

export interface StoredAction {
  key: string;
  what: string;
  targetGroup: string | null;
  actors: string | null;
  plannedEffect: string | null;
}

export interface StoredFocusArea {
  key: string;
  title: string;
  description: string | null;
  strategies: { key: string; title: string; actions: StoredAction[] }[];
}

export interface StoredFunder {
  key: string;
  name: string;
}

/** Amounts are exact kronor text per funder key, as the API carries them; a missing amount has no entry. */
export interface StoredBudgetRow {
  key: string;
  label: string;
  amounts: Record<string, string | null>;
}

/**
 * A handlingsplan of a committee's year. Its areas, strategies, actions and budget are one document that is
 * written and versioned as a whole, and adopted with the year's plan; the follow-ups (below) are not.
 */
export const actionPlans = pgTable(
  'action_plans',
  {
    municipalityId: tenant(),
    id: uuid('id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    key: text('key').notNull(),
    title: text('title').notNull(),
    partner: text('partner'),
    periodFrom: date('period_from'),
    periodTo: date('period_to'),
    purpose: text('purpose'),
    funders: jsonb('funders').$type<StoredFunder[]>().notNull().default([]),
    focusAreas: jsonb('focus_areas').$type<StoredFocusArea[]>().notNull().default([]),
    budget: jsonb('budget').$type<StoredBudgetRow[]>().notNull().default([]),
    sortOrder: integer('sort_order').notNull().default(0),
    ...versioned,
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.id] }),
    unique('action_plans_key_unique').on(table.municipalityId, table.committeeId, table.year, table.key),
    foreignKey({
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    index('action_plans_year_idx').on(table.municipalityId, table.committeeId, table.year),
  ],
);

/** An action's status and comment at one follow-up point; frozen with that follow-up, not with the plan. */
export const actionFollowUps = pgTable(
  'action_follow_ups',
  {
    municipalityId: uuid('municipality_id').notNull(),
    actionPlanId: uuid('action_plan_id').notNull(),
    actionKey: text('action_key').notNull(),
    followUp: text('follow_up').notNull(),
    status: text('status', { enum: ['notStarted', 'ongoing', 'done'] }).notNull(),
    comment: text('comment'),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.actionPlanId, table.actionKey, table.followUp] }),
    foreignKey({
      columns: [table.municipalityId, table.actionPlanId],
      foreignColumns: [actionPlans.municipalityId, actionPlans.id],
    }).onDelete('cascade'),
    check('action_follow_ups_status_check', sql`${table.status} in ('notStarted', 'ongoing', 'done')`),
  ],
);
