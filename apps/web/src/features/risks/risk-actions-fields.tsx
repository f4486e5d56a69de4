import type { RiskAction } from '@styr/shared/contracts/risks';
import { riskActionStatuses, riskActionStatusLabels } from '@styr/shared/domain/risk';
import { FormDateField, FormSelectField, FormTextField } from '../../components/form/fields.tsx';
import { FormRows } from '../../components/form/form-rows.tsx';
import { orNull } from './risk-fields.tsx';

/** An action as the form holds it: texts as typed, the date '' for none. */
export interface ActionValues {
  what: string;
  responsible: string;
  due: string;
  status: RiskAction['status'];
}

export const actionValues = (actions: readonly RiskAction[]): ActionValues[] =>
  actions.map((action) => ({
    what: action.what,
    responsible: action.responsible ?? '',
    due: action.due ?? '',
    status: action.status,
  }));

/** The actions as the API takes them. */
export const actionsBody = (actions: readonly ActionValues[]) =>
  actions.map((action) => ({
    what: action.what.trim(),
    responsible: orNull(action.responsible),
    due: action.due || null,
    status: action.status,
  }));

const statusOptions = riskActionStatuses.map((status) => ({
  value: status,
  label: riskActionStatusLabels[status],
}));

/** The actions as a version conflict compares them: what each is, in their order. */
const shownActions = (actions: unknown) =>
  (actions as ActionValues[]).map((action) => action.what.trim()).join('; ') || '–';

/** A risk's actions (åtgärder): what is done, who answers for it, by when, and how far it has come. */
export function RiskActionsFields() {
  return (
    <FormRows
      name="actions"
      legend="Åtgärder"
      className="risk-actions"
      rowClassName="risk-action"
      legendHidden
      rowName="Åtgärd"
      addLabel="Lägg till åtgärd"
      empty="Risken har inga åtgärder."
      compared={{ label: 'Åtgärder', show: shownActions }}
      newRow={(): ActionValues => ({ what: '', responsible: '', due: '', status: 'planned' })}
    >
      {(row) => (
        <>
          <FormTextField label="Åtgärd" name={`${row}.what`} maxLength={2000} />
          <FormTextField
            label="Ansvarig"
            name={`${row}.responsible`}
            optional
            width="medium"
            maxLength={200}
          />
          <FormDateField label="Klar senast" name={`${row}.due`} optional />
          <FormSelectField label="Status" name={`${row}.status`} options={statusOptions} />
        </>
      )}
    </FormRows>
  );
}
