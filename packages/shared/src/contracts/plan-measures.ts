import { z } from 'zod';
import { assignmentSources } from '../domain/assignments.ts';
import { INT4_MAX, idSchema, versionSchema } from './common.ts';
import { directionSchema, indicatorSources, indicatorUnitSchema, targetSchema } from './indicators.ts';

/** How many goals one measure or assignment may name: far beyond any plan, small enough to check at once. */
const goalIdsSchema = z.array(idSchema).max(100, 'Högst 100 mål');

const nameSchema = z
  .string()
  .trim()
  .min(1, 'Måttet behöver ett namn')
  .max(500, 'Namnet får vara högst 500 tecken');
const decimalsSchema = z
  .int('Antalet decimaler ska vara ett heltal')
  .min(0, 'Minst 0 decimaler')
  .max(6, 'Högst 6 decimaler');
const sourceReferenceSchema = z.string().trim().max(100, 'Referensen får vara högst 100 tecken').nullable();
const definitionSchema = z.string().max(5000, 'Definitionen får vara högst 5 000 tecken').nullable();

/**
 * A new measure in the year's plan. It is part of the year through the goals it measures or its target for the
 * year, so it needs at least one of them (checked by the server with the path of the field).
 */
export const createIndicatorSchema = z.strictObject({
  name: nameSchema,
  /** One of the municipality's units for measures. */
  unit: indicatorUnitSchema,
  /** The unit's default when left out. */
  decimals: decimalsSchema.optional(),
  direction: directionSchema,
  source: z.enum(indicatorSources).default('manual'),
  /** The id at the source, e.g. the Kolada KPI "N00945". */
  sourceReference: sourceReferenceSchema.default(null),
  definition: definitionSchema.default(null),
  goalIds: goalIdsSchema.default([]),
  /** The target for the plan's year, if any. */
  target: targetSchema.nullable().default(null),
});
export type CreateIndicator = z.input<typeof createIndicatorSchema>;

/** The goals of the year a measure follows, in order; replaces the year's links. */
export const indicatorGoalsSchema = z.strictObject({ version: versionSchema, goalIds: goalIdsSchema });
export type IndicatorGoals = z.infer<typeof indicatorGoalsSchema>;

/** A measure's target for one year; null removes it. The measure's version guards the change. */
export const setTargetSchema = z.strictObject({ version: versionSchema, target: targetSchema.nullable() });
export type SetTarget = z.infer<typeof setTargetSchema>;

/** Where a measure or assignment goes in its list: its new place counted from 0. */
export const moveSchema = z.strictObject({
  version: versionSchema,
  position: z.int('Platsen ska vara ett heltal').min(0, 'Platsen kan inte vara negativ').max(10_000),
});
export type Move = z.infer<typeof moveSchema>;

/** What a write on a measure answers: its new version, for the next change. */
export const measureVersionSchema = z.object({ id: idSchema, version: z.int() });

const committeeNameSchema = z
  .string()
  .trim()
  .min(1, 'Nämndens namn får inte vara tomt')
  .max(200, 'Nämndens namn får vara högst 200 tecken');

/** What an assignment is; the same fields are created and edited. */
const assignmentFields = {
  title: z
    .string()
    .trim()
    .min(1, 'Uppdraget behöver en rubrik')
    .max(1000, 'Rubriken får vara högst 1 000 tecken'),
  description: z.string().trim().max(5000, 'Beskrivningen får vara högst 5 000 tecken').nullable(),
  source: z.enum(assignmentSources),
  /** E.g. "KF 2024-11-21 § 458". */
  decisionReference: z.string().trim().max(200, 'Beslutsreferensen får vara högst 200 tecken').nullable(),
  /** Other committees the same assignment is given to, by name. */
  alsoGivenTo: z.array(committeeNameSchema).max(50, 'Högst 50 nämnder'),
  /** The committee that coordinates the assignment, by name. */
  coordinatedBy: z.string().trim().max(200, 'Namnet får vara högst 200 tecken').nullable(),
};

export const createAssignmentSchema = z.strictObject({
  ...assignmentFields,
  description: assignmentFields.description.default(null),
  decisionReference: assignmentFields.decisionReference.default(null),
  alsoGivenTo: assignmentFields.alsoGivenTo.default([]),
  coordinatedBy: assignmentFields.coordinatedBy.default(null),
  /** The year the assignment was given; the plan's year when left out. */
  yearGiven: z.int('Året ska vara ett heltal').min(1900).max(2200).optional(),
  goalIds: goalIdsSchema.default([]),
});
export type CreateAssignment = z.input<typeof createAssignmentSchema>;

export const updateAssignmentDetailsSchema = z.strictObject({
  version: versionSchema,
  title: assignmentFields.title.optional(),
  description: assignmentFields.description.optional(),
  source: assignmentFields.source.optional(),
  decisionReference: assignmentFields.decisionReference.optional(),
  alsoGivenTo: assignmentFields.alsoGivenTo.optional(),
  coordinatedBy: assignmentFields.coordinatedBy.optional(),
});
export type UpdateAssignmentDetails = z.infer<typeof updateAssignmentDetailsSchema>;

/**
 * What goes with a measure or assignment removed from the year, asked before the removal: the year's outcomes
 * (values) or statuses (reports), targets, follow-up parts handed to units, and goal links. `keptElsewhere` says
 * whether the object stays in other years, where nothing is removed. `blocker` names what stops the removal.
 */
export const removalImpactSchema = z.object({
  values: z.int(),
  targets: z.int(),
  reports: z.int(),
  parts: z.int(),
  links: z.int(),
  keptElsewhere: z.boolean(),
  blocker: z.string().nullable(),
});
export type RemovalImpact = z.infer<typeof removalImpactSchema>;

export const removalQuerySchema = z.object({ version: z.coerce.number().int().min(1).max(INT4_MAX) });

export const targetParamsSchema = z.object({
  municipalityId: idSchema,
  committeeId: idSchema,
  year: z.coerce.number().int().min(1900).max(2200),
  indicatorId: idSchema,
  targetYear: z.coerce.number().int().min(1900).max(2200),
});

export const goalIndicatorParamsSchema = z.object({
  municipalityId: idSchema,
  committeeId: idSchema,
  year: z.coerce.number().int().min(1900).max(2200),
  goalId: idSchema,
  indicatorId: idSchema,
});
