import { z } from 'zod';
import { documentKinds } from '../domain/document-kinds.ts';
import { documentStatuses } from '../domain/document-lifecycle.ts';
import { idSchema, isoDateSchema } from './common.ts';

/** A plan or follow-up of a committee's year, as the start page lists it. */
export const startDocumentSchema = z.object({
  /** "plan" or a follow-up point's key. */
  document: z.string(),
  /** "Verksamhetsplan" or the follow-up point's name. */
  name: z.string(),
  /** The document it prints as, or null for a follow-up that is no document of its own (april). */
  kind: z.enum(documentKinds).nullable(),
  status: z.enum(documentStatuses),
  decision: z.object({ date: isoDateSchema, paragraph: z.string() }).nullable(),
  deadline: isoDateSchema.nullable(),
  /** The files archived at adoption. */
  files: z.array(z.enum(['pdf', 'docx'])),
  /** Parts the units have marked klar, waiting for the person's review; null when reviewing is not theirs. */
  awaitingReview: z.int().nullable(),
});
export type StartDocument = z.infer<typeof startDocumentSchema>;

/**
 * A committee the person reads, with the plans and follow-ups of each year that has one. A member
 * (`handedOver`) is shown only what has been handed over to the committee.
 */
export const startCommitteeSchema = z.object({
  committee: z.object({ id: idSchema, name: z.string() }),
  reading: z.enum(['work', 'handedOver', 'organisation']),
  years: z.array(z.object({ year: z.int(), documents: z.array(startDocumentSchema) })),
});
export type StartCommittee = z.infer<typeof startCommitteeSchema>;

export const myStartSchema = z.object({ committees: z.array(startCommitteeSchema) });
export type MyStart = z.infer<typeof myStartSchema>;
