import type { Goal, Indicator } from '@styr/shared/contracts/plan';
import { formatIndicatorValue, targetFor, targetText } from '@styr/shared/domain/indicator-values';
import { ValueOrMissing } from '../../components/missing-value.tsx';
import { RichText } from '../../components/rich-text.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { ToneLabel } from '../../components/tone-label.tsx';
import { activityStatusLabels, GoalFrame, levelOf } from '../plan/index.ts';
import { ActivityStatusForm, activityFacts } from './activity-status-form.tsx';
import { AssessmentForm } from './assessment-form.tsx';
import { type FollowUpContext, periodText } from './follow-up-context.ts';
import { IndicatorValueForm, storedValue } from './indicator-value-form.tsx';

interface GoalAccess {
  canEditActivity: (ownerNodeId: string | null) => boolean;
  unitName: (nodeId: string) => string | undefined;
}

function AssessmentText({ goal, context }: { goal: Goal; context: FollowUpContext }) {
  const assessment = goal.assessments.find((entry) => entry.followUp === context.point.key) ?? null;
  const level = levelOf(context.view, assessment);
  return (
    <>
      <p>
        Måluppfyllelse i {context.point.name.toLowerCase()}:{' '}
        {level ? (
          <ToneLabel tone={level.tone} label={level.label} />
        ) : (
          <ToneLabel tone="unknown" label="Ej bedömd" />
        )}
      </p>
      {assessment?.analysis ? (
        <RichText html={assessment.analysis} />
      ) : (
        <p className="muted">Ingen analys är skriven.</p>
      )}
    </>
  );
}

function IndicatorValueTable({ indicators, context }: { indicators: Indicator[]; context: FollowUpContext }) {
  return (
    <TableScroll label={`Utfall ${periodText(context)}`}>
      <table className="table table-compact">
        <caption className="visually-hidden">Utfall {periodText(context)}</caption>
        <thead>
          <tr>
            <th scope="col">Indikator</th>
            <th scope="col" className="numeric">
              Målvärde {context.view.year}
            </th>
            <th scope="col" className="numeric">
              Utfall {periodText(context)}
            </th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.id}>
              <th scope="row">{indicator.name}</th>
              <td className="numeric">
                <ValueOrMissing
                  text={targetText(indicator, targetFor(indicator, context.view.year))}
                  missing="inget målvärde"
                />
              </td>
              <td className="numeric">
                <ValueOrMissing
                  text={formatIndicatorValue(indicator, storedValue(indicator, context)?.value ?? null)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** One goal in the follow-up: its assessment, its indicators' outcomes and its activities. */
export function FollowUpGoal({
  goal,
  depth,
  context,
  access,
}: {
  goal: Goal;
  /** How far the goal is indented under its parents in the list. */
  depth: number;
  context: FollowUpContext;
  access: GoalAccess;
}) {
  const byId = new Map(context.view.indicators.map((indicator) => [indicator.id, indicator]));
  const indicators = goal.indicatorIds.flatMap((id) => byId.get(id) ?? []);
  return (
    <GoalFrame goal={goal} depth={depth} view={context.view} className="goal editor-goal">
      {context.readOnly ? (
        <AssessmentText goal={goal} context={context} />
      ) : (
        <AssessmentForm goal={goal} context={context} />
      )}
      <h5>Indikatorer</h5>
      {indicators.length === 0 && <p className="muted">Målet följs inte upp med någon indikator.</p>}
      {indicators.length > 0 &&
        (context.readOnly ? (
          <IndicatorValueTable indicators={indicators} context={context} />
        ) : (
          <ul className="plain-list item-list">
            {indicators.map((indicator) => (
              <li key={indicator.id}>
                <IndicatorValueForm indicator={indicator} context={context} />
              </li>
            ))}
          </ul>
        ))}
      {goal.activities.length > 0 && (
        <>
          <h5>Aktiviteter</h5>
          <ul className="plain-list item-list">
            {goal.activities.map((activity) => (
              <li key={activity.id}>
                {!context.activitiesFrozen && access.canEditActivity(activity.ownerNodeId) ? (
                  <ActivityStatusForm activity={activity} context={context} unitName={access.unitName} />
                ) : (
                  <p className="activity-text">
                    <strong>{activity.title}</strong>: {activityStatusLabels[activity.status]}
                    <span className="cell-meta">{activityFacts(activity, access.unitName)}</span>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </GoalFrame>
  );
}
