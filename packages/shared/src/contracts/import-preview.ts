import { z } from 'zod';
import { previewKinds } from '../domain/import-preview.ts';

const namesSchema = z.array(z.string());

/** What a committee-year file would do to one kind of object, by name; nothing of it is written. */
export const previewPartSchema = z.object({
  created: namesSchema,
  changed: namesSchema,
  unchanged: namesSchema,
  /** In the year now, not once the file is read (the file replaces the year's goals, areas and risks). */
  removed: namesSchema,
});

/** The answer to an import with `?preview=true`: the file is checked in full and nothing is written. */
export const importPreviewSchema = z.object({
  preview: z.literal(true),
  municipalityId: z.uuid(),
  committeeId: z.uuid(),
  year: z.int(),
  parts: z.object(
    Object.fromEntries(previewKinds.map((kind) => [kind, previewPartSchema])) as Record<
      (typeof previewKinds)[number],
      typeof previewPartSchema
    >,
  ),
});
export type ImportPreviewAnswer = z.infer<typeof importPreviewSchema>;

export const importQuerySchema = z.object({
  preview: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});
