import { type DocumentStatus, isFrozen } from './document-lifecycle.ts';
import { controlPlanDocument } from './risk.ts';

/**
 * Which of a committee's year's data may no longer change, as the write authority decides it: the plan freezes
 * goals, indicators, targets, assignments and action plans; a follow-up its assessments, outcomes, reports and
 * texts; the year's last follow-up (the annual report) also the activities, the economy and the control results;
 * the internal control plan the risks and their controls.
 */
export interface YearFreeze {
  plan: boolean;
  controlPlan: boolean;
  /** The annual report is adopted: the year is closed. */
  yearEnd: boolean;
  followUp: (key: string) => boolean;
  /** Something of the year is adopted. */
  any: boolean;
}

export function yearFreeze(
  documents: readonly { document: string; status: DocumentStatus }[],
  lastFollowUp: string,
): YearFreeze {
  const adopted = new Set(documents.filter((entry) => isFrozen(entry.status)).map((entry) => entry.document));
  return {
    plan: adopted.has('plan'),
    controlPlan: adopted.has(controlPlanDocument),
    yearEnd: adopted.has(lastFollowUp),
    followUp: (key) => adopted.has(key),
    any: adopted.size > 0,
  };
}

/** The year's last follow-up from its points (the one with the latest month); the annual report when none. */
export function lastFollowUpOf(points: readonly { key: string; month: number }[]): string {
  const last = points.reduce<{ key: string; month: number } | null>(
    (found, point) => (found === null || point.month > found.month ? point : found),
    null,
  );
  return last?.key ?? 'arsrapport';
}
