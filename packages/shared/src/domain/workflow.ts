import type { PartState } from '../contracts/workflow.ts';

/** Who may move a part where: the unit contributes and marks it klar; the controller approves or sends it back. */
export function contributionProblem(state: PartState): string | null {
  return state === 'approved'
    ? 'Delen är godkänd. Controllern kan öppna den igen om något behöver rättas.'
    : null;
}

export function reviewProblem(state: PartState): string | null {
  return state === 'ready' ? null : 'Bara en del som är markerad klar kan godkännas eller skickas tillbaka.';
}

export function reopenProblem(state: PartState): string | null {
  return state === 'approved' ? null : 'Bara en godkänd del kan öppnas igen.';
}

/** Not klar or godkänd, and the deadline (a date, inclusive) has passed. */
export function isOverdue(state: PartState, deadline: string | null, today: string): boolean {
  return deadline !== null && today > deadline && (state === 'open' || state === 'returned');
}

/** Open work whose deadline is within a week: the reporter's reminder. */
export function isDueSoon(state: PartState, deadline: string | null, today: string): boolean {
  if (deadline === null || (state !== 'open' && state !== 'returned') || today > deadline) return false;
  const days = (Date.parse(deadline) - Date.parse(today)) / 86_400_000;
  return days <= 7;
}
