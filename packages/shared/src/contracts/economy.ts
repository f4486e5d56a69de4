import { z } from 'zod';
import { statementColumnKinds } from '../domain/income-statement.ts';
import { versionSchema } from './common.ts';
import { kronorSchema } from './economy-exchange.ts';
import { valueKindSchema } from './indicators.ts';
import { committeeYearParamsSchema } from './plan.ts';

const amount = kronorSchema.nullable();

export const statementColumnSchema = z.object({
  id: z.string(),
  kind: z.enum([...statementColumnKinds, 'deviation']),
  year: z.int(),
  /** A forecast's month, or the month an actual is the outcome at; null for the bokslut. */
  month: z.int().nullable(),
  /** The table's own heading, where it gives one. */
  label: z.string().nullable().optional(),
  /** A deviation's two columns (ids): `of` minus `against`. */
  of: z.string().optional(),
  against: z.string().optional(),
});
export type StatementColumnView = z.infer<typeof statementColumnSchema>;

export const statementAmountSchema = z.object({
  line: z.string(),
  year: z.int(),
  column: z.enum(statementColumnKinds),
  month: z.int().nullable(),
  amount,
  version: z.int(),
});
export type StatementAmountView = z.infer<typeof statementAmountSchema>;

export const statementRowSchema = z.object({
  line: z.string(),
  label: z.string(),
  /** Computed from other lines (a result), so it cannot be entered. */
  computed: z.boolean(),
  /** Values by column id, in kronor. */
  values: z.record(z.string(), amount),
});
export type StatementRow = z.infer<typeof statementRowSchema>;

/** A computed line whose stored printed figure (what an adopted document printed) its parts do not give. */
export const printedDifferenceSchema = z.object({
  line: z.string(),
  column: z.string(),
  printed: amount,
  computed: amount,
  /** In Swedish, naming the line, the column and both figures. */
  message: z.string(),
});
export type PrintedDifferenceView = z.infer<typeof printedDifferenceSchema>;

export const statementTableViewSchema = z.object({
  key: z.string(),
  title: z.string(),
  /** Whether the municipality chose the table's columns; else they are the ones its figures have. */
  columnsChosen: z.boolean(),
  columns: z.array(statementColumnSchema),
  rows: z.array(statementRowSchema),
  /** Printed figures that differ from the computed ones; the rows show the printed figure. */
  warnings: z.array(printedDifferenceSchema),
});
export type StatementTableView = z.infer<typeof statementTableViewSchema>;

export const departmentResultSchema = z.object({
  key: z.string(),
  name: z.string(),
  resultBudget: amount,
  resultActual: amount,
  deviation: amount,
  forecasts: z.array(z.object({ month: z.int(), amount: kronorSchema })),
  comment: z.string().nullable(),
  version: z.int(),
});
export type DepartmentResult = z.infer<typeof departmentResultSchema>;

export const grantViewSchema = z.object({
  months: z.array(z.int()),
  rows: z.array(
    z.object({
      department: z.string(),
      name: z.string(),
      budget: kronorSchema,
      byMonth: z.record(z.string(), kronorSchema),
      total: kronorSchema,
    }),
  ),
  budgetTotal: kronorSchema,
  monthTotals: z.record(z.string(), kronorSchema),
  total: kronorSchema,
  rounds: z.array(z.object({ month: z.int(), reason: z.string(), decisionAmount: amount })),
  /** Rounds that neither balance nor are explained by a decision; empty when all is in order. */
  problems: z.array(z.string()),
});
export type GrantView = z.infer<typeof grantViewSchema>;

export const equityViewSchema = z.object({
  /** The statement's eget kapital at year end. */
  closing: amount,
  decidedLevel: amount,
  proposedLevel: amount,
  /** Closing minus the proposed level: what the committee returns. */
  toReturn: amount,
  assessment: z.string().nullable(),
  /** 0 while no assessment is stored. */
  version: z.int(),
});
export type EquityView = z.infer<typeof equityViewSchema>;

export const keyFigureRowSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text: z.string() }),
  z.object({
    kind: z.literal('indicator'),
    indicatorId: z.string(),
    name: z.string(),
    unit: z.string(),
    valueKind: valueKindSchema,
    decimals: z.int(),
    showChange: z.boolean(),
    /** One per year of the table; null where no value is reported. */
    values: z.array(z.number().nullable()),
    /** A second indicator's values, printed in parentheses after the row's ("123 (45 %)"); null when none. */
    secondary: z
      .object({
        valueKind: valueKindSchema,
        decimals: z.int(),
        values: z.array(z.number().nullable()),
      })
      .nullable(),
  }),
]);
export type KeyFigureRow = z.infer<typeof keyFigureRowSchema>;

export const keyFigureTableSchema = z.object({
  key: z.string(),
  title: z.string(),
  years: z.array(z.int()),
  rows: z.array(keyFigureRowSchema),
});
export type KeyFigureTable = z.infer<typeof keyFigureTableSchema>;

const partText = z.string().max(20_000, 'Texten får vara högst 20 000 tecken').nullable();

export const significantDeviationSchema = z.object({
  followUp: z.string(),
  key: z.string(),
  title: z.string(),
  cause: z.string().nullable(),
  consequencesForClients: z.string().nullable(),
  consequencesForOrganisation: z.string().nullable(),
  economicConsequences: z.string().nullable(),
  measures: z.string().nullable(),
  version: z.int(),
});
export type SignificantDeviation = z.infer<typeof significantDeviationSchema>;

export const deviationParamsSchema = committeeYearParamsSchema.extend({
  followUp: z.string().min(1).max(100),
  deviationKey: z.string().min(1).max(100),
});

export const updateSignificantDeviationSchema = z.object({
  version: versionSchema,
  title: z
    .string()
    .trim()
    .min(1, 'Rubriken får inte vara tom')
    .max(500, 'Rubriken får vara högst 500 tecken')
    .optional(),
  cause: partText.optional(),
  consequencesForClients: partText.optional(),
  consequencesForOrganisation: partText.optional(),
  economicConsequences: partText.optional(),
  measures: partText.optional(),
});
export type UpdateSignificantDeviation = z.infer<typeof updateSignificantDeviationSchema>;

const investmentFigures = {
  budget: amount,
  actual: amount,
  forecast: amount,
  /** Budget minus the forecast, else minus the outcome: positive when the project costs less. */
  deviation: amount,
};

export const investmentViewSchema = z.object({
  key: z.string(),
  name: z.string(),
  ...investmentFigures,
  comment: z.string().nullable(),
  version: z.int(),
});
export type InvestmentView = z.infer<typeof investmentViewSchema>;

export const investmentParamsSchema = committeeYearParamsSchema.extend({
  investmentKey: z.string().min(1).max(100),
});

export const updateInvestmentSchema = z.object({
  version: versionSchema,
  budget: amount.optional(),
  actual: amount.optional(),
  forecast: amount.optional(),
  comment: z.string().max(20_000, 'Texten får vara högst 20 000 tecken').nullable().optional(),
});
export type UpdateInvestment = z.infer<typeof updateInvestmentSchema>;

export const economyViewSchema = z.object({
  year: z.int(),
  /** The municipality's first statement table, with every stored figure of the year. */
  statement: statementTableViewSchema.extend({ amounts: z.array(statementAmountSchema) }),
  /** Every statement table of the municipality in order, the first being `statement`. */
  tables: z.array(statementTableViewSchema),
  departments: z.object({
    rows: z.array(departmentResultSchema),
    total: z.object({
      resultBudget: amount,
      resultActual: amount,
      deviation: amount,
      forecasts: z.array(z.object({ month: z.int(), amount: kronorSchema })),
    }),
  }),
  grant: grantViewSchema,
  stateGrants: z.object({
    rows: z.array(
      z.object({ name: z.string(), amount: kronorSchema, code: z.string().nullable(), grantor: z.string() }),
    ),
    total: kronorSchema,
  }),
  centralItems: z.array(
    z.object({
      name: z.string(),
      actual: amount,
      budget: amount,
      /** Budget minus outcome: positive when the cost stayed below budget. */
      deviation: amount,
      comment: z.string().nullable(),
    }),
  ),
  equity: equityViewSchema,
  keyFigureTables: z.array(keyFigureTableSchema),
  significantDeviations: z.array(significantDeviationSchema),
  investments: z.object({ rows: z.array(investmentViewSchema), total: z.object(investmentFigures) }),
});
export type EconomyView = z.infer<typeof economyViewSchema>;

export const setStatementAmountSchema = z.object({
  /** Absent when the cell has no figure yet. */
  version: versionSchema.optional(),
  line: z.string().min(1).max(100),
  year: z.int().min(1900).max(2200),
  column: z.enum(statementColumnKinds),
  /** A forecast's month, or the month an actual is the outcome at. */
  month: z.int().min(1).max(12).nullable().default(null),
  amount,
  /**
   * True for the figure an adopted document printed on a computed line (only such a line takes one); with amount
   * null it removes the printed figure, and the line shows its computed value again.
   */
  printed: z.boolean().default(false),
});
export type SetStatementAmount = z.infer<typeof setStatementAmountSchema>;

export const departmentParamsSchema = committeeYearParamsSchema.extend({
  departmentKey: z.string().min(1).max(100),
});

export const updateDepartmentSchema = z.object({
  version: versionSchema,
  resultBudget: amount.optional(),
  resultActual: amount.optional(),
  comment: z.string().max(20_000, 'Texten får vara högst 20 000 tecken').nullable().optional(),
});
export type UpdateDepartment = z.infer<typeof updateDepartmentSchema>;

export const updateEquitySchema = z.object({
  /** Absent when no assessment is stored yet. */
  version: versionSchema.optional(),
  decidedLevel: amount,
  proposedLevel: amount,
  assessment: z.string().max(20_000, 'Texten får vara högst 20 000 tecken').nullable(),
});
export type UpdateEquity = z.infer<typeof updateEquitySchema>;
