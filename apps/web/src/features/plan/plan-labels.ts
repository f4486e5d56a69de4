import type { IndicatorStatus } from '@styr/shared/contracts/indicators';
import type { activityStatuses } from '@styr/shared/contracts/interchange';
import type { Assignment, CommitteeYearView, Goal } from '@styr/shared/contracts/plan';
import type { Tone } from '@styr/shared/domain/assessment';
import { controlPlanDocument } from '@styr/shared/domain/risk';

export const indicatorStatusTones: Record<IndicatorStatus, Tone> = {
  met: 'good',
  partly: 'partial',
  notMet: 'bad',
  noValue: 'unknown',
  noTarget: 'unknown',
};

export { indicatorSourceLabels } from '@styr/shared/contracts/indicators';

export const activityStatusLabels: Record<(typeof activityStatuses)[number], string> = {
  notStarted: 'Ej påbörjad',
  ongoing: 'Pågående',
  done: 'Klar',
};

/** The goal's anchor on the overview, so that the indicator page can link back to it. */
export const goalAnchor = (goal: { key: string }) => `mal-${goal.key}`;

export const genderLabels = { T: 'Totalt', K: 'Kvinnor', M: 'Män' } as const;

export interface FollowUpPoint {
  key: string;
  name: string;
  month: number;
}

/** "Verksamhetsplan 2022", "Årsrapport 2022"; an unknown key is shown as is rather than hidden. */
export function documentName(document: string, points: readonly FollowUpPoint[], year: number): string {
  if (document === 'plan') return `Verksamhetsplan ${year}`;
  if (document === controlPlanDocument) return `Internkontrollplan ${year}`;
  return `${points.find((point) => point.key === document)?.name ?? document} ${year}`;
}

export function periodName(period: string, points: readonly FollowUpPoint[]): string {
  if (period === 'year') return 'Helår';
  return points.find((point) => point.key === period)?.name ?? period;
}

/**
 * The follow-up the overview reports from: the latest point in the year with any assessment or assignment
 * report, or null before the first follow-up. A point whose document is only started does not count, so an
 * empty Årsrapport does not hide what the Delårsrapport said.
 */
export function latestFollowUp(view: CommitteeYearView): FollowUpPoint | null {
  const reported = new Set([
    ...view.goals.flatMap((goal) => goal.assessments.map((assessment) => assessment.followUp)),
    ...view.assignments.flatMap((assignment) => assignment.reports.map((report) => report.followUp)),
  ]);
  const points = [...view.followUpPoints].sort((a, b) => b.month - a.month);
  return points.find((point) => reported.has(point.key)) ?? null;
}

/** Nothing planned or reported for the year: no documents, goals, indicators or assignments. */
export function isEmptyYear(view: CommitteeYearView): boolean {
  return (
    view.documents.length === 0 &&
    view.goals.length === 0 &&
    view.indicators.length === 0 &&
    view.assignments.length === 0 &&
    view.goalAreas.length === 0
  );
}

/** "Bidrar till: …" for a goal beneath another goal of the year, or null. */
export function parentGoalText(view: CommitteeYearView, goal: Goal): string | null {
  const parent = goal.parentGoalId ? view.goals.find((entry) => entry.id === goal.parentGoalId) : undefined;
  return parent ? `${view.labels['goals.contributesTo']}: ${parent.title}` : null;
}

/** A goal indented by how many of its parents stand above it in the list, so it stands under its parent. */
export const goalIndent = (depth: number) => (depth > 0 ? { marginInlineStart: `${depth * 1.5}rem` } : {});

/** The facts that place an assignment: its category, labels and the goals of the year it serves. */
export function assignmentPlaceFacts(view: CommitteeYearView, assignment: Assignment): string[] {
  const goals = assignment.goalIds.flatMap((id) => view.goals.filter((goal) => goal.id === id));
  return [
    assignment.category && `Kategori: ${assignment.category}`,
    assignment.labels.length > 0 && `Etiketter: ${assignment.labels.join(', ')}`,
    goals.length > 0 &&
      `${view.labels['goals.contributesTo']}: ${goals.map((goal) => goal.title).join('; ')}`,
  ].filter((fact): fact is string => typeof fact === 'string');
}

/** "2023-02-14, § 12"; the paragraph is stored as typed, with or without its sign. */
export function decisionText(decision: { date: string; paragraph: string }): string {
  const paragraph = decision.paragraph.trim();
  return `${decision.date}, ${paragraph.startsWith('§') ? paragraph : `§ ${paragraph}`}`;
}
