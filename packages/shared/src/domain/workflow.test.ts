import { describe, expect, it } from 'vitest';
import { contributionProblem, isDueSoon, isOverdue, reopenProblem, reviewProblem } from './workflow.ts';

describe('follow-up parts', () => {
  it('take contributions until approved, and reopen only when approved', () => {
    expect(contributionProblem('open')).toBeNull();
    expect(contributionProblem('returned')).toBeNull();
    expect(contributionProblem('approved')).toMatch(/godkänd/);
    expect(reopenProblem('approved')).toBeNull();
    expect(reopenProblem('ready')).toMatch(/godkänd/);
  });

  it('are reviewed only when marked klar', () => {
    expect(reviewProblem('ready')).toBeNull();
    expect(reviewProblem('open')).not.toBeNull();
    expect(reviewProblem('approved')).not.toBeNull();
  });

  it('are overdue the day after the deadline when not klar', () => {
    expect(isOverdue('open', '2026-03-31', '2026-03-31')).toBe(false);
    expect(isOverdue('open', '2026-03-31', '2026-04-01')).toBe(true);
    expect(isOverdue('returned', '2026-03-31', '2026-04-01')).toBe(true);
    expect(isOverdue('ready', '2026-03-31', '2026-04-01')).toBe(false);
    expect(isOverdue('open', null, '2026-04-01')).toBe(false);
  });

  it('remind during the last week before the deadline', () => {
    expect(isDueSoon('open', '2026-03-31', '2026-03-24')).toBe(true);
    expect(isDueSoon('open', '2026-03-31', '2026-03-23')).toBe(false);
    expect(isDueSoon('open', '2026-03-31', '2026-04-01')).toBe(false);
    expect(isDueSoon('approved', '2026-03-31', '2026-03-30')).toBe(false);
  });
});
