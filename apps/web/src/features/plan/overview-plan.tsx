import { indicatorStatuses } from '@styr/shared/contracts/indicators';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { filterPlan, isFiltering, noAreaFilter, type PlanFilter } from '@styr/shared/domain/plan-filter';
import { formatNumber } from '@styr/shared/format/number';
import { useDeferredValue, useMemo, useRef } from 'react';
import { AssignmentSection } from './assignment-section.tsx';
import { GoalSection } from './goal-section.tsx';
import { type FilterChoices, OverviewFilters } from './overview-filters.tsx';
import { type OverviewQuery, readOverviewQuery, useOverviewQuery } from './overview-query.ts';
import type { FollowUpPoint } from './plan-labels.ts';
import { assignmentStatusChoices, goalStatusChoices, indicatorStatusChoices } from './status-choices.ts';

/** The organisation nodes the unit filter offers, and where each node stands in the tree. */
export interface UnitChoices {
  options: FilterChoices['units'];
  /** The node's ancestors and the node itself, from the top. */
  pathOf: (nodeId: string) => readonly string[];
}

const known = (value: string, allowed: readonly string[]) => (allowed.includes(value) ? value : null);

/** The address's filters as the shared rule reads them; a value the year does not know filters nothing. */
function toFilter(
  view: CommitteeYearView,
  query: OverviewQuery,
  choices: FilterChoices,
  units: UnitChoices,
): PlanFilter {
  const unit = known(
    query.unit,
    units.options.map((option) => option.value),
  );
  const owners = view.goals.flatMap((goal) =>
    goal.activities.flatMap((activity) => activity.ownerNodeId ?? []),
  );
  return {
    area: known(query.area, [...view.goalAreas.map((area) => area.id), noAreaFilter]),
    goalStatus: known(
      query.goalStatus,
      choices.goalStatuses.map((choice) => choice.key),
    ),
    indicatorStatus: indicatorStatuses.find((status) => status === query.indicatorStatus) ?? null,
    assignmentStatus: known(
      query.assignmentStatus,
      choices.assignmentStatuses.map((choice) => choice.key),
    ),
    units: unit ? new Set(owners.filter((owner) => units.pathOf(owner).includes(unit))) : null,
    text: query.text,
  };
}

const of = (shown: number, total: number, noun: string) =>
  shown === total
    ? `${total > 0 ? 'alla ' : ''}${formatNumber(total)} ${noun}`
    : `${formatNumber(shown)} av ${formatNumber(total)} ${noun}`;

/** Filters and search over the year's goals, indicators and assignments, and what they leave. */
export function OverviewPlan({
  view,
  latest,
  units,
}: {
  view: CommitteeYearView;
  latest: FollowUpPoint | null;
  units: UnitChoices;
}) {
  const { query, search, change, clear } = useOverviewQuery();
  const heading = useRef<HTMLHeadingElement>(null);
  const choices: FilterChoices = {
    goalStatuses: goalStatusChoices(view, latest),
    indicatorStatuses: indicatorStatusChoices,
    assignmentStatuses: assignmentStatusChoices,
    units: units.options,
  };
  // Typing stays quick on a long plan: the lists follow the address when React has time. The address is
  // deferred as text, since a query object made during rendering would differ on every render.
  const deferredSearch = useDeferredValue(search);
  const deferred = useMemo(() => readOverviewQuery(new URLSearchParams(deferredSearch)), [deferredSearch]);
  const filter = toFilter(view, deferred, choices, units);
  const filtering = isFiltering(filter);
  const shown = filterPlan(view, filter, latest?.key ?? null);
  const nothing = shown.goals.length + shown.indicators.length + shown.assignments.length === 0;
  const result = `Visar ${of(shown.goals.length, view.goals.length, 'mål')}, ${of(
    shown.indicators.length,
    view.indicators.length,
    'indikatorer',
  )} och ${of(shown.assignments.length, view.assignments.length, 'uppdrag')}.`;
  const clearAll = () => {
    clear();
    heading.current?.focus();
  };

  return (
    <>
      <section aria-labelledby="filter-heading" className="section">
        <h2 id="filter-heading" ref={heading} tabIndex={-1}>
          Filtrera och sök
        </h2>
        <OverviewFilters view={view} latest={latest} choices={choices} query={query} onChange={change} />
        <div className="filter-summary">
          <p role="status" className="filter-result">
            {filtering && nothing
              ? 'Inget mål, ingen indikator och inget uppdrag motsvarar filtren.'
              : result}
          </p>
          {filtering && (
            <button type="button" className="button button-small button-secondary" onClick={clearAll}>
              Rensa filtren
            </button>
          )}
        </div>
      </section>
      {(!filtering || shown.goals.length > 0 || shown.indicators.length > 0) && (
        <GoalSection view={shown} latest={latest} filtered={filtering} />
      )}
      {(!filtering || shown.assignments.length > 0) && <AssignmentSection view={shown} latest={latest} />}
    </>
  );
}
