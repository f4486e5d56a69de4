import { z } from 'zod';
import { scalesProblems } from '../domain/assessment.ts';
import { statementLineProblems } from '../domain/income-statement.ts';
import { defaultIndicatorUnits, unitList } from '../domain/indicator-units.ts';
import { defaultOrgKinds } from '../domain/org.ts';
import { defaultStatementTable, statementTableProblems } from '../domain/statement-tables.ts';
import { isoDateSchema, objectKeySchema } from './common.ts';
import { documentLabelsSchema, numberStyleSchema, templateExtrasShape } from './document-frame.ts';
import { chapterSchema, documentKindSchema } from './documents.ts';
import { exchangeStatementLineSchema, exchangeStatementTableSchema } from './economy-exchange.ts';
import { indicatorUnitSettingSchema, keyFigureDefinitionSchema } from './indicators.ts';
import { exchangeAssessmentScaleSchema, exchangeFollowUpPointSchema } from './interchange.ts';
import { orgKindsSchema } from './org.ts';

export { documentLabelsSchema } from './document-frame.ts';

/**
 * The open format `styr/municipality`: a municipality and every setting it holds for all its committees, as one
 * JSON document. One schema for the server's import and export and for the published JSON Schema.
 */
const name = z
  .string()
  .trim()
  .min(1, 'Namnet får inte vara tomt')
  .max(500, 'Texten får vara högst 500 tecken');

const scaleSteps = z
  .array(z.strictObject({ value: z.int('Värdet ska vara ett heltal').min(1).max(10), label: name }))
  .min(2, 'En riskskala behöver minst två steg');

/** A problem at `path[index].field` for every entry whose `field` repeats an earlier entry's. */
function unique<T>(
  items: readonly T[],
  field: keyof T & string,
  path: (string | number)[],
  context: z.core.$RefinementCtx,
) {
  const seen = new Set<unknown>();
  items.forEach((item, index) => {
    const value = item[field];
    if (seen.has(value))
      context.addIssue({
        code: 'custom',
        path: [...path, index, field],
        message: `”${String(value)}” förekommer mer än en gång i listan`,
      });
    seen.add(value);
  });
}

export const municipalityFileSchema = z
  .strictObject({
    format: z.literal('styr/municipality'),
    formatVersion: z.literal(1),
    municipality: z.strictObject({
      name: name.max(200, 'Namnet får vara högst 200 tecken'),
      shortName: z
        .string()
        .trim()
        .min(1)
        .max(40, 'Kortnamnet får vara högst 40 tecken')
        .nullable()
        .default(null),
      koladaId: z
        .string()
        .regex(/^\d{4}$/, 'Kolada-id är fyra siffror')
        .nullable()
        .default(null),
      validFrom: isoDateSchema,
    }),
    /** What the municipality calls each kind of unit and which kinds it places under which; default: Göteborg's. */
    orgKinds: orgKindsSchema.default(defaultOrgKinds),
    /**
     * The units the municipality's measures are given in, in its order: what is printed, the decimals a new
     * measure gets and the kind of values; replaced whole. Default: the eight Styr has always known.
     */
    indicatorUnits: z
      .array(indicatorUnitSettingSchema)
      .min(1, 'Minst en enhet för mått behövs')
      .max(200, 'Kommunen får ha högst 200 enheter för mått')
      .default(defaultIndicatorUnits),
    /** Measures defined once for every committee (Kolada's and the municipality's own key figures), in order. */
    keyFigureDefinitions: z
      .array(keyFigureDefinitionSchema)
      .max(1_000, 'Kommunen får ha högst 1 000 nyckeltalsdefinitioner')
      .default([]),
    /** Uppföljningstillfällen, by month. */
    followUpPoints: z.array(exchangeFollowUpPointSchema).min(1, 'Minst ett uppföljningstillfälle behövs'),
    /**
     * The goal assessment scales; the first serves every follow-up point no scale names. They replace the
     * municipality's scales entirely.
     */
    assessmentScales: z
      .array(exchangeAssessmentScaleSchema)
      .min(1, 'Minst en bedömningsskala behövs')
      .max(20, 'Högst 20 bedömningsskalor'),
    riskAreas: z.array(z.strictObject({ key: objectKeySchema, name })).min(1, 'Minst ett riskområde behövs'),
    /** Sannolikhet and konsekvens; their sizes give the risk matrix. */
    riskScale: z.strictObject({ probability: scaleSteps, consequence: scaleSteps }),
    /** The statement tables in order (a summary and a detailed one, say); absent: one, the resultaträkning. */
    statementTables: z
      .array(exchangeStatementTableSchema)
      .min(1, 'Minst en resultaträkning behövs')
      .max(20, 'Kommunen får ha högst 20 resultaträkningar')
      .default([{ key: defaultStatementTable.key, title: defaultStatementTable.title }]),
    /** The statement lines in order, each in its `table` (absent: the first); a line with parts is computed. */
    statementLines: z
      .array(exchangeStatementLineSchema)
      .max(1_000, 'Resultaträkningen får ha högst 1 000 rader'),
    /** The municipality's own wording of the words documents print around its data; the rest keep the default. */
    documentLabels: documentLabelsSchema.default({}),
    numberStyle: numberStyleSchema.optional(),
    /** One chapter tree per document kind; a kind left out gets the default template. */
    documentTemplates: z.array(
      z.strictObject({
        kind: documentKindSchema,
        chapters: z.array(chapterSchema).min(1, 'Mallen behöver minst ett kapitel').max(100),
        ...templateExtrasShape,
      }),
    ),
  })
  .superRefine((file, context) => {
    unique(file.indicatorUnits, 'unit', ['indicatorUnits'], context);
    unique(file.keyFigureDefinitions, 'key', ['keyFigureDefinitions'], context);
    const units = new Set(file.indicatorUnits.map((entry) => entry.unit));
    file.keyFigureDefinitions.forEach((definition, index) => {
      if (!units.has(definition.unit))
        context.addIssue({
          code: 'custom',
          path: ['keyFigureDefinitions', index, 'unit'],
          message: `Enheten ”${definition.unit}” finns inte bland filens enheter för mått (${unitList(file.indicatorUnits)})`,
        });
    });
    unique(file.followUpPoints, 'key', ['followUpPoints'], context);
    unique(file.riskAreas, 'key', ['riskAreas'], context);
    unique(file.riskScale.probability, 'value', ['riskScale', 'probability'], context);
    unique(file.riskScale.consequence, 'value', ['riskScale', 'consequence'], context);
    unique(file.statementLines, 'key', ['statementLines'], context);
    unique(file.documentTemplates, 'kind', ['documentTemplates'], context);
    const points = new Set(file.followUpPoints.map((point) => point.key));
    for (const problem of [
      ...scalesProblems(file.assessmentScales, points, 'assessmentScales'),
      ...statementLineProblems(file.statementLines, 'statementLines'),
      ...statementTableProblems(
        file.statementTables,
        file.statementLines,
        'statementTables',
        'statementLines',
      ),
    ])
      context.addIssue({ code: 'custom', path: problemPath(problem.path), message: problem.message });
  });
export type MunicipalityFile = z.infer<typeof municipalityFileSchema>;

/** "statementLines[2].sumOf[0]" back into zod's path parts. */
function problemPath(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] === undefined ? (match[1] ?? '') : Number(match[2]),
  );
}
