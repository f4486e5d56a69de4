import type { CommitteeYearView } from '../contracts/plan.ts';
import { effectivePermissions, type GrantLike } from './access.ts';
import type { DocumentStatus } from './document-lifecycle.ts';

/**
 * How far a person reads a committee's year: the work in progress (officials, controllers, a unit's rapportör),
 * what has been handed to the committee (its members), only its organisation, or nothing.
 */
export type CommitteeReading = 'work' | 'handedOver' | 'organisation' | 'none';

/**
 * The reading a person's grants give on a committee. A grant below the committee that reads content (a
 * rapportör on a unit) reads the plan they report against, as the server's committee read does.
 * `pathOf` gives a node's path from its committee down.
 */
export function committeeReading(
  grants: readonly GrantLike[],
  committeeId: string,
  pathOf: (nodeId: string) => readonly string[],
): CommitteeReading {
  const onCommittee = effectivePermissions(grants, [committeeId]);
  if (onCommittee.has('content.read')) return 'work';
  for (const grant of grants) {
    if (grant.nodeId === null || grant.nodeId === committeeId) continue;
    const path = pathOf(grant.nodeId);
    if (path[0] === committeeId && effectivePermissions(grants, path).has('content.read')) return 'work';
  }
  if (onCommittee.has('adopted.read')) return 'handedOver';
  if (onCommittee.has('org.read')) return 'organisation';
  return 'none';
}

/** The pages of a committee's year, in the order the navigation shows them. */
export const yearPageKeys = [
  'overview',
  'economy',
  'organisation',
  'risks',
  'actionPlans',
  'documents',
] as const;
export type YearPage = (typeof yearPageKeys)[number];

const pagesOf: Record<CommitteeReading, readonly YearPage[]> = {
  work: yearPageKeys,
  // A member reads the plan, the risk picture and the documents once handed over; the economy's working
  // figures and the action plans reach them through the documents.
  handedOver: ['overview', 'organisation', 'risks', 'documents'],
  organisation: ['organisation'],
  none: [],
};

/** The pages of the year a person can use: the navigation shows these and no others, and the pages ask the same. */
export function yearPages(reading: CommitteeReading): readonly YearPage[] {
  return pagesOf[reading];
}

/** A document is handed over to the committee when it is submitted for its decision or adopted. */
export const isHandedOver = (status: DocumentStatus) => status !== 'draft';

/** Whether the year's plan has been handed over to the committee. */
export function isPlanHandedOver(
  documents: readonly { document: string; status: DocumentStatus }[],
): boolean {
  return documents.some((entry) => entry.document === 'plan' && isHandedOver(entry.status));
}

/**
 * The year as a committee member reads it: the plan once handed over, and of the follow-ups only what those
 * handed over say. Before the plan is handed over, only the documents and their statuses.
 */
export function handedOverView(view: CommitteeYearView): CommitteeYearView {
  if (!isPlanHandedOver(view.documents)) {
    return { ...view, goalAreas: [], goals: [], indicators: [], assignments: [] };
  }
  const shown = new Set(
    view.documents.filter((entry) => isHandedOver(entry.status)).map((entry) => entry.document),
  );
  return {
    ...view,
    goals: view.goals.map((goal) => ({
      ...goal,
      assessments: goal.assessments.filter((entry) => shown.has(entry.followUp)),
    })),
    assignments: view.assignments.map((assignment) => ({
      ...assignment,
      reports: assignment.reports.filter((entry) => shown.has(entry.followUp)),
    })),
  };
}

export interface YearDocuments {
  year: number;
  documents: readonly { document: string; status: DocumentStatus }[];
}

/**
 * The year a person works in, where they land: the latest year with a plan or follow-up not yet adopted, else
 * the latest year with any, else the calendar year (an empty committee). A member counts only what has been
 * handed over to the committee.
 */
export function workingYear(
  years: readonly YearDocuments[],
  calendarYear: number,
  reading: CommitteeReading = 'work',
): number {
  const visible = years
    .map((entry) => ({
      year: entry.year,
      documents:
        reading === 'work' ? entry.documents : entry.documents.filter((doc) => isHandedOver(doc.status)),
    }))
    .filter((entry) => entry.documents.length > 0);
  const inProgress = visible.filter((entry) => entry.documents.some((doc) => doc.status !== 'adopted'));
  const candidates = inProgress.length > 0 ? inProgress : visible;
  if (candidates.length === 0) return calendarYear;
  return Math.max(...candidates.map((entry) => entry.year));
}
