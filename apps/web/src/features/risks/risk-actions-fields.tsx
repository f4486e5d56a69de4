import type { RiskAction } from '@styr/shared/contracts/risks';
import { riskActionStatuses, riskActionStatusLabels } from '@styr/shared/domain/risk';
import { DateField, SelectField, TextField } from '../../components/form-fields.tsx';

export interface ActionDraft {
  /** Keeps React's rows apart while a text is being typed. */
  id: number;
  what: string;
  responsible: string;
  due: string;
  status: RiskAction['status'];
}

let nextDraftId = 1;

export const toDrafts = (actions: readonly RiskAction[]): ActionDraft[] =>
  actions.map((action) => ({
    id: nextDraftId++,
    what: action.what,
    responsible: action.responsible ?? '',
    due: action.due ?? '',
    status: action.status,
  }));

/** The drafts as the API takes them; rows left without a text are dropped. */
export const fromDrafts = (drafts: readonly ActionDraft[]): RiskAction[] =>
  drafts
    .filter((draft) => draft.what.trim() !== '')
    .map((draft) => ({
      what: draft.what.trim(),
      responsible: draft.responsible.trim() || null,
      due: draft.due.trim() || null,
      status: draft.status,
    }));

/** A risk's actions (åtgärder): what is done, who answers for it, by when, and how far it has come. */
export function RiskActionsFields({
  drafts,
  onChange,
  error,
}: {
  drafts: ActionDraft[];
  onChange: (drafts: ActionDraft[]) => void;
  error: string | undefined;
}) {
  const change = (id: number, patch: Partial<ActionDraft>) =>
    onChange(drafts.map((draft) => (draft.id === id ? { ...draft, ...patch } : draft)));
  return (
    <fieldset className="risk-actions">
      <legend>Åtgärder</legend>
      {error && (
        <p className="field-error">
          <span className="visually-hidden">Fel: </span>
          {error}
        </p>
      )}
      {drafts.length === 0 && <p className="muted">Risken har inga åtgärder.</p>}
      {drafts.map((draft, position) => (
        <fieldset key={draft.id} className="risk-action">
          <legend className="visually-hidden">Åtgärd {position + 1}</legend>
          <TextField
            label="Åtgärd"
            name={`action-${position}-what`}
            value={draft.what}
            onChange={(what) => change(draft.id, { what })}
            maxLength={2000}
          />
          <TextField
            label="Ansvarig"
            name={`action-${position}-responsible`}
            value={draft.responsible}
            onChange={(responsible) => change(draft.id, { responsible })}
            optional
            width="medium"
            maxLength={200}
          />
          <DateField
            label="Klar senast"
            name={`action-${position}-due`}
            value={draft.due}
            onChange={(due) => change(draft.id, { due })}
            optional
          />
          <SelectField
            label="Status"
            name={`action-${position}-status`}
            value={draft.status}
            onChange={(status) => change(draft.id, { status: status as RiskAction['status'] })}
            options={riskActionStatuses.map((status) => ({
              value: status,
              label: riskActionStatusLabels[status],
            }))}
          />
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => onChange(drafts.filter((entry) => entry.id !== draft.id))}
          >
            Ta bort åtgärden<span className="visually-hidden"> {draft.what}</span>
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button-small button-secondary"
        onClick={() =>
          onChange([...drafts, { id: nextDraftId++, what: '', responsible: '', due: '', status: 'planned' }])
        }
      >
        Lägg till åtgärd
      </button>
    </fieldset>
  );
}
