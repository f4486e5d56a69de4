import { z } from 'zod';
import { objectKeySchema } from './common.ts';

/** What a measure's unit is printed as ("timmar", "kr/invånare", "%"); one of its municipality's units. */
export const indicatorUnitSchema = z
  .string()
  .trim()
  .min(1, 'Enheten får inte vara tom')
  .max(40, 'Enheten får vara högst 40 tecken');

/** What a unit's values are: a free number, a share between 0 and 100, or ja (1), delvis (0,5), nej (0). */
export const valueKinds = ['number', 'share', 'yesPartlyNo'] as const;
export const valueKindSchema = z.enum(valueKinds);
export type ValueKind = z.infer<typeof valueKindSchema>;

export const valueKindLabels: Record<ValueKind, string> = {
  number: 'Tal',
  share: 'Andel',
  yesPartlyNo: 'Ja/delvis/nej',
};

/** One of a municipality's units for measures; `decimals` is the default for a new measure in it. */
export const indicatorUnitSettingSchema = z.strictObject({
  unit: indicatorUnitSchema,
  decimals: z.int('Antalet decimaler ska vara ett heltal').min(0).max(6),
  valueKind: valueKindSchema,
});
export type IndicatorUnitSetting = z.infer<typeof indicatorUnitSettingSchema>;

export const indicatorSources = ['manual', 'own', 'kolada', 'scb'] as const;

export const indicatorSourceLabels: Record<(typeof indicatorSources)[number], string> = {
  manual: 'Inmatad för hand',
  own: 'Eget verksamhetssystem',
  kolada: 'Kolada',
  scb: 'SCB',
};

export const directions = ['higher', 'lower'] as const;
export const directionSchema = z.enum(directions);
export type Direction = z.infer<typeof directionSchema>;

export const directionLabels: Record<Direction, string> = {
  higher: 'Högre är bättre',
  lower: 'Lägre är bättre',
};

export const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('numeric'), value: z.number() }),
  /** "Högre än 2021": the outcome compared with the outcome of an earlier year. */
  z.object({
    kind: z.literal('relative'),
    relation: z.enum(['higher', 'lower']),
    baseYear: z.int().min(1900).max(2200),
  }),
  z.object({ kind: z.literal('yesNo'), value: z.enum(['ja', 'nej']) }),
]);
export type Target = z.infer<typeof targetSchema>;

export const indicatorStatuses = ['met', 'partly', 'notMet', 'noValue', 'noTarget'] as const;
export type IndicatorStatus = (typeof indicatorStatuses)[number];

export const indicatorStatusLabels: Record<IndicatorStatus, string> = {
  met: 'Uppnått',
  partly: 'Delvis uppnått',
  notMet: 'Ej uppnått',
  noValue: 'Saknar värde',
  noTarget: 'Saknar målvärde',
};

/**
 * A measure the municipality defines once for its committees (often a Kolada or SCB key figure): a committee's
 * measure may follow it, taking its name, unit, decimals, direction, source and definition.
 */
export const keyFigureDefinitionSchema = z.strictObject({
  key: objectKeySchema,
  name: z.string().trim().min(1, 'Namnet får inte vara tomt').max(500, 'Namnet får vara högst 500 tecken'),
  unit: indicatorUnitSchema,
  decimals: z.int('Antalet decimaler ska vara ett heltal').min(0).max(6),
  direction: directionSchema,
  source: z.enum(indicatorSources).default('manual'),
  /** The id at the source, e.g. the Kolada KPI "N00945". */
  sourceReference: z
    .string()
    .trim()
    .max(100, 'Referensen får vara högst 100 tecken')
    .nullable()
    .default(null),
  definition: z.string().max(5000, 'Definitionen får vara högst 5 000 tecken').nullable().default(null),
});
export type KeyFigureDefinition = z.infer<typeof keyFigureDefinitionSchema>;
