export const assignmentStatuses = ['notStarted', 'ongoing', 'closed'] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

export const assignmentStatusLabels: Record<AssignmentStatus, string> = {
  notStarted: 'Ej påbörjad',
  ongoing: 'Pågående',
  closed: 'Avslutad',
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
