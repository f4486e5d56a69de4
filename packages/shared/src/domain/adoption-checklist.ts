import { formatNumber } from '../format/number.ts';
import { controlPlanDocument } from './risk.ts';

/** Done out of all, e.g. goals assessed out of the year's goals. */
export interface Progress {
  done: number;
  total: number;
}

/** What a plan or follow-up holds, counted once by the server for the checklist and for the refusal. */
export interface AdoptionCounts {
  /** "plan", a follow-up's key or the internal control plan. */
  document: string;
  /** The year's last follow-up, the annual report, whose adoption closes the year. */
  annualReport: boolean;
  goalAreas: number;
  /** For a follow-up, `done` is the goals assessed in it; for the plan, 0: a plan reports nothing. */
  goals: Progress;
  /** For a follow-up, `done` is the indicators with an outcome for its period. */
  indicators: Progress;
  /** For a follow-up, `done` is the assignments given a status in it. */
  assignments: Progress;
  activities: number;
}

export const checklistItemKeys = [
  'empty-plan',
  'empty-report',
  'goals-unassessed',
  'indicators-without-outcome',
  'assignments-without-status',
  'empty-chapters',
] as const;
export type ChecklistItemKey = (typeof checklistItemKeys)[number];

export interface ChecklistItem {
  key: ChecklistItemKey;
  /** Swedish, a whole sentence. */
  message: string;
}

export interface AdoptionChecklist {
  /** What stops the adoption: the server refuses it while any is there. */
  blocking: ChecklistItem[];
  /** What is missing but may be adopted as it is, once the person has seen it. */
  warnings: ChecklistItem[];
}

const isPlan = (counts: AdoptionCounts) => counts.document === 'plan';

/**
 * Why the document is too empty to adopt, in Swedish, or null. A plan with no goal, indicator or assignment
 * steers nothing; an annual report in which no goal is assessed, no indicator has an outcome and no assignment a
 * status reports nothing. Other follow-ups and the internal control plan may be adopted thin.
 */
export function emptyDocumentProblem(counts: AdoptionCounts): string | null {
  if (isPlan(counts)) {
    const held = counts.goals.total + counts.indicators.total + counts.assignments.total;
    return held === 0
      ? 'Verksamhetsplanen är tom: den har inga mål, indikatorer eller uppdrag och kan inte fastställas.'
      : null;
  }
  if (!counts.annualReport) return null;
  const reported = counts.goals.done + counts.indicators.done + counts.assignments.done;
  return reported === 0
    ? 'Årsrapporten är tom: inget mål är bedömt, ingen indikator har utfall och inget uppdrag har status. Den kan inte fastställas.'
    : null;
}

function missing(progress: Progress) {
  return progress.total - progress.done;
}

/**
 * What to look at before adopting: the blocking emptiness, and per kind of object what the follow-up lacks, and
 * the document's chapters that print nothing.
 */
export function adoptionChecklist(
  counts: AdoptionCounts,
  emptyChapters: readonly string[],
): AdoptionChecklist {
  const blocking: ChecklistItem[] = [];
  const warnings: ChecklistItem[] = [];
  const empty = emptyDocumentProblem(counts);
  if (empty) blocking.push({ key: isPlan(counts) ? 'empty-plan' : 'empty-report', message: empty });
  if (!isPlan(counts) && counts.document !== controlPlanDocument) {
    const goals = missing(counts.goals);
    if (goals > 0)
      warnings.push({
        key: 'goals-unassessed',
        message: `${formatNumber(goals)} mål saknar bedömning.`,
      });
    const indicators = missing(counts.indicators);
    if (indicators > 0)
      warnings.push({
        key: 'indicators-without-outcome',
        message: `${formatNumber(indicators)} ${indicators === 1 ? 'indikator' : 'indikatorer'} saknar utfall.`,
      });
    const assignments = missing(counts.assignments);
    if (assignments > 0)
      warnings.push({
        key: 'assignments-without-status',
        message: `${formatNumber(assignments)} uppdrag saknar status.`,
      });
  }
  if (emptyChapters.length > 0)
    warnings.push({
      key: 'empty-chapters',
      message: `${formatNumber(emptyChapters.length)} kapitel saknar innehåll: ${emptyChapters.join(', ')}.`,
    });
  return { blocking, warnings };
}
