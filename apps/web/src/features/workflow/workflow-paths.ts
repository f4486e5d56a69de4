import { followUpPath } from '../org/index.ts';

/** Who reports what in a follow-up: deadline, parts and what is missing. */
export function reportingPath(committeeId: string, year: number, followUp: string): string {
  return `${followUpPath(committeeId, year, followUp)}/rapportering`;
}

/** The signed-in person's own parts to report on. */
export const tasksPath = '/att-gora';
