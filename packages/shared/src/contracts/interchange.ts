import { z } from 'zod';
import { tones } from '../domain/assessment.ts';
import { assignmentSources, assignmentStatuses } from '../domain/assignments.ts';
import { documentStatuses } from '../domain/document-lifecycle.ts';
import { riskActionStatuses, riskSources } from '../domain/risk.ts';
import { exchangeActionPlanSchema } from './action-plans.ts';
import { INT4_MAX, idSchema, isoDateSchema, objectKeySchema } from './common.ts';
import { exchangeEconomySchema } from './economy-exchange.ts';
import {
  directionSchema,
  indicatorSources,
  indicatorUnitSchema,
  indicatorUnitSettingSchema,
  keyFigureDefinitionSchema,
  targetSchema,
} from './indicators.ts';
import { orgNodeKindSchema } from './org.ts';

/**
 * The open exchange format: one committee's year as a single JSON document.
 * Objects refer to each other by `key`, unique within their list. An export
 * writes each object's stable `id` too; an import keeps given ids and derives
 * ids from keys otherwise, so exporting, importing into an empty database and
 * exporting again gives the same document.
 */
export const assessmentLevelKeySchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9-]+$/, 'Nivåns nyckel får bara innehålla a–z, 0–9 och bindestreck');

const keySchema = objectKeySchema;
const text = (max: number) => z.string().max(max, `Texten får vara högst ${max} tecken`);
const name = text(500).trim().min(1, 'Namnet får inte vara tomt');
const yearSchema = z.int('Året ska vara ett heltal').min(1900).max(2200);
const optionalId = idSchema.optional();

export const periodSchema = z.union([z.literal('year'), keySchema]);

export const exchangeUnitSchema = z.strictObject({
  id: optionalId,
  key: keySchema,
  kind: orgNodeKindSchema.exclude(['committee']),
  name,
  shortName: text(40).nullable().optional(),
  /** Key of the unit above; absent for a unit directly under the committee. */
  parent: keySchema.nullable().optional(),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable().optional(),
  /**
   * The committee that owns the unit, when the unit (typically an administration serving several committees)
   * only serves this one: such a unit is found in that committee's organisation, never written by this file.
   */
  servedFrom: name.optional(),
});

export const exchangeGoalAreaSchema = z.strictObject({
  id: optionalId,
  key: keySchema,
  name,
  description: text(20_000).nullable().optional(),
  responsible: text(200).nullable().optional(),
  processLead: text(200).nullable().optional(),
  programmes: z.array(name).optional(),
});

export const goalKinds = ['kfOrganisation', 'kfActivity', 'kfCommittee', 'committee'] as const;

export const activityStatuses = ['notStarted', 'ongoing', 'done'] as const;

export const exchangeActivitySchema = z.strictObject({
  id: optionalId,
  key: keySchema,
  title: name,
  /** Key of the responsible unit in `units`. */
  owner: keySchema.nullable().optional(),
  due: isoDateSchema.nullable().optional(),
  status: z.enum(activityStatuses).optional(),
});

export const exchangeGoalSchema = z.strictObject({
  id: optionalId,
  key: keySchema,
  kind: z.enum(goalKinds),
  title: name,
  /** Key of the goal area in `goalAreas`; absent or null: a goal with no area. */
  goalArea: keySchema.nullable().optional(),
  /** Key of the goal in `goals` that this goal stands beneath, e.g. a council goal; absent or null: none. */
  parent: keySchema.nullable().optional(),
  /** How the committee adapts a KF goal, e.g. "fokus tidiga insatser". */
  focus: text(500).nullable().optional(),
  /** The plan's text for the goal: omhändertagande or strategy. */
  planText: text(50_000).nullable().optional(),
  indicators: z.array(keySchema).optional(),
  activities: z.array(exchangeActivitySchema).optional(),
});

export const genders = ['T', 'K', 'M'] as const;

export const exchangeValueSchema = z.strictObject({
  year: yearSchema,
  period: periodSchema.default('year'),
  gender: z.enum(genders).default('T'),
  /** null: reported as missing ("uppgift saknas"), which is never zero. */
  value: z.number('Värdet ska vara ett tal eller null').nullable(),
  note: text(500).nullable().optional(),
});

export const exchangeTargetSchema = z.strictObject({ year: yearSchema, target: targetSchema });

export { indicatorSources } from './indicators.ts';

export const exchangeIndicatorSchema = z.strictObject({
  id: optionalId,
  key: keySchema,
  name,
  unit: indicatorUnitSchema,
  decimals: z.int().min(0).max(6),
  direction: directionSchema,
  source: z.enum(indicatorSources).default('manual'),
  sourceReference: text(100).nullable().optional(),
  definition: text(5000).nullable().optional(),
  /** The key of the municipality's key figure definition the measure follows, if any. */
  definitionKey: keySchema.nullable().optional(),
  values: z.array(exchangeValueSchema).default([]),
  targets: z.array(exchangeTargetSchema).default([]),
});

export const exchangeReportSchema = z.strictObject({
  followUp: keySchema,
  status: z.enum(assignmentStatuses),
  proposedClosed: z.boolean().default(false),
  comment: text(20_000).nullable().optional(),
});

export const exchangeAssignmentSchema = z.strictObject({
  id: optionalId,
  key: keySchema,
  title: name,
  description: text(20_000).nullable().optional(),
  source: z.enum(assignmentSources),
  decisionReference: text(100).nullable().optional(),
  yearGiven: yearSchema,
  /** Other committees the same assignment is given to, by name. */
  alsoGivenTo: z.array(name).optional(),
  coordinatedBy: name.nullable().optional(),
  /** Key of the goal area in `goalAreas` that this year's plan handles the assignment under. */
  goalArea: keySchema.nullable().optional(),
  /** Keys of the goals in `goals` that the assignment serves this year. */
  goals: z.array(keySchema).max(100, 'Högst 100 mål per uppdrag').optional(),
  /** The municipality's own grouping of assignments, free text. */
  category: text(200).trim().min(1, 'Kategorin får inte vara tom').nullable().optional(),
  /** Free labels to group assignments by. */
  labels: z
    .array(text(100).trim().min(1, 'En etikett får inte vara tom'))
    .max(50, 'Högst 50 etiketter per uppdrag')
    .optional(),
  planText: text(50_000).nullable().optional(),
  reports: z.array(exchangeReportSchema).default([]),
});

export const exchangeAssessmentLevelSchema = z.strictObject({
  key: assessmentLevelKeySchema,
  label: name,
  tone: z.enum(tones),
});

/** A scale as an adopted report keeps it. */
export const exchangeScaleSnapshotSchema = z.strictObject({
  key: keySchema,
  name,
  /** False when a goal may be assessed in words only, with no level. */
  levelRequired: z.boolean().default(true),
  levels: z.array(exchangeAssessmentLevelSchema).max(20, 'Högst 20 nivåer'),
});

/** One of the municipality's scales, with the follow-up points that use it (the first scale serves the rest). */
export const exchangeAssessmentScaleSchema = z.strictObject({
  ...exchangeScaleSnapshotSchema.shape,
  followUpPoints: z.array(keySchema).max(50).default([]),
});

export const exchangeDocumentSchema = z.strictObject({
  /** "plan", "internkontrollplan" or the key of one of the municipality's follow-up points. */
  document: z.union([z.literal('plan'), keySchema]),
  status: z.enum(documentStatuses),
  decision: z
    .strictObject({ date: isoDateSchema, paragraph: text(40).min(1) })
    .nullable()
    .optional(),
  /** An adopted follow-up's scale as it was adopted; its assessments are read by it. */
  assessmentScale: exchangeScaleSnapshotSchema.nullable().optional(),
});

/** A chapter's own text in one of the committee's documents (the template's chapter key), e.g. the summary. */
export const exchangeDocumentTextSchema = z.strictObject({
  document: z.enum(['verksamhetsplan', 'delarsrapport', 'arsrapport']),
  chapter: keySchema,
  text: text(50_000),
});

export const exchangeAssessmentSchema = z.strictObject({
  goal: keySchema,
  followUp: keySchema,
  /** Null for an assessment in words only, where the follow-up's scale allows it. */
  level: assessmentLevelKeySchema.nullable(),
  analysis: text(50_000).nullable().optional(),
});

export const exchangeFollowUpPointSchema = z.strictObject({
  key: keySchema,
  name,
  month: z.int().min(1).max(12),
});

const scaleStepsSchema = z
  .array(z.strictObject({ value: z.int().min(1).max(10), label: name }))
  .min(2, 'En riskskala behöver minst två steg');
const scaleValue = z.int('Värdet ska vara ett heltal').min(1).max(10);

export const exchangeControlSchema = z.strictObject({
  id: optionalId,
  key: keySchema,
  /** What is checked (kontrollmoment). */
  what: text(2000).trim().min(1, 'Beskriv vad som kontrolleras'),
  /** How, e.g. "stickprov 10 ärenden". */
  method: text(2000).nullable().optional(),
  frequency: text(200).nullable().optional(),
  responsible: text(200).nullable().optional(),
  /** When the result is reported, e.g. "årsrapport". */
  reportWhen: text(200).nullable().optional(),
  /** The result recorded for the year-end follow-up; absent or null while not yet performed. */
  result: z
    .strictObject({
      performedOn: isoDateSchema.nullable(),
      findings: text(10_000).nullable().optional(),
      deviations: z.int().min(0).max(INT4_MAX).nullable(),
      assessment: text(2000).nullable().optional(),
      actionsDecided: text(5000).nullable().optional(),
    })
    .nullable()
    .optional(),
});

export const exchangeRiskSchema = z.strictObject({
  id: optionalId,
  key: keySchema,
  /** The register the risk belongs to: a key in `units`, or null for the committee's own. */
  node: keySchema.nullable().optional(),
  /** A key of the municipality's risk areas. */
  area: keySchema,
  title: name,
  description: text(5000).nullable().optional(),
  consequenceDescription: text(5000).nullable().optional(),
  probability: scaleValue,
  consequence: scaleValue,
  /** Last year's assessment of a risk carried over, so the change shows. */
  previous: z.strictObject({ probability: scaleValue, consequence: scaleValue }).nullable().optional(),
  owner: text(200).nullable().optional(),
  source: z.enum(riskSources).default('own'),
  actions: z
    .array(
      z.strictObject({
        what: text(2000).trim().min(1),
        responsible: text(200).nullable().optional(),
        due: isoDateSchema.nullable().optional(),
        status: z.enum(riskActionStatuses).default('planned'),
      }),
    )
    .default([]),
  /** Keys of the goals in `goals` that the risk threatens. */
  goals: z.array(keySchema).default([]),
  /** The unit key the risk has been nominated up to, if any. */
  raisedTo: keySchema.nullable().optional(),
  /** Chosen for the committee's samlad riskbild, with the reason. */
  selected: z.boolean().default(false),
  selectionReason: text(2000).nullable().optional(),
  /** "Till internkontrollplan": Ja (true) or Nej (false). */
  toControlPlan: z.boolean().default(false),
  controls: z.array(exchangeControlSchema).default([]),
});

export const committeeYearSchema = z.strictObject({
  format: z.literal('styr/committee-year'),
  formatVersion: z.literal(1),
  municipality: z.strictObject({
    id: optionalId,
    name,
    koladaId: z
      .string()
      .regex(/^\d{4}$/, 'Kolada-id är fyra siffror')
      .nullable()
      .optional(),
    followUpPoints: z.array(exchangeFollowUpPointSchema).optional(),
    /** The municipality's units for measures; a measure's `unit` is one of them. Given, they are added or updated. */
    indicatorUnits: z.array(indicatorUnitSettingSchema).max(200, 'Högst 200 enheter för mått').optional(),
    /** The municipality's key figure definitions the file's measures follow; given, they are added or updated. */
    keyFigureDefinitions: z
      .array(keyFigureDefinitionSchema)
      .max(1_000, 'Högst 1 000 nyckeltalsdefinitioner')
      .optional(),
    /** The municipality's scales; given, they replace its scales entirely. */
    assessmentScales: z.array(exchangeAssessmentScaleSchema).max(20, 'Högst 20 bedömningsskalor').optional(),
    /** The older shape: one scale's levels, read as the municipality's only scale. */
    assessmentScale: z.array(exchangeAssessmentLevelSchema).optional(),
    riskAreas: z.array(z.strictObject({ key: keySchema, name })).optional(),
    riskScale: z.strictObject({ probability: scaleStepsSchema, consequence: scaleStepsSchema }).optional(),
  }),
  committee: z.strictObject({
    id: optionalId,
    name,
    shortName: text(40).nullable().optional(),
    validFrom: isoDateSchema,
  }),
  year: yearSchema,
  units: z.array(exchangeUnitSchema).default([]),
  goalAreas: z.array(exchangeGoalAreaSchema).default([]),
  goals: z.array(exchangeGoalSchema).default([]),
  indicators: z.array(exchangeIndicatorSchema).default([]),
  assignments: z.array(exchangeAssignmentSchema).default([]),
  documents: z.array(exchangeDocumentSchema).default([]),
  assessments: z.array(exchangeAssessmentSchema).default([]),
  /** The year's risk registers, samlad riskbild and internal control plan; optional, so older files still import. */
  risks: z.array(exchangeRiskSchema).default([]),
  /** Optional, so files written before the economy sections still import. */
  economy: exchangeEconomySchema.optional(),
  documentTexts: z.array(exchangeDocumentTextSchema).default([]),
  /** The year's handlingsplaner; optional, so older files still import. */
  actionPlans: z.array(exchangeActionPlanSchema).max(50, 'Högst 50 handlingsplaner per år').default([]),
});
export type CommitteeYear = z.infer<typeof committeeYearSchema>;
export type CommitteeYearInput = z.input<typeof committeeYearSchema>;
