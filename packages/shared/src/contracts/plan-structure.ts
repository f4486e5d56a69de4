import { z } from 'zod';
import { INT4_MAX, idSchema, isoDateSchema, versionSchema } from './common.ts';
import { goalKinds } from './interchange.ts';
import { goalParamsSchema } from './plan.ts';

/** The plan's structure as built in the app: goal areas, goals and their activities, created, ordered, removed. */
const title = (subject: string) =>
  z
    .string(`${subject} behöver en rubrik`)
    .trim()
    .min(1, `${subject} behöver en rubrik`)
    .max(500, 'Rubriken får vara högst 500 tecken');
const optionalText = (max: number) =>
  z.string().trim().max(max, `Texten får vara högst ${max} tecken`).nullable();

export const goalAreaInputSchema = z.object({
  name: title('Målområdet'),
  description: optionalText(20_000),
  responsible: optionalText(200),
  processLead: optionalText(200),
});
export type GoalAreaInput = z.infer<typeof goalAreaInputSchema>;

export const updateGoalAreaSchema = goalAreaInputSchema.extend({ version: versionSchema });
export type UpdateGoalArea = z.infer<typeof updateGoalAreaSchema>;

export const goalAreaSchema = z.object({
  id: idSchema,
  key: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  responsible: z.string().nullable(),
  processLead: z.string().nullable(),
  programmes: z.array(z.string()),
  version: z.int(),
});
export type GoalArea = z.infer<typeof goalAreaSchema>;

/** A new goal of the year, beneath a parent goal and in a goal area, or neither. */
export const goalInputSchema = z.object({
  kind: z.enum(goalKinds, 'Välj målets slag'),
  title: title('Målet'),
  goalAreaId: idSchema.nullable(),
  parentGoalId: idSchema.nullable(),
  focus: optionalText(500),
});
export type GoalInput = z.infer<typeof goalInputSchema>;

/**
 * A council goal adapted to another goal area: a goal of its own there, with the council goal's kind, title and
 * parent and the committee's focus for that area (decisions: one goal per area).
 */
export const adaptGoalSchema = z.object({
  goalAreaId: idSchema,
  focus: optionalText(500),
});
export type AdaptGoal = z.infer<typeof adaptGoalSchema>;

/** What a new or changed goal answers: where it stands in the year's plan. */
export const goalPlaceSchema = z.object({
  id: idSchema,
  key: z.string(),
  kind: z.enum(goalKinds),
  title: z.string(),
  goalAreaId: idSchema.nullable(),
  parentGoalId: idSchema.nullable(),
  focus: z.string().nullable(),
  version: z.int(),
});
export type GoalPlace = z.infer<typeof goalPlaceSchema>;

export const activityInputSchema = z.object({
  title: title('Aktiviteten'),
  /** The unit that owns the activity and reports on it; null: the committee. */
  ownerNodeId: idSchema.nullable(),
  due: isoDateSchema.nullable(),
});
export type ActivityInput = z.infer<typeof activityInputSchema>;

export const updateActivityPlanSchema = activityInputSchema.extend({ version: versionSchema });
export type UpdateActivityPlan = z.infer<typeof updateActivityPlanSchema>;

/** A new order: every object of the list once, each with the version it was seen in. */
export const orderSchema = z.object({
  items: z
    .array(z.object({ id: idSchema, version: versionSchema }))
    .min(1, 'Ordningen behöver minst en sak')
    .max(1_000, 'Högst 1 000 saker i en ordning'),
});
export type Order = z.infer<typeof orderSchema>;

/** The versions after a reorder, so the next write is based on them. */
export const orderedSchema = z.object({
  items: z.array(z.object({ id: idSchema, version: z.int() })),
});
export type Ordered = z.infer<typeof orderedSchema>;

/** What goes with an object when it is removed, counted before anyone confirms. */
export const removalSchema = z.object({
  subGoals: z.int(),
  activities: z.int(),
  assessments: z.int(),
  indicatorLinks: z.int(),
  assignmentLinks: z.int(),
  /** Parts of a follow-up handed to a unit, with what it contributed. */
  followUpParts: z.int(),
  /** For a goal area: the goals that stay in the plan without a goal area. */
  goalsLeftWithoutArea: z.int(),
  /** For a goal area: the assignments handled under it, which stay without one. */
  assignmentsLeftWithoutArea: z.int(),
});
export type Removal = z.infer<typeof removalSchema>;

export const removeQuerySchema = z.object({ version: z.coerce.number().int().min(1).max(INT4_MAX) });

const yearParams = goalParamsSchema.omit({ goalId: true }).shape;
export const goalAreaParamsSchema = z.object({ ...yearParams, goalAreaId: idSchema });
export const structureActivityParamsSchema = z.object({
  ...yearParams,
  goalId: idSchema,
  activityId: idSchema,
});
