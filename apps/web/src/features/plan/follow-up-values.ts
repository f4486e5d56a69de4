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

/** The scale a follow-up's goals are assessed on: the adopted report's own, else the municipality's for it. */
export function scaleOf(view: CommitteeYearView, followUp: string) {
  return view.assessmentScales[followUp] ?? null;
}

/** Stands for an assessment in words only; no level key can be empty. */
export const wordsOnly = { key: '', label: 'Bedömd i ord', tone: 'unknown' as const };

/**
 * The report scale's level for an assessment, or `wordsOnly`; a key the scale no longer has still shows, as
 * unknown.
 */
export function levelOf(
  view: CommitteeYearView,
  assessment: { followUp: string; level: string | null } | null,
) {
  if (!assessment) return null;
  const { level } = assessment;
  if (level === null) return wordsOnly;
  return (
    scaleOf(view, assessment.followUp)?.levels.find((entry) => entry.key === level) ?? {
      key: level,
      label: level,
      tone: 'unknown' as const,
    }
  );
}
