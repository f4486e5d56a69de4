// Which goals, indicators and assignments of a committee's year a filter leaves. Filters apply together; one
// that asks for something an object does not have (a unit for an assignment, a goal's assessment for an
// indicator of its own) leaves that object out.
import type { IndicatorStatus } from '../contracts/indicators.ts';
import { assignmentStatusIn, goalStatusIn } from './plan-counts.ts';

/** Stands for "no goal area" in the area filter; no id can hold "_". */
export const noAreaFilter = '_utan';

export interface PlanFilter {
  /** A goal area's id, or `noAreaFilter`. */
  area: string | null;
  /** A level's key, `wordsOnlyStatus` or `unassessedStatus`, in the follow-up counted from. */
  goalStatus: string | null;
  indicatorStatus: IndicatorStatus | null;
  /** An assignment status, or `unreportedStatus`. */
  assignmentStatus: string | null;
  /** An organisation node and every node beneath it: goals whose activities one of them owns. */
  units: ReadonlySet<string> | null;
  /** Words that must all occur in a title, focus, activity, indicator name, decision reference or label. */
  text: string;
}

export const noFilter: PlanFilter = {
  area: null,
  goalStatus: null,
  indicatorStatus: null,
  assignmentStatus: null,
  units: null,
  text: '',
};

export function isFiltering(filter: PlanFilter): boolean {
  return (
    filter.area !== null ||
    filter.goalStatus !== null ||
    filter.indicatorStatus !== null ||
    filter.assignmentStatus !== null ||
    filter.units !== null ||
    searchWords(filter.text).length > 0
  );
}

const fold = (text: string) => text.toLocaleLowerCase('sv-SE').normalize('NFC');

/** The search text as lower-case words; quotes and commas separate nothing but are ignored. */
export function searchWords(text: string): string[] {
  return fold(text)
    .split(/[\s,"”“]+/)
    .filter((word) => word.length > 0);
}

function matchesWords(words: readonly string[], texts: readonly (string | null)[]): boolean {
  const haystack = fold(texts.filter((text): text is string => text !== null).join(' \n '));
  return words.every((word) => haystack.includes(word));
}

interface FilterableGoal {
  id: string;
  title: string;
  focus: string | null;
  goalAreaId: string | null;
  indicatorIds: readonly string[];
  activities: readonly { title: string; ownerNodeId: string | null }[];
  assessments: readonly { followUp: string; level: string | null }[];
}

interface FilterableIndicator {
  id: string;
  name: string;
  status: IndicatorStatus;
}

interface FilterableAssignment {
  title: string;
  goalAreaId: string | null;
  decisionReference: string | null;
  category: string | null;
  labels: readonly string[];
  reports: readonly {
    followUp: string;
    status: 'notStarted' | 'ongoing' | 'closed';
    proposedClosed: boolean;
  }[];
}

export interface FilterableYear<
  G extends FilterableGoal = FilterableGoal,
  I extends FilterableIndicator = FilterableIndicator,
  A extends FilterableAssignment = FilterableAssignment,
> {
  goalAreas: readonly { id: string }[];
  goals: readonly G[];
  indicators: readonly I[];
  assignments: readonly A[];
}

/**
 * The year with only what the filter leaves: goals with the indicators shown beneath them (a goal found by
 * an indicator's name shows only the indicators found), indicators that follow no goal, and assignments.
 */
export function filterPlan<
  G extends FilterableGoal,
  I extends FilterableIndicator,
  A extends FilterableAssignment,
  Y extends FilterableYear<G, I, A>,
>(year: Y, filter: PlanFilter, followUp: string | null): Y {
  const words = searchWords(filter.text);
  const areaIds = new Set(year.goalAreas.map((area) => area.id));
  const inArea = (goalAreaId: string | null) =>
    filter.area === null ||
    (filter.area === noAreaFilter
      ? goalAreaId === null || !areaIds.has(goalAreaId)
      : goalAreaId === filter.area);
  const byId = new Map(year.indicators.map((indicator) => [indicator.id, indicator]));
  const withStatus = (indicator: I) =>
    filter.indicatorStatus === null || indicator.status === filter.indicatorStatus;
  const named = (indicator: I) => matchesWords(words, [indicator.name]);

  const goals = year.goals.flatMap((goal): G[] => {
    if (filter.assignmentStatus !== null || !inArea(goal.goalAreaId)) return [];
    if (filter.goalStatus !== null && goalStatusIn(goal, followUp) !== filter.goalStatus) return [];
    const units = filter.units;
    if (units && !goal.activities.some((activity) => activity.ownerNodeId && units.has(activity.ownerNodeId)))
      return [];
    const indicators = goal.indicatorIds.flatMap((id) => byId.get(id) ?? []).filter(withStatus);
    if (filter.indicatorStatus !== null && indicators.length === 0) return [];
    const ownText = [goal.title, goal.focus, ...goal.activities.map((activity) => activity.title)];
    const shown = matchesWords(words, ownText) ? indicators : indicators.filter(named);
    if (shown.length === 0 && !matchesWords(words, ownText)) return [];
    return [{ ...goal, indicatorIds: shown.map((indicator) => indicator.id) }];
  });

  const linked = new Set(year.goals.flatMap((goal) => goal.indicatorIds));
  const shownUnderGoals = new Set(goals.flatMap((goal) => goal.indicatorIds));
  // Indicators of no goal have no area, assessment or unit: a filter on any of those leaves them out.
  const loneAllowed =
    filter.area === null &&
    filter.goalStatus === null &&
    filter.units === null &&
    filter.assignmentStatus === null;
  const indicators = year.indicators.filter(
    (indicator) =>
      shownUnderGoals.has(indicator.id) ||
      (loneAllowed && !linked.has(indicator.id) && withStatus(indicator) && named(indicator)),
  );

  const assignments = year.assignments.filter(
    (assignment) =>
      filter.goalStatus === null &&
      filter.indicatorStatus === null &&
      filter.units === null &&
      inArea(assignment.goalAreaId) &&
      (filter.assignmentStatus === null ||
        assignmentStatusIn(assignment, followUp) === filter.assignmentStatus) &&
      matchesWords(words, [
        assignment.title,
        assignment.decisionReference,
        assignment.category,
        ...assignment.labels,
      ]),
  );

  return { ...year, goals, indicators, assignments };
}
