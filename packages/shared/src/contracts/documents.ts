import { z } from 'zod';
import { assignmentGroupings, assignmentSources } from '../domain/assignments.ts';
import { type ChapterTextPlacement, chapterTextPlacements } from '../domain/chapter-text.ts';
import { chartKinds } from '../domain/document-charts.ts';
import { type DocumentKind, documentFormats, documentKinds } from '../domain/document-kinds.ts';
import { idSchema, isoDateSchema, versionSchema } from './common.ts';
import { templateExtrasShape } from './document-frame.ts';
import {
  assignmentItemOptions,
  controlItemOptions,
  goalItemOptions,
  riskItemOptions,
} from './document-item-options.ts';
import {
  departmentResultsOptionsSchema,
  incomeStatementOptionsSchema,
  indicatorTableOptionsSchema,
  keyFigureTableOptionsSchema,
} from './document-table-options.ts';
import { goalKinds } from './interchange.ts';

// Plain lists, kept apart from the schemas so the command line can check its arguments without loading zod.
export {
  type DocumentFormat,
  type DocumentKind,
  documentFormats,
  documentKinds,
} from '../domain/document-kinds.ts';
export const documentKindSchema = z.enum(documentKinds);
export const documentKindLabels: Record<DocumentKind, string> = {
  verksamhetsplan: 'Verksamhetsplan',
  delarsrapport: 'Delårsrapport',
  arsrapport: 'Årsrapport',
};

/** Charts under the indicator tables of a goals or goal areas section. */
const indicatorChartsOption = z
  .enum(chartKinds)
  .optional()
  .meta({
    description:
      "A trend chart under each goal's indicator table, one per indicator with outcomes in at least two of the latest six years (through the year before a plan, through the report's year in a follow-up), as a line or as bars, with every value printed and described in its alt text. Ja/nej indicators get none. Absent: no charts.",
    examples: ['line'],
  });

/**
 * What a chapter holds besides its subchapters. Each kind has one builder module on the server
 * (apps/server/src/modules/documents/sections/); a new kind is one entry here and one module there.
 */
const sectionOptions = [
  /** Only a heading over its subchapters. */
  z.object({ kind: z.literal('heading') }),
  /** The same text in every committee's document, written in the template. */
  z.object({
    kind: z.literal('fixedText'),
    text: z.string().max(50_000, 'Texten får vara högst 50 000 tecken'),
  }),
  /** A text written for each committee's document, e.g. the controller's summary. */
  z.object({ kind: z.literal('documentText') }),
  /** Goals of some kinds with their plan texts or assessments, indicator tables and activities. */
  z.object({
    kind: z.literal('goals'),
    goalKinds: z.array(z.enum(goalKinds)).min(1, 'Välj minst ett slags mål'),
    ...goalItemOptions,
    indicatorTable: indicatorTableOptionsSchema.optional(),
    indicatorCharts: indicatorChartsOption,
  }),
  /** Each goal area with its goals and programmes. */
  z.object({
    kind: z.literal('goalAreas'),
    indicatorTable: indicatorTableOptionsSchema.optional(),
    indicatorCharts: indicatorChartsOption,
  }),
  /**
   * Assignments from some sources with their plan text or status and comment. `groupBy` prints them in groups
   * under sub-headings (år givet, källa, kategori or etikett); absent: one table, as before.
   */
  z.object({
    kind: z.literal('assignments'),
    sources: z.array(z.enum(assignmentSources)).min(1, 'Välj minst ett slags uppdrag'),
    groupBy: z.enum(assignmentGroupings).optional(),
    ...assignmentItemOptions,
  }),
  /** The samlad riskbild: the committee's selected risks per risk area, with value and action. */
  z.object({ kind: z.literal('riskRegister'), ...riskItemOptions }),
  /** The internal control plan's activities per risk; a follow-up adds each control's result. */
  z.object({ kind: z.literal('controlPlan'), ...controlItemOptions }),
  /**
   * A statement table in mnkr (by default the municipality's first: bokslut, budget, avvikelse and earlier
   * years' bokslut); `table` names another of the municipality's statement tables by key.
   */
  z.object({
    kind: z.literal('incomeStatement'),
    table: z.string().min(1).max(100).optional(),
    ...incomeStatementOptionsSchema,
  }),
  /** Investment projects in tkr: budget, outcome, forecast, deviation, with their comments. */
  z.object({ kind: z.literal('investments') }),
  /** Result per department in tkr, with its comment. */
  z.object({
    kind: z.literal('departmentResults'),
    ...departmentResultsOptionsSchema,
    chart: z
      .boolean()
      .optional()
      .meta({
        description:
          "true: a bar chart of each department's result deviation from its budget (tkr, positive to the right, negative to the left, each value printed with its sign) under the table. Absent or false: the table only.",
        examples: [true],
      }),
  }),
  /** Kommunbidrag per department with the year's monthly adjustments and their reasons. */
  z.object({ kind: z.literal('municipalGrant') }),
  /** Statsbidrag received, in tkr. */
  z.object({ kind: z.literal('stateGrants') }),
  /** Kommuncentrala poster: outcome against the budgeted amount. */
  z.object({ kind: z.literal('centralItems') }),
  /** Eget kapital at year end, the levels and the committee's assessment. */
  z.object({ kind: z.literal('equity') }),
  /** One of the year's key figure tables, by its key (e.g. "volym-kostnad"). */
  z.object({
    kind: z.literal('keyFigureTable'),
    table: z.string().trim().min(1, 'Ange nyckeltalstabellens nyckel').max(100),
    options: keyFigureTableOptionsSchema.optional(),
  }),
  /** Väsentliga avvikelser, each under the five fixed sub-headings. */
  z.object({ kind: z.literal('significantDeviations') }),
  /** The year's handlingsplaner with their focus areas, actions and budget per funder. */
  z.object({ kind: z.literal('actionPlans') }),
  /**
   * In a report, each handlingsplan's actions with their status and comment at the report's follow-up point;
   * a year without handlingsplaner leaves the chapter out.
   */
  z.object({ kind: z.literal('actionPlanFollowUps') }),
] as const;
export const sectionKinds = sectionOptions.map((option) => option.shape.kind.value);
export const sectionSchema = z.discriminatedUnion('kind', sectionOptions, {
  // Zod's Swedish locale says only "Ogiltig input" for a kind it does not know; a template author needs the list.
  error: (issue) => {
    if (issue.code !== 'invalid_union') return undefined;
    const kind = (issue.input as { kind?: unknown } | undefined)?.kind;
    const named =
      typeof kind === 'string'
        ? `”${kind.slice(0, 60)}” är ingen känd sorts avsnitt`
        : 'Avsnittet saknar sort';
    return `${named}. Känd sort: ${sectionKinds.join(', ')}.`;
  },
});
export type Section = z.infer<typeof sectionSchema>;
export type SectionKind = Section['kind'];
export const sectionKindLabels: Record<SectionKind, string> = {
  heading: 'Endast rubrik',
  fixedText: 'Fast text',
  documentText: 'Text som skrivs för nämndens dokument',
  goals: 'Mål med plantext eller bedömning',
  goalAreas: 'Målområden med mål',
  assignments: 'Uppdrag',
  riskRegister: 'Samlad riskbild',
  controlPlan: 'Intern kontrollplan',
  incomeStatement: 'Resultaträkning',
  departmentResults: 'Resultat per avdelning',
  municipalGrant: 'Kommunbidrag',
  stateGrants: 'Statsbidrag',
  centralItems: 'Kommuncentrala poster',
  equity: 'Eget kapital',
  keyFigureTable: 'Nyckeltalstabell',
  significantDeviations: 'Väsentliga avvikelser',
  actionPlans: 'Handlingsplaner',
  investments: 'Investeringar',
  actionPlanFollowUps: 'Uppföljning av handlingsplaner',
};

export interface TemplateChapter {
  /** Stable within the template: a document's own texts are stored under it. */
  key: string;
  /** "{år}" is replaced by the document's year. */
  title: string;
  section: Section;
  /**
   * Where the committee's own text of this chapter prints around the section's content; absent: nowhere (a
   * `documentText` chapter is that text and takes no placement).
   */
  text?: ChapterTextPlacement;
  pageBreakBefore: boolean;
  /** A top-level chapter numbered as "Bilaga 1", "Bilaga 2" after the numbered chapters. */
  appendix: boolean;
  children: TemplateChapter[];
}

export const chapterKeySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'Nyckeln får bara innehålla a–z, 0–9 och bindestreck');

export const chapterSchema: z.ZodType<TemplateChapter> = z.lazy(() =>
  z.object({
    key: chapterKeySchema,
    title: z.string().trim().min(1, 'Kapitlet behöver en rubrik').max(300),
    section: sectionSchema,
    text: z
      .enum(chapterTextPlacements)
      .optional()
      .meta({
        description:
          "Where the committee's own text of the chapter prints: before or after the section's generated content. Absent: no text (a documentText chapter prints its text as its content and takes no placement).",
        examples: ['before'],
      }),
    pageBreakBefore: z.boolean(),
    appendix: z.boolean(),
    children: z.array(chapterSchema).max(100),
  }),
);

export const documentTemplateSchema = z.object({
  kind: documentKindSchema,
  chapters: z.array(chapterSchema),
  ...templateExtrasShape,
  version: z.int(),
});
export type DocumentTemplate = z.infer<typeof documentTemplateSchema>;

export const updateTemplateSchema = z.object({
  kind: documentKindSchema,
  version: versionSchema,
  chapters: z.array(chapterSchema).min(1, 'Mallen behöver minst ett kapitel').max(100),
  ...templateExtrasShape,
});
export type UpdateTemplate = z.infer<typeof updateTemplateSchema>;

export const documentYearParamsSchema = z.object({
  municipalityId: idSchema,
  committeeId: idSchema,
  year: z.coerce.number().int().min(1900).max(2200),
  kind: documentKindSchema,
});
export const renderParamsSchema = documentYearParamsSchema.extend({ format: z.enum(documentFormats) });
export const documentTextParamsSchema = documentYearParamsSchema.extend({ chapterKey: chapterKeySchema });

export const documentTextSchema = z.object({
  chapterKey: z.string(),
  text: z.string().nullable(),
  version: z.int(),
});
export type DocumentText = z.infer<typeof documentTextSchema>;

export const setDocumentTextSchema = z.object({
  /** Absent when the chapter has no text yet. */
  version: versionSchema.optional(),
  text: z.string().max(50_000, 'Texten får vara högst 50 000 tecken').nullable(),
});
export type SetDocumentText = z.infer<typeof setDocumentTextSchema>;

/** A file stored when the committee adopted the document: downloaded unchanged forever. */
export const documentSnapshotSchema = z.object({
  format: z.enum(['pdf', 'docx']),
  sha256: z.string(),
  bytes: z.int(),
  adoptedAt: z.iso.datetime(),
});

/** What the document page shows: its chapters, what lacks content, the texts and the adopted files. */
export const documentOverviewSchema = z.object({
  kind: documentKindSchema,
  title: z.string(),
  /** The plan's or follow-up's key whose status the document follows. */
  document: z.string(),
  status: z.enum(['draft', 'review', 'adopted']),
  deadline: isoDateSchema.nullable(),
  chapters: z.array(
    z.object({
      key: z.string(),
      number: z.string(),
      title: z.string(),
      kind: z.enum(sectionKinds as [SectionKind, ...SectionKind[]]),
      /**
       * Where the committee's own text of the chapter prints: as its content (a documentText chapter), before or
       * after its generated content; null when the chapter takes no text.
       */
      text: z.enum(['content', ...chapterTextPlacements]).nullable(),
      /** Swedish; null when the chapter has what it needs. */
      lacking: z.string().nullable(),
    }),
  ),
  texts: z.array(documentTextSchema),
  snapshots: z.array(documentSnapshotSchema),
});
export type DocumentOverview = z.infer<typeof documentOverviewSchema>;
