import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { useFieldArray, useWatch } from 'react-hook-form';
import { ListError } from '../../components/form/field-rows.tsx';
import { FormTextField } from '../../components/form/fields.tsx';
import { AddButton } from './settings-fields.tsx';

export type Step = MunicipalityFile['riskScale']['probability'][number];
const maxSteps = 10;

/** One axis of the risk matrix: its steps by value, each with the word the matrix shows. */
export function RiskSteps({ axis, title }: { axis: 'probability' | 'consequence'; title: string }) {
  const path = `file.riskScale.${axis}`;
  const { fields, append, remove } = useFieldArray({ name: path });
  const steps: Step[] = useWatch({ name: path });
  const last = steps[steps.length - 1];
  const named = title.toLowerCase();
  return (
    <fieldset className="settings-list">
      <legend>{title}</legend>
      <p className="field-hint">Minst två och högst tio steg. Värdet ger stegets plats i matrisen.</p>
      <ListError name={path} />
      <ol className="settings-rows">
        {fields.map((row, index) => (
          <li key={row.id} className="settings-row">
            <FormTextField
              label={`${title}, värde ${steps[index]?.value}`}
              name={`${path}.${index}.label`}
              maxLength={500}
              width="medium"
            />
          </li>
        ))}
      </ol>
      <div className="button-row">
        <AddButton
          label="Lägg till steg"
          context={`Lägg till steg i ${named}`}
          disabled={fields.length >= maxSteps}
          onAdd={() => append({ value: (last?.value ?? 0) + 1, label: '' })}
        />
        <button
          type="button"
          className="button button-small button-danger"
          disabled={fields.length <= 2}
          aria-label={`Ta bort det högsta steget i ${named}`}
          onClick={() => remove(fields.length - 1)}
        >
          Ta bort det högsta steget
        </button>
      </div>
    </fieldset>
  );
}
