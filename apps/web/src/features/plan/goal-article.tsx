import type { CommitteeYearView, Goal } from '@styr/shared/contracts/plan';
import type { ReactNode } from 'react';
import { RichText } from '../../components/rich-text.tsx';
import { ToneLabel } from '../../components/tone-label.tsx';
import { assessmentIn, levelOf } from './follow-up-values.ts';
import { IndicatorTable } from './indicator-table.tsx';
import {
  activityStatusLabels,
  documentName,
  type FollowUpPoint,
  goalAnchor,
  goalIndent,
  parentGoalText,
} from './plan-labels.ts';

function GoalTexts({ goal, view }: { goal: Goal; view: CommitteeYearView }) {
  const assessments = [...goal.assessments].reverse();
  const hasText = goal.planText || goal.activities.length > 0 || assessments.some((item) => item.analysis);
  if (!hasText) return <p className="muted">Målet har ingen plantext eller analys ännu.</p>;
  return (
    <details className="disclosure">
      <summary>Plantext och analys</summary>
      <h5>Omhändertagande i verksamhetsplanen</h5>
      {goal.planText ? (
        <RichText html={goal.planText} />
      ) : (
        <p className="muted">Planen har ingen text för målet.</p>
      )}
      {assessments.map((assessment) => {
        const level = levelOf(view, assessment);
        return (
          <div key={assessment.followUp}>
            <h5>
              Analys i {documentName(assessment.followUp, view.followUpPoints, view.year).toLowerCase()}
            </h5>
            {level && (
              <p>
                Bedömning: <ToneLabel tone={level.tone} label={level.label} />
              </p>
            )}
            {assessment.analysis ? (
              <RichText html={assessment.analysis} />
            ) : (
              <p className="muted">Ingen analys är skriven.</p>
            )}
          </div>
        );
      })}
      {goal.activities.length > 0 && (
        <>
          <h5>Aktiviteter</h5>
          <ul>
            {goal.activities.map((activity) => (
              <li key={activity.id}>
                {activity.title}{' '}
                <span className="muted">
                  ({activityStatusLabels[activity.status]}
                  {activity.due && `, klar senast ${activity.due}`})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

/** A goal's article, named by its title, with its kind, focus and the goal it serves; indented under its parent. */
export function GoalFrame({
  goal,
  depth,
  view,
  heading: Heading = 'h4',
  className = 'goal',
  children,
}: {
  goal: Goal;
  /** How far the goal is indented under its parents in the list. */
  depth: number;
  view: CommitteeYearView;
  heading?: 'h3' | 'h4';
  className?: string;
  children: ReactNode;
}) {
  const parent = parentGoalText(view, goal);
  return (
    <article className={className} aria-labelledby={goalAnchor(goal)} style={goalIndent(depth)}>
      <Heading id={goalAnchor(goal)} tabIndex={-1}>
        {goal.title}
      </Heading>
      <p className="goal-meta">
        {view.labels[`goalKind.${goal.kind}`]}
        {goal.focus && ` · ${goal.focus}`}
      </p>
      {parent && <p className="goal-meta">{parent}</p>}
      {children}
    </article>
  );
}

export function GoalArticle({
  goal,
  depth,
  view,
  latest,
}: {
  goal: Goal;
  /** How far the goal is indented under its parents in the list. */
  depth: number;
  view: CommitteeYearView;
  latest: FollowUpPoint | null;
}) {
  const level = levelOf(view, assessmentIn(goal, latest));
  const byId = new Map(view.indicators.map((indicator) => [indicator.id, indicator]));
  const indicators = goal.indicatorIds.flatMap((id) => byId.get(id) ?? []);

  return (
    <GoalFrame goal={goal} depth={depth} view={view}>
      <p className="goal-assessment">
        Måluppfyllelse{latest ? ` i ${latest.name.toLowerCase()}` : ''}:{' '}
        {level ? (
          <ToneLabel tone={level.tone} label={level.label} />
        ) : (
          <ToneLabel tone="unknown" label="Ej bedömd" />
        )}
      </p>
      <GoalTexts goal={goal} view={view} />
      {indicators.length > 0 ? (
        <IndicatorTable view={view} indicators={indicators} caption={`Indikatorer för målet ${goal.title}`} />
      ) : (
        <p className="muted">Målet följs inte upp med någon indikator.</p>
      )}
    </GoalFrame>
  );
}
