import { partStateLabels, type PartState as State } from '@styr/shared/contracts/workflow';
import { partStateSymbols } from './use-workflow.ts';

/** A part's state as symbol and word; colour only repeats what they say. */
export function PartState({ state, overdue = false }: { state: State; overdue?: boolean }) {
  return (
    <span className="part-state-cell">
      <span className={`part-state part-state-${state}`}>
        <span aria-hidden="true" className="part-state-symbol">
          {partStateSymbols[state]}
        </span>
        {partStateLabels[state]}
      </span>
      {overdue && <span className="overdue-tag">Försenad</span>}
    </span>
  );
}
