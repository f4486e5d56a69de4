import type {
  Activity,
  Assessment,
  Assignment,
  AssignmentReport,
  CommitteeYearView,
  IndicatorFacts,
  IndicatorValue,
  PlanDocument,
} from '@styr/shared/contracts/plan';

/** The saved object put into the cached year, so that the next save is based on the version just written. */
export type ViewUpdate = (view: CommitteeYearView) => CommitteeYearView;

const replaceBy = <T>(list: readonly T[], same: (item: T) => boolean, item: T): T[] =>
  list.some(same) ? list.map((entry) => (same(entry) ? item : entry)) : [...list, item];

export const withAssessment =
  (goalId: string, assessment: Assessment): ViewUpdate =>
  (view) => ({
    ...view,
    goals: view.goals.map((goal) =>
      goal.id === goalId
        ? {
            ...goal,
            assessments: replaceBy(goal.assessments, (a) => a.followUp === assessment.followUp, assessment),
          }
        : goal,
    ),
  });

export const withReport =
  (assignmentId: string, report: AssignmentReport): ViewUpdate =>
  (view) => ({
    ...view,
    assignments: view.assignments.map((assignment) =>
      assignment.id === assignmentId
        ? {
            ...assignment,
            reports: replaceBy(assignment.reports, (r) => r.followUp === report.followUp, report),
          }
        : assignment,
    ),
  });

export const withAssignmentPlace =
  (place: Pick<Assignment, 'id' | 'category' | 'labels' | 'goalIds' | 'version'>): ViewUpdate =>
  (view) => ({
    ...view,
    assignments: view.assignments.map((assignment) =>
      assignment.id === place.id ? { ...assignment, ...place } : assignment,
    ),
  });

export const withActivity =
  (activity: Activity): ViewUpdate =>
  (view) => ({
    ...view,
    goals: view.goals.map((goal) =>
      goal.activities.some((entry) => entry.id === activity.id)
        ? {
            ...goal,
            activities: goal.activities.map((entry) => (entry.id === activity.id ? activity : entry)),
          }
        : goal,
    ),
  });

export const withIndicatorValue =
  (indicatorId: string, value: IndicatorValue): ViewUpdate =>
  (view) => ({
    ...view,
    indicators: view.indicators.map((indicator) =>
      indicator.id === indicatorId
        ? {
            ...indicator,
            values: replaceBy(
              indicator.values,
              (v) => v.year === value.year && v.period === value.period && v.gender === value.gender,
              value,
            ),
          }
        : indicator,
    ),
  });

export const withGoalText =
  (text: {
    id: string;
    title: string;
    focus: string | null;
    planText: string | null;
    parentGoalId?: string | null;
    version: number;
  }): ViewUpdate =>
  (view) => ({
    ...view,
    goals: view.goals.map((goal) => (goal.id === text.id ? { ...goal, ...text } : goal)),
  });

export const withIndicatorFacts =
  (facts: IndicatorFacts): ViewUpdate =>
  (view) => ({
    ...view,
    indicators: view.indicators.map((indicator) =>
      indicator.id === facts.id ? { ...indicator, ...facts } : indicator,
    ),
  });

export const withDocument =
  (document: PlanDocument): ViewUpdate =>
  (view) => ({
    ...view,
    documents: replaceBy(view.documents, (d) => d.document === document.document, document),
  });
