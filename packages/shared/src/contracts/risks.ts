import { z } from 'zod';
import { documentStatuses } from '../domain/document-lifecycle.ts';
import { riskActionStatuses, riskLevels, riskSources } from '../domain/risk.ts';
import { INT4_MAX, idSchema, isoDateSchema, versionSchema } from './common.ts';
import { committeeYearParamsSchema } from './plan.ts';

export { controlPlanDocument } from '../domain/risk.ts';

const text = (max: number) => z.string().max(max, `Texten får vara högst ${max} tecken`);
const optionalText = (max: number) => text(max).nullable().optional();
const title = text(500).trim().min(1, 'Rubriken får inte vara tom');
const step = z.int('Värdet ska vara ett heltal').min(1).max(10);

export const riskActionSchema = z.strictObject({
  what: text(2000).trim().min(1, 'Beskriv åtgärden'),
  responsible: optionalText(200).transform((value) => value ?? null),
  due: isoDateSchema
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  status: z.enum(riskActionStatuses).default('planned'),
});
export const riskActionOutputSchema = z.object({
  what: z.string(),
  responsible: z.string().nullable(),
  due: isoDateSchema.nullable(),
  status: z.enum(riskActionStatuses),
});
export type RiskAction = z.infer<typeof riskActionOutputSchema>;

export const riskAreaSchema = z.object({ key: z.string(), name: z.string() });
export const scaleStepSchema = z.object({ value: z.int(), label: z.string() });
export const riskScaleSchema = z.object({
  probability: z.array(scaleStepSchema),
  consequence: z.array(scaleStepSchema),
});

const nodeRefSchema = z.object({ id: idSchema, name: z.string(), kind: z.string() });

export const riskSchema = z.object({
  id: idSchema,
  key: z.string(),
  /** The register the risk belongs to; nomination and selection never move it from there. */
  origin: nodeRefSchema,
  /** The node it has been nominated up to, if any. */
  raisedTo: nodeRefSchema.nullable(),
  area: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  consequenceDescription: z.string().nullable(),
  probability: z.int(),
  consequence: z.int(),
  value: z.int(),
  level: z.enum(riskLevels),
  previous: z.object({ probability: z.int(), consequence: z.int(), value: z.int() }).nullable(),
  owner: z.string().nullable(),
  source: z.enum(riskSources),
  actions: z.array(riskActionOutputSchema),
  goalIds: z.array(idSchema),
  selected: z.boolean(),
  selectionReason: z.string().nullable(),
  toControlPlan: z.boolean(),
  version: z.int(),
});
export type Risk = z.infer<typeof riskSchema>;

export const controlResultSchema = z.object({
  performedOn: isoDateSchema.nullable(),
  findings: z.string().nullable(),
  deviations: z.int().nullable(),
  assessment: z.string().nullable(),
  actionsDecided: z.string().nullable(),
  version: z.int(),
});
export type ControlResult = z.infer<typeof controlResultSchema>;

export const controlActivitySchema = z.object({
  id: idSchema,
  riskId: idSchema,
  key: z.string(),
  what: z.string(),
  method: z.string().nullable(),
  frequency: z.string().nullable(),
  responsible: z.string().nullable(),
  reportWhen: z.string().nullable(),
  result: controlResultSchema.nullable(),
  version: z.int(),
});
export type ControlActivity = z.infer<typeof controlActivitySchema>;

export const riskOverviewSchema = z.object({
  areas: z.array(riskAreaSchema),
  scale: riskScaleSchema,
  risks: z.array(riskSchema),
  controlPlan: z.object({
    status: z.enum(documentStatuses),
    version: z.int().nullable(),
    activities: z.array(controlActivitySchema),
    /** Results are recorded until the annual report is adopted. */
    resultsOpen: z.boolean(),
  }),
});
export type RiskOverview = z.infer<typeof riskOverviewSchema>;

const riskFields = {
  area: z.string().min(1, 'Välj ett riskområde'),
  title,
  description: optionalText(5000),
  consequenceDescription: optionalText(5000),
  probability: step,
  consequence: step,
  owner: optionalText(200),
  source: z.enum(riskSources).optional(),
  actions: z.array(riskActionSchema).max(50).optional(),
  goalIds: z.array(idSchema).max(50).optional(),
};

export const createRiskSchema = z.object({ nodeId: idSchema, ...riskFields });
export type CreateRisk = z.input<typeof createRiskSchema>;
export const updateRiskSchema = z
  .object({ version: versionSchema, ...riskFields })
  .partial()
  .required({
    version: true,
  });
export type UpdateRisk = z.infer<typeof updateRiskSchema>;

export const versionOnlySchema = z.object({ version: versionSchema });
export const deleteQuerySchema = z.object({ version: z.coerce.number().int().min(1).max(INT4_MAX) });

export const riskSelectionSchema = z.object({
  version: versionSchema,
  selected: z.boolean(),
  reason: optionalText(2000),
  toControlPlan: z.boolean().default(false),
});
export type RiskSelection = z.input<typeof riskSelectionSchema>;

const controlFields = {
  what: text(2000).trim().min(1, 'Beskriv vad som kontrolleras'),
  method: optionalText(2000),
  frequency: optionalText(200),
  responsible: optionalText(200),
  reportWhen: optionalText(200),
};
export const createControlSchema = z.object(controlFields);
export type CreateControl = z.input<typeof createControlSchema>;
export const updateControlSchema = z
  .object({ version: versionSchema, ...controlFields })
  .partial()
  .required({
    version: true,
  });

export type UpdateControl = z.infer<typeof updateControlSchema>;

export const controlResultInputSchema = z.object({
  /** The result's version when changing one already recorded; absent the first time. */
  version: versionSchema.optional(),
  performedOn: isoDateSchema.nullable(),
  findings: optionalText(10_000),
  deviations: z.int('Antalet avvikelser ska vara ett heltal').min(0).max(INT4_MAX).nullable(),
  assessment: optionalText(2000),
  actionsDecided: optionalText(5000),
});
export type ControlResultInput = z.input<typeof controlResultInputSchema>;

export const riskParamsSchema = z.object({ ...committeeYearParamsSchema.shape, riskId: idSchema });
export const controlParamsSchema = z.object({ ...committeeYearParamsSchema.shape, controlId: idSchema });

export const riskNextYearSchema = z.object({ year: z.int(), risks: z.int() });
