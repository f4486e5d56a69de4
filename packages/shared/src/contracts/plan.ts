import { z } from 'zod';

import { assignmentSources, assignmentStatuses } from '../domain/assignments.ts';
import { documentLabelKeys } from '../domain/document-labels.ts';
import { documentStatuses } from '../domain/document-lifecycle.ts';
import { outcomes } from '../domain/plan-counts.ts';
import { idSchema, isoDateSchema, versionSchema } from './common.ts';
import {
  directionSchema,
  indicatorStatuses,
  indicatorUnitSchema,
  targetSchema,
  valueKindSchema,
} from './indicators.ts';
import {
  activityStatuses,
  assessmentLevelKeySchema,
  genders,
  goalKinds,
  indicatorSources,
} from './interchange.ts';

export const toneSchema = z.enum(['good', 'partial', 'bad', 'unknown']);

export const followUpPointSchema = z.object({ key: z.string(), name: z.string(), month: z.int() });
export const assessmentLevelSchema = z.object({ key: z.string(), label: z.string(), tone: toneSchema });
/** The scale a follow-up's goals are assessed on: the adopted report's own, else the municipality's for the point. */
export const reportScaleSchema = z.object({
  key: z.string(),
  name: z.string(),
  levelRequired: z.boolean(),
  levels: z.array(assessmentLevelSchema),
});
export type ReportScale = z.infer<typeof reportScaleSchema>;

export const planDocumentSchema = z.object({
  id: idSchema,
  /** "plan" or a follow-up point's key. */
  document: z.string(),
  status: z.enum(documentStatuses),
  decision: z.object({ date: isoDateSchema, paragraph: z.string() }).nullable(),
  /** The last day for contributions, for a follow-up. */
  deadline: isoDateSchema.nullable(),
  version: z.int(),
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;

export const indicatorValueSchema = z.object({
  year: z.int(),
  period: z.string(),
  gender: z.enum(genders),
  value: z.number().nullable(),
  note: z.string().nullable(),
  version: z.int(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const setIndicatorValueSchema = z.object({
  /** Absent when the period has no value yet. */
  version: versionSchema.optional(),
  year: z.int().min(1900).max(2200),
  /** "year" for the whole year, or a follow-up point's key. */
  period: z.string().min(1).max(100),
  gender: z.enum(genders).default('T'),
  /** null: reported as missing ("uppgift saknas"), which is never zero. */
  value: z.number('Värdet ska vara ett tal eller tomt').finite().nullable(),
  note: z.string().max(500, 'Kommentaren får vara högst 500 tecken').nullable().default(null),
});
export type SetIndicatorValue = z.infer<typeof setIndicatorValueSchema>;

export const indicatorSchema = z.object({
  id: idSchema,
  key: z.string(),
  name: z.string(),
  unit: indicatorUnitSchema,
  /** The kind of values the unit holds, so views need no look-up of the municipality's units. */
  valueKind: valueKindSchema,
  decimals: z.int(),
  direction: directionSchema,
  source: z.enum(indicatorSources),
  sourceReference: z.string().nullable(),
  definition: z.string().nullable(),
  /** The municipality's key figure definition the measure follows, if any. */
  definitionKey: z.string().nullable(),
  values: z.array(indicatorValueSchema),
  targets: z.array(z.object({ year: z.int(), target: targetSchema })),
  /** The status of the year's whole-year outcome (total) against the year's target. */
  status: z.enum(indicatorStatuses),
  version: z.int(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const activitySchema = z.object({
  id: idSchema,
  title: z.string(),
  ownerNodeId: idSchema.nullable(),
  due: isoDateSchema.nullable(),
  status: z.enum(activityStatuses),
  version: z.int(),
});
export type Activity = z.infer<typeof activitySchema>;

export const assessmentSchema = z.object({
  followUp: z.string(),
  /** Null for an assessment in words only, where the scale allows it. */
  level: z.string().nullable(),
  analysis: z.string().nullable(),
  version: z.int(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const assignmentReportSchema = z.object({
  followUp: z.string(),
  status: z.enum(assignmentStatuses),
  proposedClosed: z.boolean(),
  comment: z.string().nullable(),
  version: z.int(),
});
export type AssignmentReport = z.infer<typeof assignmentReportSchema>;

export const goalSchema = z.object({
  id: idSchema,
  key: z.string(),
  kind: z.enum(goalKinds),
  title: z.string(),
  goalAreaId: idSchema.nullable(),
  /** The goal this one stands beneath (e.g. a council goal); goals are listed parent first, then its children. */
  parentGoalId: idSchema.nullable(),
  /** 0 for a goal with no parent, 1 for its children, and so on. */
  depth: z.int(),
  focus: z.string().nullable(),
  planText: z.string().nullable(),
  indicatorIds: z.array(idSchema),
  activities: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      ownerNodeId: idSchema.nullable(),
      due: isoDateSchema.nullable(),
      status: z.enum(activityStatuses),
      version: z.int(),
    }),
  ),
  assessments: z.array(
    z.object({
      followUp: z.string(),
      level: z.string().nullable(),
      analysis: z.string().nullable(),
      version: z.int(),
    }),
  ),
  version: z.int(),
});
export type Goal = z.infer<typeof goalSchema>;

export const assignmentSchema = z.object({
  id: idSchema,
  key: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  source: z.enum(assignmentSources),
  decisionReference: z.string().nullable(),
  yearGiven: z.int(),
  alsoGivenTo: z.array(z.string()),
  coordinatedBy: z.string().nullable(),
  category: z.string().nullable(),
  labels: z.array(z.string()),
  /** The goals of the year that the assignment serves. */
  goalIds: z.array(idSchema),
  goalAreaId: idSchema.nullable(),
  planText: z.string().nullable(),
  carriedOver: z.boolean(),
  reports: z.array(assignmentReportSchema),
  version: z.int(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

/** A committee's year at a glance: everything the overview, the plan and the follow-ups show. */
export const committeeYearViewSchema = z.object({
  committee: z.object({ id: idSchema, name: z.string() }),
  year: z.int(),
  followUpPoints: z.array(followUpPointSchema),
  /** Per follow-up point's key, the scale its goals are assessed on. */
  assessmentScales: z.record(z.string(), reportScaleSchema),
  documents: z.array(planDocumentSchema),
  goalAreas: z.array(
    z.object({
      id: idSchema,
      key: z.string(),
      name: z.string(),
      description: z.string().nullable(),
      responsible: z.string().nullable(),
      processLead: z.string().nullable(),
      programmes: z.array(z.string()),
      version: z.int(),
    }),
  ),
  goals: z.array(goalSchema),
  indicators: z.array(indicatorSchema),
  assignments: z.array(assignmentSchema),
  /** The words documents and pages print around the data, in the municipality's own wording. */
  labels: z.record(z.enum(documentLabelKeys), z.string()),
});
export type CommitteeYearView = z.infer<typeof committeeYearViewSchema>;

export const committeeYearParamsSchema = z.object({
  municipalityId: idSchema,
  committeeId: idSchema,
  year: z.coerce.number().int().min(1900).max(2200),
});

export const updateAssessmentSchema = z.object({
  /** Absent when the goal has no assessment in this follow-up yet. */
  version: versionSchema.optional(),
  /** Null for an assessment in words only, where the follow-up's scale allows it. */
  level: assessmentLevelKeySchema.nullable(),
  analysis: z.string().max(50_000, 'Analysen får vara högst 50 000 tecken').nullable(),
});
export type UpdateAssessment = z.infer<typeof updateAssessmentSchema>;

const longText = (label: string) =>
  z.string().max(50_000, `${label} får vara högst 50 000 tecken`).nullable();

export const updateAssignmentReportSchema = z.object({
  version: versionSchema.optional(),
  status: z.enum(assignmentStatuses),
  proposedClosed: z.boolean(),
  comment: longText('Kommentaren'),
});
export type UpdateAssignmentReport = z.infer<typeof updateAssignmentReportSchema>;

export const updateAssignmentSchema = z.object({
  version: versionSchema,
  category: z.string().trim().max(200, 'Kategorin får vara högst 200 tecken').nullable().optional(),
  labels: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'En etikett får inte vara tom')
        .max(100, 'En etikett får vara högst 100 tecken'),
    )
    .max(50, 'Högst 50 etiketter per uppdrag')
    .optional(),
  /** The goals of the year the assignment serves, in order; replaces the year's links. */
  goalIds: z.array(idSchema).max(100, 'Högst 100 mål per uppdrag').optional(),
});
export type UpdateAssignment = z.infer<typeof updateAssignmentSchema>;

/** What the assignment edit returns: where the assignment stands in the year's plan. */
export const assignmentPlaceSchema = assignmentSchema.pick({
  id: true,
  category: true,
  labels: true,
  goalIds: true,
  version: true,
});

export const updateActivitySchema = z.object({ version: versionSchema, status: z.enum(activityStatuses) });
export type UpdateActivity = z.infer<typeof updateActivitySchema>;

export const updateGoalSchema = z.object({
  version: versionSchema,
  title: z.string().trim().min(1, 'Målet behöver en rubrik').max(500).optional(),
  /** A new kind must fit the parent goal and the goals beneath (domain/plan-structure.ts). */
  kind: z.enum(goalKinds).optional(),
  focus: z.string().max(500).nullable().optional(),
  planText: longText('Texten').optional(),
  /** Another goal of the same year, or null for none; a goal beneath this one is refused. */
  parentGoalId: idSchema.nullable().optional(),
  goalAreaId: idSchema.nullable().optional(),
});
export type UpdateGoal = z.infer<typeof updateGoalSchema>;

export const goalTextSchema = goalSchema.pick({
  id: true,
  kind: true,
  title: true,
  focus: true,
  planText: true,
  parentGoalId: true,
  goalAreaId: true,
  version: true,
});

export const changeDocumentStatusSchema = z.object({
  /** Absent when the document has not been started yet. */
  version: versionSchema.optional(),
  status: z.enum(documentStatuses),
  decision: z.object({ date: isoDateSchema, paragraph: z.string().trim().min(1).max(40) }).optional(),
});
export type ChangeDocumentStatus = z.infer<typeof changeDocumentStatusSchema>;

export const nextYearSchema = z.object({
  year: z.int(),
  goalAreas: z.int(),
  goals: z.int(),
  carriedAssignments: z.int(),
  /** Handlingsplaner whose period goes on into the new year, carried under the same key. */
  carriedActionPlans: z.int(),
});

const yearParams = {
  municipalityId: idSchema,
  committeeId: idSchema,
  year: z.coerce.number().int().min(1900).max(2200),
};
export const goalParamsSchema = z.object({ ...yearParams, goalId: idSchema });
export const assessmentParamsSchema = z.object({
  ...yearParams,
  goalId: idSchema,
  followUp: z.string().min(1).max(100),
});
export const assignmentParamsSchema = z.object({ ...yearParams, assignmentId: idSchema });
export const reportParamsSchema = z.object({
  ...yearParams,
  assignmentId: idSchema,
  followUp: z.string().min(1).max(100),
});
export const activityParamsSchema = z.object({ ...yearParams, activityId: idSchema });
export const documentParamsSchema = z.object({ ...yearParams, document: z.string().min(1).max(100) });
export const indicatorParamsSchema = z.object({ ...yearParams, indicatorId: idSchema });

/** What a measure is: changed in the web app's form; its values and targets are entered by themselves. */
export const updateIndicatorSchema = z.object({
  version: versionSchema,
  name: z
    .string()
    .trim()
    .min(1, 'Måttet behöver ett namn')
    .max(500, 'Namnet får vara högst 500 tecken')
    .optional(),
  /** One of the municipality's units for measures. */
  unit: indicatorUnitSchema.optional(),
  decimals: z
    .int('Antalet decimaler ska vara ett heltal')
    .min(0, 'Minst 0 decimaler')
    .max(6, 'Högst 6 decimaler')
    .optional(),
  direction: directionSchema.optional(),
  source: z.enum(indicatorSources).optional(),
  sourceReference: z.string().trim().max(100, 'Referensen får vara högst 100 tecken').nullable().optional(),
  definition: z.string().max(5000, 'Definitionen får vara högst 5 000 tecken').nullable().optional(),
  /** One of the municipality's key figure definitions, or null for none. */
  definitionKey: z.string().max(100).nullable().optional(),
});
export type UpdateIndicator = z.infer<typeof updateIndicatorSchema>;

export const indicatorFactsSchema = indicatorSchema.pick({
  id: true,
  name: true,
  unit: true,
  valueKind: true,
  decimals: true,
  direction: true,
  source: true,
  sourceReference: true,
  definition: true,
  definitionKey: true,
  version: true,
});
export type IndicatorFacts = z.infer<typeof indicatorFactsSchema>;

const progressSchema = z.object({ done: z.int(), total: z.int() });

/** What a follow-up still lacks: every goal, assignment, indicator and activity with what has been reported. */
export const completenessSchema = z.object({
  followUp: z.string(),
  /** The period whose indicator values belong to this follow-up: its key, or "year" for the last follow-up. */
  period: z.string(),
  goals: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      goalArea: z.string().nullable(),
      /** Whether the goal is assessed, with a level or in words only. */
      assessed: z.boolean(),
      level: z.string().nullable(),
    }),
  ),
  assignments: z.array(
    z.object({ id: idSchema, title: z.string(), status: z.enum(assignmentStatuses).nullable() }),
  ),
  indicators: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      /** A value, reported as missing ("uppgift saknas"), or nothing entered; only a value counts as done. */
      outcome: z.enum(outcomes),
      value: z.number().nullable(),
    }),
  ),
  activities: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      goal: z.string(),
      owner: z.object({ id: idSchema, name: z.string() }).nullable(),
      status: z.enum(activityStatuses),
      updatedAt: z.iso.datetime(),
    }),
  ),
  summary: z.object({
    goals: progressSchema,
    assignments: progressSchema,
    indicators: progressSchema,
    activities: progressSchema,
  }),
});
export type Completeness = z.infer<typeof completenessSchema>;

export const followUpParamsSchema = z.object({ ...yearParams, followUp: z.string().min(1).max(100) });
