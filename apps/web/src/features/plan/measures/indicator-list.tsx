import { directionLabels, type IndicatorUnitSetting } from '@styr/shared/contracts/indicators';
import type { CommitteeYearView, Indicator } from '@styr/shared/contracts/plan';
import { targetText } from '@styr/shared/domain/indicator-values';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { SortableList } from '../goals-editor/sortable-list.tsx';
import { moveTo } from '../goals-editor/structure-order.ts';
import { indicatorSourceLabels } from '../plan-labels.ts';
import { AddButton } from './add-button.tsx';
import { goalLabel } from './goal-choice.tsx';
import { IndicatorCreateForm } from './indicator-create-form.tsx';
import { IndicatorGoalsForm } from './indicator-goals-form.tsx';
import { MeasureRemovalButton } from './removal-dialog.tsx';
import { TargetForm } from './target-form.tsx';
import { useMeasureWrite } from './use-measures.ts';

/** "Kolada U21468 · Högre är bättre": where a measure comes from and which way is good. */
const factsOf = (indicator: Indicator) =>
  [
    indicator.unit,
    indicatorSourceLabels[indicator.source] +
      (indicator.sourceReference ? ` ${indicator.sourceReference}` : ''),
    directionLabels[indicator.direction],
  ].join(' · ');

const targetsOf = (indicator: Indicator, year: number) =>
  indicator.targets
    .filter((entry) => entry.year >= year)
    .map((entry) => `${entry.year}: ${targetText(indicator, entry.target)}`)
    .join(', ');

function IndicatorEntry({
  view,
  indicator,
  editable,
  onMessage,
}: {
  view: CommitteeYearView;
  indicator: Indicator;
  editable: boolean;
  onMessage: (message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const goals = view.goals.filter((goal) => goal.indicatorIds.includes(indicator.id));
  return (
    <li className="measure-entry">
      <h4 id={`matt-post-${indicator.key}`}>{indicator.name}</h4>
      <p className="goal-meta">{factsOf(indicator)}</p>
      <p className="goal-meta">
        Mäter: {goals.map(goalLabel).join('; ') || 'inget av årets mål'}. Målvärden:{' '}
        {targetsOf(indicator, view.year) || 'inga'}.
      </p>
      {editable && (
        <div className="button-row">
          <button
            type="button"
            className="button button-secondary button-small"
            aria-expanded={open}
            aria-label={`Mål och målvärden för ${indicator.name}`}
            onClick={() => setOpen(!open)}
          >
            Mål och målvärden
          </button>
          <MeasureRemovalButton view={view} kind="måttet" object={indicator} onMessage={onMessage} />
        </div>
      )}
      {editable && open && (
        <div className="measure-panel">
          <IndicatorGoalsForm view={view} indicator={indicator} />
          <TargetForm view={view} indicator={indicator} />
        </div>
      )}
    </li>
  );
}

/** The measures under each goal with more than one, in the order the plan prints them, dragged or moved. */
function GoalOrder({ view, onMessage }: { view: CommitteeYearView; onMessage: (message: string) => void }) {
  const move = useMeasureWrite(
    view,
    (api, scope, body: { goalId: string; indicator: Indicator; position: number }) =>
      api.moveIndicator(scope, body.goalId, body.indicator.id, {
        version: body.indicator.version,
        position: body.position,
      }),
  );
  const goals = view.goals.filter((goal) => goal.indicatorIds.length > 1);
  if (goals.length === 0) return null;
  return (
    <div className="measure-order">
      <h4>Måttens ordning under målen</h4>
      {move.error ? <ErrorAlert error={move.error} title="Måttet kunde inte flyttas" /> : null}
      {goals.map((goal) => {
        const entries = goal.indicatorIds.flatMap((id) =>
          view.indicators
            .filter((indicator) => indicator.id === id)
            .map((indicator) => ({ id, name: `${indicator.name} under ${goalLabel(goal)}`, indicator })),
        );
        return (
          <div key={goal.id}>
            <p className="goal-meta">{goalLabel(goal)}</p>
            <SortableList
              label={`Mått under ${goalLabel(goal)}`}
              entries={entries}
              disabled={move.isPending}
              onMove={(moved, over, position) =>
                move.mutate(
                  {
                    goalId: goal.id,
                    indicator: moved.indicator,
                    position: moveTo(goal.indicatorIds, moved.id, over.id, position).indexOf(moved.id),
                  },
                  { onSuccess: () => onMessage(`Måttet ${moved.indicator.name} är flyttat.`) },
                )
              }
            >
              {(entry, moves) => (
                <>
                  <span className="sortable-title">{entry.indicator.name}</span>
                  <span className="sortable-actions">{moves}</span>
                </>
              )}
            </SortableList>
          </div>
        );
      })}
    </div>
  );
}

/** The year's measures: what each is, the goals it measures and its targets; added, changed and removed here. */
export function IndicatorList({
  view,
  units,
  editable,
  onMessage,
}: {
  view: CommitteeYearView;
  units: readonly IndicatorUnitSetting[];
  editable: boolean;
  onMessage: (message: string) => void;
}) {
  return (
    <div>
      <h3>Mått</h3>
      {view.indicators.length === 0 ? (
        <p className="empty">Planen har inga mått ännu.</p>
      ) : (
        <ul className="measure-list">
          {view.indicators.map((indicator) => (
            <IndicatorEntry key={indicator.id} indicator={indicator} {...{ view, editable, onMessage }} />
          ))}
        </ul>
      )}
      {editable && (
        <>
          <AddButton label="Lägg till mått" onMessage={onMessage}>
            {(done, cancel) => (
              <IndicatorCreateForm view={view} units={units} onDone={done} cancel={cancel} />
            )}
          </AddButton>
          <GoalOrder view={view} onMessage={onMessage} />
        </>
      )}
    </div>
  );
}
