import { z } from 'zod';
import { idSchema, isoDateSchema, versionSchema } from './common.ts';

/** What a unit can be asked to report on in a follow-up. */
export const partKinds = ['goal', 'assignment', 'indicator'] as const;
export const partKindSchema = z.enum(partKinds);
export type PartKind = z.infer<typeof partKindSchema>;

export const partStates = ['open', 'ready', 'returned', 'approved'] as const;
export type PartState = (typeof partStates)[number];
export const partStateLabels: Record<PartState, string> = {
  open: 'Att göra',
  ready: 'Klar',
  returned: 'Tillbakaskickad',
  approved: 'Godkänd',
};

export const partSchema = z.object({
  kind: partKindSchema,
  objectId: idSchema,
  /** The goal's, assignment's or indicator's name, for lists. */
  title: z.string(),
  node: z.object({ id: idSchema, name: z.string() }),
  state: z.enum(partStates),
  contribution: z.string().nullable(),
  reviewComment: z.string().nullable(),
  updatedAt: z.iso.datetime(),
  version: z.int(),
});
export type Part = z.infer<typeof partSchema>;

export const followUpPartsSchema = z.object({
  followUp: z.string(),
  deadline: isoDateSchema.nullable(),
  /** The follow-up document's version, sent back when the deadline is changed; null before it exists. */
  version: z.int().nullable(),
  /** Parts not yet klar or godkänd when the deadline has passed. */
  overdue: z.int(),
  parts: z.array(partSchema),
});
export type FollowUpParts = z.infer<typeof followUpPartsSchema>;

export const setDeadlineSchema = z.object({ deadline: isoDateSchema.nullable() });
/** A follow-up's deadline as stored, as a refused stale change answers with it. */
export const storedDeadlineSchema = z.object({ deadline: isoDateSchema.nullable(), version: versionSchema });
export type StoredDeadline = z.infer<typeof storedDeadlineSchema>;
export const assignPartSchema = z.object({ nodeId: idSchema });

export const contributeSchema = z.object({
  version: versionSchema,
  contribution: z.string().max(50_000, 'Texten får vara högst 50 000 tecken').nullable(),
  /** Marks the part klar for the controller to review. */
  ready: z.boolean(),
});

export const reviewPartSchema = z
  .object({
    version: versionSchema,
    decision: z.enum(['approve', 'return']),
    comment: z.string().trim().max(5000).nullable(),
  })
  .refine((value) => value.decision === 'approve' || Boolean(value.comment), {
    message: 'Skriv vad som behöver göras när du skickar tillbaka',
    path: ['comment'],
  });

export const reopenPartSchema = z.object({
  version: versionSchema,
  reason: z.string().trim().min(1, 'Ange varför delen öppnas igen').max(2000),
});

export const taskSchema = z.object({
  committee: z.object({ id: idSchema, name: z.string() }),
  year: z.int(),
  followUp: z.object({ key: z.string(), name: z.string() }),
  deadline: isoDateSchema.nullable(),
  dueSoon: z.boolean(),
  overdue: z.boolean(),
  part: partSchema,
});
export type Task = z.infer<typeof taskSchema>;

export const partParamsSchema = z.object({
  municipalityId: idSchema,
  committeeId: idSchema,
  year: z.coerce.number().int().min(1900).max(2200),
  followUp: z.string().min(1).max(100),
  kind: partKindSchema,
  objectId: idSchema,
});
