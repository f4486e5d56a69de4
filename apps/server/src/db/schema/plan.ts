import type { ScaleSnapshot } from '@styr/shared/domain/assessment';
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

/** A committee's plan for a year, or one of its follow-ups; the unit of adoption and freezing. */
export const planDocuments = pgTable(
  'plan_documents',
  {
    municipalityId: tenant(),
    id: uuid('id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    /** "plan" or the key of a follow-up point. */
    document: text('document').notNull(),
    status: text('status', { enum: ['draft', 'review', 'adopted'] })
      .notNull()
      .default('draft'),
    decisionDate: date('decision_date'),
    decisionParagraph: text('decision_paragraph'),
    /** The last day for contributions to a follow-up. */
    deadline: date('deadline'),
    /** The assessment scale an adopted follow-up was adopted with; its assessments read by it from then on. */
    assessmentScale: jsonb('assessment_scale').$type<ScaleSnapshot>(),
    ...versioned,
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.id] }),
    unique('plan_documents_unique').on(table.municipalityId, table.committeeId, table.year, table.document),
    foreignKey({
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    check('plan_documents_status_check', sql`${table.status} in ('draft', 'review', 'adopted')`),
    check(
      'plan_documents_decision_check',
      sql`${table.status} <> 'adopted' or (${table.decisionDate} is not null and ${table.decisionParagraph} is not null)`,
    ),
  ],
);

export const goalAreas = pgTable(
  'goal_areas',
  {
    municipalityId: tenant(),
    id: uuid('id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    responsible: text('responsible'),
    processLead: text('process_lead'),
    programmes: text('programmes').array().notNull().default(sql`'{}'::text[]`),
    sortOrder: integer('sort_order').notNull().default(0),
    ...versioned,
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.id] }),
    unique('goal_areas_key_unique').on(table.municipalityId, table.committeeId, table.year, table.key),
    foreignKey({
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
  ],
);

/**
 * A goal as the committee handles it in a year: under a goal area or none, beneath a parent goal of the same
 * year or none (a council goal above the committee's goals), with its focus and plan text.
 */
export const goals = pgTable(
  'goals',
  {
    municipalityId: tenant(),
    id: uuid('id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    key: text('key').notNull(),
    kind: text('kind', { enum: ['kfOrganisation', 'kfActivity', 'kfCommittee', 'committee'] }).notNull(),
    title: text('title').notNull(),
    goalAreaId: uuid('goal_area_id'),
    parentGoalId: uuid('parent_goal_id'),
    focus: text('focus'),
    planText: text('plan_text'),
    sortOrder: integer('sort_order').notNull().default(0),
    ...versioned,
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.id] }),
    unique('goals_key_unique').on(table.municipalityId, table.committeeId, table.year, table.key),
    foreignKey({
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    foreignKey({
      columns: [table.municipalityId, table.goalAreaId],
      foreignColumns: [goalAreas.municipalityId, goalAreas.id],
    }),
    foreignKey({
      name: 'goals_parent_fk',
      columns: [table.municipalityId, table.parentGoalId],
      foreignColumns: [table.municipalityId, table.id],
    }),
    check('goals_parent_check', sql`${table.parentGoalId} is null or ${table.parentGoalId} <> ${table.id}`),
    check(
      'goals_kind_check',
      sql`${table.kind} in ('kfOrganisation', 'kfActivity', 'kfCommittee', 'committee')`,
    ),
  ],
);

export const activities = pgTable(
  'activities',
  {
    municipalityId: tenant(),
    id: uuid('id').notNull(),
    goalId: uuid('goal_id').notNull(),
    key: text('key').notNull(),
    title: text('title').notNull(),
    ownerNodeId: uuid('owner_node_id'),
    due: date('due'),
    status: text('status', { enum: ['notStarted', 'ongoing', 'done'] })
      .notNull()
      .default('notStarted'),
    sortOrder: integer('sort_order').notNull().default(0),
    ...versioned,
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.id] }),
    unique('activities_key_unique').on(table.municipalityId, table.goalId, table.key),
    foreignKey({
      columns: [table.municipalityId, table.goalId],
      foreignColumns: [goals.municipalityId, goals.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [table.municipalityId, table.ownerNodeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    check('activities_status_check', sql`${table.status} in ('notStarted', 'ongoing', 'done')`),
  ],
);

/** A goal's assessment in a follow-up: a level of the report's scale (none where it allows) and an analysis. */
export const goalAssessments = pgTable(
  'goal_assessments',
  {
    municipalityId: tenant(),
    goalId: uuid('goal_id').notNull(),
    documentId: uuid('document_id').notNull(),
    level: text('level'),
    analysis: text('analysis'),
    ...versioned,
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.goalId, table.documentId] }),
    foreignKey({
      columns: [table.municipalityId, table.goalId],
      foreignColumns: [goals.municipalityId, goals.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [table.municipalityId, table.documentId],
      foreignColumns: [planDocuments.municipalityId, planDocuments.id],
    }),
    index('goal_assessments_document_idx').on(table.municipalityId, table.documentId),
  ],
);

/** A goal, assignment or indicator that a unit is asked to report on in a follow-up, and where that stands. */
export const followUpParts = pgTable(
  'follow_up_parts',
  {
    municipalityId: tenant(),
    documentId: uuid('document_id').notNull(),
    kind: text('kind', { enum: ['goal', 'assignment', 'indicator'] }).notNull(),
    objectId: uuid('object_id').notNull(),
    nodeId: uuid('node_id').notNull(),
    state: text('state', { enum: ['open', 'ready', 'returned', 'approved'] })
      .notNull()
      .default('open'),
    contribution: text('contribution'),
    reviewComment: text('review_comment'),
    ...versioned,
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.documentId, table.kind, table.objectId] }),
    foreignKey({
      columns: [table.municipalityId, table.documentId],
      foreignColumns: [planDocuments.municipalityId, planDocuments.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [table.municipalityId, table.nodeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    index('follow_up_parts_node_idx').on(table.municipalityId, table.nodeId),
    check('follow_up_parts_state_check', sql`${table.state} in ('open', 'ready', 'returned', 'approved')`),
  ],
);
