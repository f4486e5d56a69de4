import { goalKinds } from '@styr/shared/contracts/interchange';
import type { CommitteeYearView, Goal } from '@styr/shared/contracts/plan';
import { parentChain } from '@styr/shared/domain/goal-hierarchy';
import { Fragment, type ReactNode } from 'react';
import { GoalArticle } from './goal-article.tsx';
import { IndicatorTable } from './indicator-table.tsx';
import type { FollowUpPoint } from './plan-labels.ts';

type GoalArea = CommitteeYearView['goalAreas'][number];

export interface GoalGroup {
  key: string;
  title: string;
  area: GoalArea | null;
  goals: Goal[];
  /** How many of a goal's parents the group also holds: the depth it is indented to. */
  depth: (goal: Goal) => number;
}

/** The group with each goal's depth among the group's own goals, parents listed before their children. */
function withDepth(group: Omit<GoalGroup, 'depth'>): GoalGroup {
  const links = group.goals.map((goal) => ({ id: goal.id, parent: goal.parentGoalId }));
  return { ...group, depth: (goal) => parentChain(links, goal.id).length };
}

export function groupGoals(view: CommitteeYearView): GoalGroup[] {
  const areaIds = new Set(view.goalAreas.map((area) => area.id));
  const byArea = view.goalAreas.map((area) => ({
    key: area.id,
    title: area.name,
    area,
    goals: view.goals.filter((goal) => goal.goalAreaId === area.id),
  }));
  const outside = view.goals.filter((goal) => !goal.goalAreaId || !areaIds.has(goal.goalAreaId));
  const byKind = goalKinds.map((kind) => ({
    key: kind,
    // Plural group headings, in the municipality's words, unlike the kind's label on each goal.
    title:
      view.goalAreas.length > 0
        ? `${view.labels[`goalGroup.${kind}`]} utanför målområdena`
        : view.labels[`goalGroup.${kind}`],
    area: null,
    goals: outside.filter((goal) => goal.kind === kind),
  }));
  return [...byArea, ...byKind.filter((group) => group.goals.length > 0)].map(withDepth);
}

function AreaDetails({ area }: { area: GoalArea }) {
  return (
    <>
      {area.description && <p className="area-description">{area.description}</p>}
      {(area.responsible || area.processLead) && (
        <p className="goal-meta">
          {area.responsible && `Ansvarig: ${area.responsible}`}
          {area.responsible && area.processLead && ' · '}
          {area.processLead && `Processledare: ${area.processLead}`}
        </p>
      )}
      {area.programmes.length > 0 && (
        <details className="disclosure">
          <summary>Program och planer som målområdet bidrar till ({area.programmes.length})</summary>
          <ul>
            {area.programmes.map((programme) => (
              <li key={programme}>{programme}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/**
 * The year's goals by goal area, then those outside the areas by kind, each group under its heading; `children`
 * draws each goal at its depth under its parents.
 */
export function GoalGroups({
  view,
  heading: Heading = 'h3',
  filtered = false,
  areaDetails = false,
  children,
}: {
  view: CommitteeYearView;
  heading?: 'h2' | 'h3';
  /** The view holds what a filter left: groups left empty are not shown. */
  filtered?: boolean;
  /** Shows what each goal area is: its description, who answers for it, its programmes. */
  areaDetails?: boolean;
  children: (goal: Goal, depth: number) => ReactNode;
}) {
  return groupGoals(view)
    .filter((group) => !filtered || group.goals.length > 0)
    .map((group) => (
      <section key={group.key} aria-labelledby={`grupp-${group.key}`} className="goal-group">
        <Heading id={`grupp-${group.key}`}>{group.title}</Heading>
        {areaDetails && group.area && <AreaDetails area={group.area} />}
        {group.goals.length === 0 && <p className="empty">Inga mål hör till målområdet.</p>}
        {group.goals.map((goal) => (
          <Fragment key={goal.id}>{children(goal, group.depth(goal))}</Fragment>
        ))}
      </section>
    ));
}

export function GoalSection({
  view,
  latest,
  filtered = false,
}: {
  view: CommitteeYearView;
  latest: FollowUpPoint | null;
  /** The view holds what a filter left: groups left empty are not shown. */
  filtered?: boolean;
}) {
  const linked = new Set(view.goals.flatMap((goal) => goal.indicatorIds));
  const unlinked = view.indicators.filter((indicator) => !linked.has(indicator.id));

  return (
    <section aria-labelledby="goals-heading" className="section">
      <h2 id="goals-heading">Mål och indikatorer</h2>
      {view.goals.length === 0 && <p className="empty">Planen för {view.year} har inga mål ännu.</p>}
      <GoalGroups view={view} filtered={filtered} areaDetails>
        {(goal, depth) => <GoalArticle goal={goal} depth={depth} view={view} latest={latest} />}
      </GoalGroups>
      {unlinked.length > 0 && (
        <section aria-labelledby="unlinked-heading" className="goal-group">
          <h3 id="unlinked-heading">Indikatorer som inte följer upp något mål</h3>
          <IndicatorTable
            view={view}
            indicators={unlinked}
            caption={`Indikatorer ${view.year} som inte är kopplade till något mål`}
          />
        </section>
      )}
    </section>
  );
}
