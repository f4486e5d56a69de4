import type { Tone } from './assessment.ts';

export const assignmentStatuses = ['notStarted', 'ongoing', 'closed'] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

export const assignmentStatusLabels: Record<AssignmentStatus, string> = {
  notStarted: 'Ej påbörjad',
  ongoing: 'Pågående',
  closed: 'Avslutad',
};

/** The tone of an assignment's status line in documents: done is good, under way partial, not started unknown. */
export const assignmentStatusTones: Record<AssignmentStatus, Tone> = {
  notStarted: 'unknown',
  ongoing: 'partial',
  closed: 'good',
};

export const assignmentSources = ['budget', 'council', 'committee', 'director'] as const;
export type AssignmentSource = (typeof assignmentSources)[number];

export const assignmentSourceLabels: Record<AssignmentSource, string> = {
  budget: 'KF/KS uppdrag i budget',
  council: 'KF/KS uppdrag utanför budget',
  committee: 'Nämndens beslut',
  director: 'Förvaltningsdirektörens uppdrag',
};

/** "KF 2024-11-21 § 458": the body, the meeting date and the paragraph. */
export const decisionReferencePattern = /^(KF|KS|[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,15}) \d{4}-\d{2}-\d{2} § ?\d+$/;

/** Why an assignment's origin is incomplete, in Swedish, or null: outside the budget it must name its decision. */
export function sourceProblem(source: AssignmentSource, decisionReference: string | null): string | null {
  if (source === 'council' && !decisionReference)
    return 'Ange beslutet som gav uppdraget, t.ex. "KF 2024-11-21 § 458".';
  if (decisionReference && !decisionReferencePattern.test(decisionReference)) {
    return 'Skriv beslutet som organ, datum och paragraf, t.ex. "KF 2024-11-21 § 458".';
  }
  return null;
}

/**
 * An assignment carries over into next year's plan unless its latest reported
 * status is Avslutad. "Föreslås avslutas" is only a proposal: until the status
 * is Avslutad the assignment stays open. Not reported at all means still open.
 */
export function carriesOver(latestStatus: AssignmentStatus | null): boolean {
  return latestStatus !== 'closed';
}

/** What a list of assignments may be grouped by, in the web app and in a document's assignment section. */
export const assignmentGroupings = ['yearGiven', 'source', 'category', 'label'] as const;
export type AssignmentGrouping = (typeof assignmentGroupings)[number];

export const assignmentGroupingLabels: Record<AssignmentGrouping, string> = {
  yearGiven: 'År uppdraget gavs',
  source: 'Källa',
  category: 'Kategori',
  label: 'Etikett',
};

export interface GroupableAssignment {
  yearGiven: number;
  source: AssignmentSource;
  category: string | null;
  labels: readonly string[];
}

const collator = new Intl.Collator('sv');

/**
 * The assignments in titled groups, each keeping the given order. Years run upwards, sources in their fixed
 * order, categories and labels alphabetically with the assignments lacking one last; an assignment with
 * several labels stands under each of them.
 */
export function groupAssignments<T extends GroupableAssignment>(
  assignments: readonly T[],
  by: AssignmentGrouping,
): { title: string; assignments: T[] }[] {
  const groups = new Map<string, { title: string; order: string; assignments: T[] }>();
  const add = (key: string, title: string, order: string, assignment: T) => {
    const group = groups.get(key) ?? { title, order, assignments: [] };
    group.assignments.push(assignment);
    groups.set(key, group);
  };
  const last = '\uffff';
  for (const assignment of assignments) {
    if (by === 'yearGiven') {
      const year = String(assignment.yearGiven).padStart(4, '0');
      add(year, `Givna ${assignment.yearGiven}`, year, assignment);
    } else if (by === 'source') {
      const order = String(assignmentSources.indexOf(assignment.source));
      add(assignment.source, assignmentSourceLabels[assignment.source], order, assignment);
    } else if (by === 'category') {
      const category = assignment.category?.trim() || null;
      if (category) add(category, category, category, assignment);
      else add(last, 'Utan kategori', last, assignment);
    } else if (assignment.labels.length === 0) {
      add(last, 'Utan etikett', last, assignment);
    } else {
      for (const label of new Set(assignment.labels)) add(label, label, label, assignment);
    }
  }
  return [...groups.values()]
    .sort((a, b) => (a.order === last ? 1 : b.order === last ? -1 : collator.compare(a.order, b.order)))
    .map(({ title, assignments: members }) => ({ title, assignments: members }));
}
