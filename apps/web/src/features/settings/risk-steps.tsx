import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { TextField } from '../../components/form-fields.tsx';
import { type FileProblem, problemAt } from './settings-draft.ts';

export type Step = MunicipalityFile['riskScale']['probability'][number];
const maxSteps = 10;

/** One axis of the risk matrix: its steps by value, each with the word the matrix shows. */
export function RiskSteps({
  axis,
  title,
  steps,
  problems,
  onChange,
}: {
  axis: 'probability' | 'consequence';
  title: string;
  steps: readonly Step[];
  problems: readonly FileProblem[];
  onChange: (steps: Step[]) => void;
}) {
  const at = `riskScale.${axis}`;
  const listProblem = problemAt(problems, at);
  const last = steps[steps.length - 1];
  return (
    <fieldset className="settings-list">
      <legend>{title}</legend>
      <p className="field-hint">Minst två och högst tio steg. Värdet ger stegets plats i matrisen.</p>
      {listProblem && (
        <p className="field-error">
          <span className="visually-hidden">Fel: </span>
          {listProblem}
        </p>
      )}
      <ol className="settings-rows">
        {steps.map((step, index) => (
          <li key={step.value} className="settings-row">
            <TextField
              label={`${title}, värde ${step.value}`}
              name={`${at}[${index}].label`}
              value={step.label}
              onChange={(label) =>
                onChange(steps.map((entry, other) => (other === index ? { ...entry, label } : entry)))
              }
              maxLength={500}
              width="medium"
              error={
                problemAt(problems, `${at}[${index}].label`) ?? problemAt(problems, `${at}[${index}].value`)
              }
            />
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button
          type="button"
          className="button button-small button-secondary"
          disabled={steps.length >= maxSteps}
          aria-label={`Lägg till steg i ${title.toLowerCase()}`}
          onClick={() => onChange([...steps, { value: (last?.value ?? 0) + 1, label: '' }])}
        >
          Lägg till steg
        </button>
        <button
          type="button"
          className="button button-small button-danger"
          disabled={steps.length <= 2}
          aria-label={`Ta bort det högsta steget i ${title.toLowerCase()}`}
          onClick={() => onChange(steps.slice(0, -1))}
        >
          Ta bort det högsta steget
        </button>
      </div>
    </fieldset>
  );
}
