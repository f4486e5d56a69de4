import type { Assignment, CommitteeYearView, Goal } from '@styr/shared/contracts/plan';
import type { FollowUpPoint } from './plan-labels.ts';

export function assessmentIn(goal: Goal, followUp: FollowUpPoint | null) {
  return followUp
    ? (goal.assessments.find((assessment) => assessment.followUp === followUp.key) ?? null)
    : null;
}

export function reportIn(assignment: Assignment, followUp: FollowUpPoint | null) {
  return followUp ? (assignment.reports.find((report) => report.followUp === followUp.key) ?? null) : null;
}

/** The scale's level for an assessment; a key the scale no longer has still shows, as unknown. */
export function levelOf(view: CommitteeYearView, assessment: { level: string } | null) {
  if (!assessment) return null;
  return (
    view.assessmentScale.find((level) => level.key === assessment.level) ?? {
      key: assessment.level,
      label: assessment.level,
      tone: 'unknown' as const,
    }
  );
}
