import { z } from 'zod';
import { templateExtrasShape } from './document-frame.ts';
import { chapterSchema, documentKindSchema } from './documents.ts';

/**
 * The open format `styr/template`: one document kind's template (its chapter tree) of one municipality, so a
 * template can be kept, shared, checked and read in elsewhere. One schema for the command line, the API and the
 * published JSON Schema.
 */
export const templateFileSchema = z.strictObject({
  format: z.literal('styr/template'),
  formatVersion: z.literal(1),
  /** The municipality whose template it is; an import writes that municipality's template. */
  municipality: z.strictObject({
    name: z.string().trim().min(1, 'Namnet får inte vara tomt').max(200, 'Namnet får vara högst 200 tecken'),
  }),
  kind: documentKindSchema,
  chapters: z.array(chapterSchema).min(1, 'Mallen behöver minst ett kapitel').max(100, 'Högst 100 kapitel'),
  ...templateExtrasShape,
});
export type TemplateFile = z.infer<typeof templateFileSchema>;

const finding = z.object({
  /** Where in the file, e.g. "chapters[2].children[0].section.kind". */
  path: z.string(),
  /** Swedish. */
  message: z.string(),
});

/** What a check of a template file found: errors stop an import; warnings name what would not print. */
export const templateCheckSchema = z.object({
  errors: z.array(finding),
  warnings: z.array(finding),
});
export type TemplateCheck = z.infer<typeof templateCheckSchema>;

/** The API's answer to a check: the findings, and the file's chapters when it has no errors (to load into the editor). */
export const templateCheckResultSchema = templateCheckSchema.extend({
  chapters: z.array(chapterSchema).nullable(),
});
export type TemplateCheckResult = z.infer<typeof templateCheckResultSchema>;

/** A template file as the API takes it to check: any JSON object, so every problem comes back with its path. */
export const templateFileInputSchema = z.record(z.string().max(100), z.unknown());

export const templateFileQuerySchema = z.object({ kind: documentKindSchema });
