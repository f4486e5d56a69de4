import { directionLabels, type IndicatorUnitSetting } from '@styr/shared/contracts/indicators';
import type { CommitteeYearView, Indicator } from '@styr/shared/contracts/plan';
import { targetText } from '@styr/shared/domain/indicator-values';
import { useState } from 'react';
import { useApi } from '../../../api/api-context.tsx';
import { indicatorSourceLabels } from '../plan-labels.ts';
import { goalLabel } from './goal-choice.tsx';
import { IndicatorCreateForm } from './indicator-create-form.tsx';
import { IndicatorGoalsForm } from './indicator-goals-form.tsx';
import { MoveButtons } from './move-buttons.tsx';
import { RemovalDialog } from './removal-dialog.tsx';
import { TargetForm } from './target-form.tsx';
import { useMeasureWrite, useYearScope } from './use-measures.ts';

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
  const api = useApi();
  const scope = useYearScope(view);
  const [open, setOpen] = useState(false);
  const [removing, setRemoving] = useState(false);
  const remove = useMeasureWrite(view, (planMeasures, year, version: number) =>
    planMeasures.removeIndicator(year, indicator.id, version),
  );
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
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={`Ta bort ${indicator.name}`}
            onClick={() => setRemoving(true)}
          >
            Ta bort
          </button>
        </div>
      )}
      {editable && open && (
        <div className="measure-panel">
          <IndicatorGoalsForm view={view} indicator={indicator} onSaved={onMessage} />
          <TargetForm key={indicator.version} view={view} indicator={indicator} onSaved={onMessage} />
        </div>
      )}
      <RemovalDialog
        isOpen={removing}
        onOpenChange={setRemoving}
        name={indicator.name}
        kind="måttet"
        year={view.year}
        loadImpact={() => api.planMeasures.indicatorRemoval(scope, indicator.id)}
        onConfirm={() =>
          remove.mutate(indicator.version, {
            onSuccess: () => {
              setRemoving(false);
              onMessage(`Måttet ${indicator.name} är borttaget ur planen för ${view.year}.`);
            },
          })
        }
        isPending={remove.isPending}
        error={remove.error}
      />
    </li>
  );
}

/** The measures under each goal with more than one, in the order the plan prints them, to move up and down. */
function GoalOrder({ view, editable }: { view: CommitteeYearView; editable: boolean }) {
  const move = useMeasureWrite(
    view,
    (api, scope, body: { goalId: string; indicator: Indicator; position: number }) =>
      api.moveIndicator(scope, body.goalId, body.indicator.id, {
        version: body.indicator.version,
        position: body.position,
      }),
  );
  const byId = new Map(view.indicators.map((indicator) => [indicator.id, indicator]));
  const goals = view.goals.filter((goal) => goal.indicatorIds.length > 1);
  if (!editable || goals.length === 0) return null;
  return (
    <div className="measure-order">
      <h4>Måttens ordning under målen</h4>
      {goals.map((goal) => (
        <div key={goal.id}>
          <p className="goal-meta">{goalLabel(goal)}</p>
          <ol>
            {goal.indicatorIds.map((id, index) => {
              const indicator = byId.get(id);
              if (!indicator) return null;
              return (
                <li key={id}>
                  {indicator.name}{' '}
                  <MoveButtons
                    name={`${indicator.name} under ${goalLabel(goal)}`}
                    index={index}
                    count={goal.indicatorIds.length}
                    disabled={move.isPending}
                    onMove={(position) => move.mutate({ goalId: goal.id, indicator, position })}
                  />
                </li>
              );
            })}
          </ol>
        </div>
      ))}
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
  const [adding, setAdding] = useState(false);
  return (
    <div>
      <h3>Mått</h3>
      {view.indicators.length === 0 ? (
        <p className="empty">Planen har inga mått ännu.</p>
      ) : (
        <ul className="measure-list">
          {view.indicators.map((indicator) => (
            <IndicatorEntry
              key={indicator.id}
              view={view}
              indicator={indicator}
              editable={editable}
              onMessage={onMessage}
            />
          ))}
        </ul>
      )}
      {editable &&
        (adding ? (
          <IndicatorCreateForm
            view={view}
            units={units}
            onDone={(message) => {
              setAdding(false);
              if (message) onMessage(message);
            }}
          />
        ) : (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            Lägg till mått
          </button>
        ))}
      <GoalOrder view={view} editable={editable} />
    </div>
  );
}
