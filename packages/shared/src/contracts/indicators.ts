import { z } from 'zod';

export const indicatorUnits = ['antal', '%', 'kr', 'tkr', 'mnkr', 'dagar', 'index', 'ja/nej'] as const;
export const indicatorUnitSchema = z.enum(indicatorUnits);
export type IndicatorUnit = z.infer<typeof indicatorUnitSchema>;

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
