import { z } from 'zod';
import { checklistItemKeys } from '../domain/adoption-checklist.ts';

const progressSchema = z.object({ done: z.int(), total: z.int() });
const checklistItemSchema = z.object({ key: z.enum(checklistItemKeys), message: z.string() });

/** What to look at before the committee adopts a plan or follow-up, and what the adopted document will hold. */
export const adoptionChecklistSchema = z.object({
  /** "plan", a follow-up's key or the internal control plan. */
  document: z.string(),
  /** What stops the adoption: the server refuses it while any is there. */
  blocking: z.array(checklistItemSchema),
  /** What is missing but may be adopted as it is. */
  warnings: z.array(checklistItemSchema),
  contents: z.object({
    goalAreas: z.int(),
    /** For a follow-up, `done` counts what it reports: goals assessed, outcomes, assignments' statuses. */
    goals: progressSchema,
    indicators: progressSchema,
    assignments: progressSchema,
    activities: z.int(),
  }),
  /** The document's chapters as they will print; empty for a follow-up that is no document of its own. */
  chapters: z.array(
    z.object({
      number: z.string(),
      title: z.string(),
      /** Swedish; null when the chapter has what it needs. */
      lacking: z.string().nullable(),
    }),
  ),
});
export type AdoptionChecklistView = z.infer<typeof adoptionChecklistSchema>;
