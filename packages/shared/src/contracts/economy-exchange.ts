import { z } from 'zod';
import { EARLIER_YEARS, statementColumnKinds } from '../domain/income-statement.ts';
import { KRONOR_PATTERN } from '../domain/money.ts';
import { objectKeySchema } from './common.ts';

/** Money crosses JSON as kronor in a decimal string, so it stays exact: "128122000", "-2065.5". */
export const kronorSchema = z
  .string()
  .regex(
    KRONOR_PATTERN,
    'Beloppet anges i kronor med högst två decimaler, t.ex. "128122000" eller "-2065.5"',
  );

const label = z
  .string()
  .trim()
  .min(1, 'Texten får inte vara tom')
  .max(200, 'Texten får vara högst 200 tecken');
const longText = z.string().max(20_000, 'Texten får vara högst 20 000 tecken');
const monthSchema = z.int('Månaden ska vara ett heltal').min(1).max(12);
const yearSchema = z.int('Året ska vara ett heltal').min(1900).max(2200);

/**
 * A line of the municipality's statement tables; a line with parts (`sumOf`, `subtract` counted negative) is
 * computed from them. `table`: the key of its statement table, absent for the municipality's first.
 */
export const exchangeStatementLineSchema = z.strictObject({
  key: objectKeySchema,
  label,
  sumOf: z.array(objectKeySchema).default([]),
  subtract: z.array(objectKeySchema).optional(),
  table: objectKeySchema.optional(),
});
export type ExchangeStatementLine = z.infer<typeof exchangeStatementLineSchema>;

/**
 * A column a statement table shows, relative to the year shown: `actual` (the bokslut; with `month`, the outcome
 * at that month's end; `yearOffset` −1 or −2 for an earlier year's), `budget` (the original budget),
 * `revisedBudget`, `forecast` (made at `month`'s follow-up), or `deviation`: column `of` minus column `against`.
 */
export const exchangeStatementColumnSchema = z.strictObject({
  key: objectKeySchema,
  kind: z.enum([...statementColumnKinds, 'deviation']),
  label: label.nullable().optional(),
  yearOffset: z.int().min(-EARLIER_YEARS).max(0).optional(),
  month: monthSchema.nullable().optional(),
  of: objectKeySchema.nullable().optional(),
  against: objectKeySchema.nullable().optional(),
});
export type ExchangeStatementColumn = z.infer<typeof exchangeStatementColumnSchema>;

/** A named statement table; without `columns` it shows the columns its figures have. */
export const exchangeStatementTableSchema = z.strictObject({
  key: objectKeySchema,
  title: label,
  columns: z.array(exchangeStatementColumnSchema).min(1).max(50).nullable().optional(),
});
export type ExchangeStatementTable = z.infer<typeof exchangeStatementTableSchema>;

export const exchangeStatementAmountSchema = z.strictObject({
  line: objectKeySchema,
  /** The year the figure concerns: the file's year, or an earlier year's actual (bokslut). */
  year: yearSchema,
  column: z.enum(statementColumnKinds),
  /** The month of a forecast (prognos), or of an actual that is the outcome at that month's end; else absent. */
  month: monthSchema.nullable().optional(),
  /** null: reported as missing, never zero. */
  amount: kronorSchema.nullable(),
});

export const exchangeForecastSchema = z.strictObject({ month: monthSchema, amount: kronorSchema });

/** A line of the result per department (resultatenhet) and of the kommunbidrag table. */
export const exchangeEconomyDepartmentSchema = z.strictObject({
  key: objectKeySchema,
  name: label,
  resultBudget: kronorSchema.nullable().optional(),
  resultActual: kronorSchema.nullable().optional(),
  forecasts: z.array(exchangeForecastSchema).default([]),
  /** The committee's analysis of the department's result. */
  comment: longText.nullable().optional(),
  /** Kommunbidrag budgeted to the department at the start of the year. */
  grantBudget: kronorSchema.nullable().optional(),
});

export const exchangeGrantAdjustmentSchema = z.strictObject({
  month: monthSchema,
  department: objectKeySchema,
  amount: kronorSchema,
});

export const exchangeGrantRoundSchema = z.strictObject({
  month: monthSchema,
  reason: label.max(1000, 'Texten får vara högst 1 000 tecken'),
  /** What a new decision adds in the month (e.g. a tilläggsbeslut); absent when money only moves. */
  decisionAmount: kronorSchema.nullable().optional(),
});

export const exchangeStateGrantSchema = z.strictObject({
  name: label,
  amount: kronorSchema,
  /** The account code (speckod); absent for grants without one. */
  code: z.string().trim().max(40).nullable().optional(),
  grantor: label,
});

/** A kommuncentral post: a cost handled on other committees' decisions, as positive amounts. */
export const exchangeCentralItemSchema = z.strictObject({
  name: label,
  actual: kronorSchema.nullable().optional(),
  budget: kronorSchema.nullable().optional(),
  comment: longText.nullable().optional(),
});

/** The committee's assessment of its equity; the closing equity is the statement's line `eget-kapital`. */
export const exchangeEquitySchema = z.strictObject({
  /** The level the council (kommunstyrelsen) set. */
  decidedLevel: kronorSchema.nullable().optional(),
  /** The level the committee finds motivated; what exceeds it is returned. */
  proposedLevel: kronorSchema.nullable().optional(),
  assessment: longText.nullable().optional(),
});

/** A row of a key figure table: a heading over the rows below it, or an indicator of the file. */
export const exchangeKeyFigureRowSchema = z.union([
  z.strictObject({ heading: label }),
  z.strictObject({
    indicator: objectKeySchema,
    /** Shows each year's value with its change from the year before, e.g. "1 020 985 (0,6 %)". */
    showChange: z.boolean().default(false),
    secondary: objectKeySchema.optional().meta({
      description:
        'An indicator of the file whose value of the same year prints in parentheses after the row\'s, e.g. a count and its share: "123 (45 %)". It takes the place of the change.',
      examples: ['andel-ekonomiskt-bistand'],
    }),
  }),
]);

/** A named table of key figures over the year and the two before it, from the file's indicators. */
export const exchangeKeyFigureTableSchema = z.strictObject({
  key: objectKeySchema,
  title: label,
  rows: z.array(exchangeKeyFigureRowSchema).default([]),
});

/** The five fixed parts of a väsentlig avvikelse, in the order the reports give them. */
export const deviationParts = [
  'cause',
  'consequencesForClients',
  'consequencesForOrganisation',
  'economicConsequences',
  'measures',
] as const;
export type DeviationPart = (typeof deviationParts)[number];

export const deviationPartLabels: Record<DeviationPart, string> = {
  cause: 'Orsak till att avvikelsen uppstått',
  consequencesForClients: 'Konsekvenser för dem verksamheten är till för',
  consequencesForOrganisation: 'Konsekvenser för organisation, medarbetare och chefer',
  economicConsequences: 'Ekonomiska konsekvenser',
  measures: 'Vidtagna åtgärder',
};

/** A väsentlig avvikelse (significant deviation) reported in a follow-up. */
export const exchangeSignificantDeviationSchema = z.strictObject({
  key: objectKeySchema,
  followUp: objectKeySchema,
  title: label.max(500, 'Rubriken får vara högst 500 tecken'),
  cause: longText.nullable().optional(),
  consequencesForClients: longText.nullable().optional(),
  consequencesForOrganisation: longText.nullable().optional(),
  economicConsequences: longText.nullable().optional(),
  measures: longText.nullable().optional(),
});

/** An investment project of the year; its deviation (budget − forecast, else − outcome) is computed. */
export const exchangeInvestmentSchema = z.strictObject({
  key: objectKeySchema,
  name: label.max(500, 'Namnet får vara högst 500 tecken'),
  budget: kronorSchema.nullable().optional(),
  actual: kronorSchema.nullable().optional(),
  forecast: kronorSchema.nullable().optional(),
  comment: longText.nullable().optional(),
});

export const exchangeEconomySchema = z.strictObject({
  /**
   * The municipality's statement tables the lines belong to; absent: the tables it already has (for most, the one
   * resultaträkning). Written like the lines: only by the system or whoever manages the whole municipality.
   */
  tables: z.array(exchangeStatementTableSchema).min(1).max(20, 'Högst 20 resultaträkningar').optional(),
  /** The municipality's line set; absent: the lines the municipality already has. */
  lines: z
    .array(exchangeStatementLineSchema)
    .max(1_000, 'Resultaträkningen får ha högst 1 000 rader')
    .optional(),
  amounts: z.array(exchangeStatementAmountSchema).default([]),
  departments: z.array(exchangeEconomyDepartmentSchema).default([]),
  grantAdjustments: z.array(exchangeGrantAdjustmentSchema).default([]),
  grantRounds: z.array(exchangeGrantRoundSchema).default([]),
  stateGrants: z.array(exchangeStateGrantSchema).default([]),
  centralItems: z.array(exchangeCentralItemSchema).default([]),
  equity: exchangeEquitySchema.nullable().optional(),
  keyFigureTables: z.array(exchangeKeyFigureTableSchema).default([]),
  significantDeviations: z.array(exchangeSignificantDeviationSchema).default([]),
  /** The year's investment projects in order; absent: none. */
  investments: z.array(exchangeInvestmentSchema).max(1_000, 'Högst 1 000 investeringar').optional(),
});
export type ExchangeEconomy = z.infer<typeof exchangeEconomySchema>;
