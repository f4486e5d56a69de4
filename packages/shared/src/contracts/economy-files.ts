import { z } from 'zod';
import { statementColumnKinds } from '../domain/income-statement.ts';
import { committeeYearParamsSchema } from './plan.ts';

/** A spreadsheet sent as base64 in JSON, so uploads go through the same API and CSRF check as every write. */
export const spreadsheetFileSchema = z.object({
  fileName: z
    .string()
    .max(200)
    .regex(/\.(xlsx|csv)$/i, 'Filen ska vara en Excel-fil (.xlsx) eller en CSV-fil (.csv)'),
  content: z.base64('Filens innehåll ska vara base64-kodat').max(8_000_000, 'Filen får vara högst 6 MB'),
});
export type SpreadsheetFile = z.infer<typeof spreadsheetFileSchema>;

export const sheetPreviewSchema = z.object({
  sheets: z.array(
    z.object({
      name: z.string(),
      rowCount: z.int(),
      columnCount: z.int(),
      /** The first rows as shown in the sheet, for choosing the mapping. */
      rows: z.array(z.array(z.string())),
    }),
  ),
});
export type SheetPreview = z.infer<typeof sheetPreviewSchema>;

export const importTargets = [
  'statement',
  'departments',
  'grant',
  'stateGrants',
  'centralItems',
  'investments',
  'indicatorValues',
] as const;
export type ImportTarget = (typeof importTargets)[number];
export const importTargetLabels: Record<ImportTarget, string> = {
  statement: 'Resultaträkning',
  departments: 'Resultat per avdelning och kommunbidrag',
  grant: 'Kommunbidrag med justeringar',
  stateGrants: 'Statsbidrag',
  centralItems: 'Kommuncentrala poster',
  investments: 'Investeringar',
  indicatorValues: 'Indikatorvärden (helår)',
};

/** What a column gives a department: its result, result budget, kommunbidrag budget or a forecast. */
export const departmentFields = ['resultActual', 'resultBudget', 'grantBudget', 'forecast'] as const;
export type DepartmentField = (typeof departmentFields)[number];
export const departmentFieldLabels: Record<DepartmentField, string> = {
  resultActual: 'Resultat',
  resultBudget: 'Budget',
  grantBudget: 'Kommunbidrag, budget',
  forecast: 'Prognos',
};

/** What a column gives a state grant (its amount) or a kommuncentral post (its outcome or budget). */
export const reportFields = ['amount', 'actual', 'budget'] as const;
export type ReportField = (typeof reportFields)[number];
export const reportFieldLabels: Record<ReportField, string> = {
  amount: 'Belopp',
  actual: 'Utfall',
  budget: 'Budgeterat belopp',
};
/**
 * What a column of the kommunbidrag table gives a department: its budgeted kommunbidrag, the adjustment of a
 * month, or the sum (budget and adjustments), which is checked, never saved.
 */
export const grantFields = ['grantBudget', 'adjustment', 'grantTotal'] as const;
export type GrantField = (typeof grantFields)[number];
export const grantFieldLabels: Record<GrantField, string> = {
  grantBudget: 'Budget',
  adjustment: 'Justering',
  grantTotal: 'Summa',
};
/** What a column gives an investment project: its budget, outcome or forecast. */
export const investmentFields = ['budget', 'actual', 'forecast'] as const;
export type InvestmentField = (typeof investmentFields)[number];
export const investmentFieldLabels: Record<InvestmentField, string> = {
  budget: 'Budget',
  actual: 'Utfall',
  forecast: 'Prognos',
};
export const importFields = [...departmentFields, ...reportFields, 'adjustment', 'grantTotal'] as const;
export type ImportField = (typeof importFields)[number];
export const isDepartmentField = (field: ImportField | null): field is DepartmentField =>
  (departmentFields as readonly (string | null)[]).includes(field);
export const isGrantField = (field: ImportField | null): field is GrantField =>
  (grantFields as readonly (string | null)[]).includes(field);

const columnLetterSchema = z.string().regex(/^[A-Z]{1,3}$/, 'Ange kolumnen med bokstäver, t.ex. B');

export const columnMappingSchema = z.object({
  column: columnLetterSchema,
  /** The statement column the values go to. */
  kind: z.enum(statementColumnKinds).nullable().default(null),
  /** The department, state grant or kommuncentral post figure the values go to. */
  field: z.enum(importFields).nullable().default(null),
  year: z.int().min(1900).max(2200),
  /** The month of a forecast or of a kommunbidrag adjustment. */
  month: z.int().min(1).max(12).nullable().default(null),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const importMappingSchema = z.object({
  sheet: z.string().min(1),
  /** The first row with values (1 for the sheet's first row); rows above it are headings. */
  firstRow: z.int().min(1),
  /** The column naming the line or indicator of each row. */
  labelColumn: columnLetterSchema,
  /** The unit amounts are given in; indicator values are taken as they are. */
  unit: z.enum(['kr', 'tkr', 'mnkr']).default('tkr'),
  columns: z.array(columnMappingSchema).min(1, 'Välj minst en kolumn med värden'),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const spreadsheetImportSchema = z.object({
  file: spreadsheetFileSchema,
  target: z.enum(importTargets),
  mapping: importMappingSchema,
  /** Only validates and shows what would be saved. */
  dryRun: z.boolean().default(true),
});
export type SpreadsheetImport = z.infer<typeof spreadsheetImportSchema>;

export const spreadsheetImportResultSchema = z.object({
  saved: z.boolean(),
  changes: z.array(
    z.object({
      /** "Resultaträkning!B5" */
      cell: z.string(),
      label: z.string(),
      column: z.string(),
      value: z.string(),
    }),
  ),
});
export type SpreadsheetImportResult = z.infer<typeof spreadsheetImportResultSchema>;

export const exportTables = [
  'statement',
  'departments',
  'grant',
  'stateGrants',
  'centralItems',
  'investments',
  'keyFigures',
] as const;
export type ExportTable = (typeof exportTables)[number];
export const exportTableParamsSchema = committeeYearParamsSchema.extend({ table: z.enum(exportTables) });
