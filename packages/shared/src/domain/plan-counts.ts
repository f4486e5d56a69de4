// What counts as assessed, reported, measured and done: one definition for the overview, the follow-up pages,
// the completeness check and anything else that counts the same objects, so the same set shows one number.
import type { IndicatorStatus } from '../contracts/indicators.ts';
import type { AssignmentStatus } from './assignments.ts';

/** Stands for a goal assessed in words only, where the scale allows it; no level key can hold "_". */
export const wordsOnlyStatus = '_i-ord';
/** Stands for a goal without an assessment in the follow-up. */
export const unassessedStatus = '_ej-bedomd';
/** Stands for an assignment without a report in the follow-up. */
export const unreportedStatus = '_ej-rapporterad';

export interface Progress {
  done: number;
  total: number;
}

export function progress<T>(items: readonly T[], isDone: (item: T) => boolean): Progress {
  return { done: items.filter(isDone).length, total: items.length };
}

/** How many items have each key, in the order the keys first appear. */
export function countBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

interface AssessedGoal {
  assessments: readonly { followUp: string; level: string | null }[];
}

/** A goal's status in a follow-up: its level's key, `wordsOnlyStatus`, or `unassessedStatus`. */
export function goalStatusIn(goal: AssessedGoal, followUp: string | null): string {
  const assessment = followUp ? goal.assessments.find((entry) => entry.followUp === followUp) : undefined;
  if (!assessment) return unassessedStatus;
  return assessment.level ?? wordsOnlyStatus;
}

/** An assessment in words only counts as assessed: the scale allowed it and the analysis says it. */
export const isAssessedIn = (goal: AssessedGoal, followUp: string | null) =>
  goalStatusIn(goal, followUp) !== unassessedStatus;

interface ReportedAssignment {
  reports: readonly { followUp: string; status: AssignmentStatus; proposedClosed: boolean }[];
}

export function assignmentReportIn<T extends ReportedAssignment>(
  assignment: T,
  followUp: string | null,
): T['reports'][number] | null {
  return followUp ? (assignment.reports.find((report) => report.followUp === followUp) ?? null) : null;
}

/** An assignment's status in a follow-up, or `unreportedStatus`. */
export function assignmentStatusIn(
  assignment: ReportedAssignment,
  followUp: string | null,
): AssignmentStatus | typeof unreportedStatus {
  return assignmentReportIn(assignment, followUp)?.status ?? unreportedStatus;
}

interface OutcomeRow {
  year: number;
  period: string;
  gender: string;
  value: number | null;
}

/**
 * An indicator's outcome for one period: a value; reported as missing ("uppgift saknas", stored as null,
 * which is never zero); or absent, nothing entered. Only a value counts as an outcome.
 */
export const outcomes = ['value', 'missing', 'absent'] as const;
export type Outcome = (typeof outcomes)[number];

/** The whole-population (T) row of a period, where an outcome is entered. */
export function outcomeRowIn<T extends OutcomeRow>(
  values: readonly T[],
  year: number,
  period: string,
): T | null {
  return (
    values.find((entry) => entry.year === year && entry.period === period && entry.gender === 'T') ?? null
  );
}

/** The period a follow-up's outcomes are stored under: the year's last follow-up reports the whole year. */
export function outcomePeriod(points: readonly { key: string; month: number }[], followUp: string): string {
  const last = points.reduce<{ key: string; month: number } | null>(
    (latest, point) => (latest === null || point.month > latest.month ? point : latest),
    null,
  );
  return last?.key === followUp ? 'year' : followUp;
}

export function outcomeIn(values: readonly OutcomeRow[], year: number, period: string): Outcome {
  const row = outcomeRowIn(values, year, period);
  if (!row) return 'absent';
  return row.value === null ? 'missing' : 'value';
}

type GoalWithActivities = AssessedGoal & { activities: readonly { status: string }[] };

/** The goals, indicators and assignments counted: the year's, or the ones a filter leaves. */
export interface PlanSet {
  goals: readonly GoalWithActivities[];
  indicators: readonly { status: IndicatorStatus }[];
  assignments: readonly ReportedAssignment[];
}

export interface FollowUpSet {
  goals: readonly GoalWithActivities[];
  indicators: readonly { values: readonly OutcomeRow[] }[];
  assignments: readonly ReportedAssignment[];
}

export interface PlanCounts {
  goals: { total: number; assessed: number; byStatus: Map<string, number> };
  indicators: { total: number; byStatus: Map<IndicatorStatus, number> };
  assignments: {
    total: number;
    reported: number;
    proposedClosed: number;
    byStatus: Map<AssignmentStatus | typeof unreportedStatus, number>;
  };
  activities: { total: number; byStatus: Map<string, number> };
}

/**
 * Goals by their assessment and assignments by their status in the follow-up, indicators by their status
 * against the year's target, activities by where they stand now.
 */
export function countPlan(set: PlanSet, followUp: string | null): PlanCounts {
  const activities = set.goals.flatMap((goal) => goal.activities);
  const goalStatuses = countBy(set.goals, (goal) => goalStatusIn(goal, followUp));
  const assignmentStatuses = countBy(set.assignments, (assignment) =>
    assignmentStatusIn(assignment, followUp),
  );
  return {
    goals: {
      total: set.goals.length,
      assessed: set.goals.length - (goalStatuses.get(unassessedStatus) ?? 0),
      byStatus: goalStatuses,
    },
    indicators: { total: set.indicators.length, byStatus: countBy(set.indicators, (item) => item.status) },
    assignments: {
      total: set.assignments.length,
      reported: set.assignments.length - (assignmentStatuses.get(unreportedStatus) ?? 0),
      proposedClosed: set.assignments.filter((item) => assignmentReportIn(item, followUp)?.proposedClosed)
        .length,
      byStatus: assignmentStatuses,
    },
    activities: { total: activities.length, byStatus: countBy(activities, (activity) => activity.status) },
  };
}

export interface FollowUpProgress {
  goals: Progress;
  assignments: Progress;
  indicators: Progress;
  activities: Progress;
}

/**
 * How far a follow-up has come: goals assessed and assignments reported in it, the year's indicators with an
 * outcome (a value, not "uppgift saknas") for its period, and activities done.
 */
export function followUpProgress(
  set: FollowUpSet,
  { followUp, year, period }: { followUp: string; year: number; period: string },
): FollowUpProgress {
  return {
    goals: progress(set.goals, (goal) => isAssessedIn(goal, followUp)),
    assignments: progress(set.assignments, (item) => assignmentStatusIn(item, followUp) !== unreportedStatus),
    indicators: progress(set.indicators, (item) => outcomeIn(item.values, year, period) === 'value'),
    activities: progress(
      set.goals.flatMap((goal) => goal.activities),
      (activity) => activity.status === 'done',
    ),
  };
}
