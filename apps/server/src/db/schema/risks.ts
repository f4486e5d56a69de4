import { sql } from 'drizzle-orm';
import {
  boolean,
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

/** The municipality's list of risk areas (riskområden), e.g. the four Göteborg uses. */
export const riskAreas = pgTable(
  'risk_areas',
  {
    municipalityId: tenant(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (table) => [primaryKey({ columns: [table.municipalityId, table.key] })],
);

/** The municipality's scales for sannolikhet and konsekvens; their sizes give the matrix. */
export const riskScaleSteps = pgTable(
  'risk_scale_steps',
  {
    municipalityId: tenant(),
    dimension: text('dimension', { enum: ['probability', 'consequence'] }).notNull(),
    value: integer('value').notNull(),
    label: text('label').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.dimension, table.value] }),
    check('risk_scale_steps_dimension_check', sql`${table.dimension} in ('probability', 'consequence')`),
    check('risk_scale_steps_value_check', sql`${table.value} between 1 and 10`),
  ],
);

export interface StoredRiskAction {
  what: string;
  responsible: string | null;
  due: string | null;
  status: 'planned' | 'ongoing' | 'done';
}

/**
 * A risk in the register of an organisation node (its origin) in a committee's
 * year. Nomination raises it towards the administration; selection takes it
 * into the committee's samlad riskbild. Neither moves it from its origin.
 */
export const risks = pgTable(
  'risks',
  {
    municipalityId: tenant(),
    id: uuid('id').notNull(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    key: text('key').notNull(),
    nodeId: uuid('node_id').notNull(),
    areaKey: text('area_key').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    consequenceDescription: text('consequence_description'),
    probability: integer('probability').notNull(),
    consequence: integer('consequence').notNull(),
    /** Last year's assessment when the risk was carried over, so the change shows. */
    previousProbability: integer('previous_probability'),
    previousConsequence: integer('previous_consequence'),
    owner: text('owner'),
    source: text('source', { enum: ['own', 'audit', 'incident'] })
      .notNull()
      .default('own'),
    actions: jsonb('actions').$type<StoredRiskAction[]>().notNull().default([]),
    goalIds: uuid('goal_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** The node the risk has been nominated up to; null while it is only in its origin's register. */
    raisedToNodeId: uuid('raised_to_node_id'),
    selected: boolean('selected').notNull().default(false),
    selectionReason: text('selection_reason'),
    toControlPlan: boolean('to_control_plan').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    ...versioned,
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.id] }),
    unique('risks_key_unique').on(table.municipalityId, table.committeeId, table.year, table.key),
    foreignKey({
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    foreignKey({
      columns: [table.municipalityId, table.nodeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    foreignKey({
      columns: [table.municipalityId, table.raisedToNodeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    foreignKey({
      columns: [table.municipalityId, table.areaKey],
      foreignColumns: [riskAreas.municipalityId, riskAreas.key],
    }),
    index('risks_year_idx').on(table.municipalityId, table.committeeId, table.year),
    check('risks_source_check', sql`${table.source} in ('own', 'audit', 'incident')`),
    check('risks_control_plan_check', sql`${table.selected} or not ${table.toControlPlan}`),
  ],
);

/** A kontrollmoment of the internal control plan, under a risk chosen for the plan. */
export const controlActivities = pgTable(
  'control_activities',
  {
    municipalityId: tenant(),
    id: uuid('id').notNull(),
    riskId: uuid('risk_id').notNull(),
    key: text('key').notNull(),
    what: text('what').notNull(),
    method: text('method'),
    frequency: text('frequency'),
    responsible: text('responsible'),
    reportWhen: text('report_when'),
    sortOrder: integer('sort_order').notNull().default(0),
    ...versioned,
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.id] }),
    unique('control_activities_key_unique').on(table.municipalityId, table.riskId, table.key),
    foreignKey({
      columns: [table.municipalityId, table.riskId],
      foreignColumns: [risks.municipalityId, risks.id],
    }).onDelete('cascade'),
  ],
);

/** A control's result for the year, recorded for the annual report. */
export const controlResults = pgTable(
  'control_results',
  {
    municipalityId: tenant(),
    activityId: uuid('activity_id').notNull(),
    performedOn: date('performed_on'),
    findings: text('findings'),
    deviations: integer('deviations'),
    assessment: text('assessment'),
    actionsDecided: text('actions_decided'),
    ...versioned,
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.activityId] }),
    foreignKey({
      columns: [table.municipalityId, table.activityId],
      foreignColumns: [controlActivities.municipalityId, controlActivities.id],
    }).onDelete('cascade'),
    check('control_results_deviations_check', sql`${table.deviations} is null or ${table.deviations} >= 0`),
  ],
);
