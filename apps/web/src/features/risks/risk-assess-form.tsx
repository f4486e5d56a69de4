import {
  type Risk,
  type RiskOverview,
  type UpdateRisk,
  updateRiskSchema,
} from '@styr/shared/contracts/risks';
import { type FormEvent, useRef, useState } from 'react';
import type { YearScope } from '../../api/plan-api.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { SelectField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useRiskWrite } from './use-risks.ts';

/** Re-assessing a risk: its sannolikhet and konsekvens on the municipality's scales. */
export function RiskAssessForm({
  scope,
  overview,
  risk,
  onSaved,
}: {
  scope: YearScope;
  overview: RiskOverview;
  risk: Risk;
  onSaved: (message: string) => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const [probability, setProbability] = useState(String(risk.probability));
  const [consequence, setConsequence] = useState(String(risk.consequence));
  const update = useRiskWrite(scope, (api, at, body: UpdateRisk) => api.updateRisk(at, risk.id, body));
  const steps = (dimension: 'probability' | 'consequence') =>
    overview.scale[dimension].map((step) => ({
      value: String(step.value),
      label: `${step.value} – ${step.label}`,
    }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(updateRiskSchema, {
      version: risk.version,
      probability: Number(probability),
      consequence: Number(consequence),
    });
    if (!body) return;
    update.mutate(body, {
      onSuccess: (saved) => onSaved(`Bedömningen är sparad. Riskvärdet är nu ${saved.value}.`),
      onError: form.showError,
    });
  };

  return (
    <form ref={formRef} className="risk-form" onSubmit={onSubmit} noValidate aria-labelledby="assess-heading">
      <h3 id="assess-heading">Bedöm risken</h3>
      {form.formError ? <ErrorAlert error={form.formError} /> : null}
      <div className="field-pair">
        <SelectField
          label="Sannolikhet"
          name="probability"
          value={probability}
          onChange={setProbability}
          options={steps('probability')}
          error={form.errors.probability}
        />
        <SelectField
          label="Konsekvens"
          name="consequence"
          value={consequence}
          onChange={setConsequence}
          options={steps('consequence')}
          error={form.errors.consequence}
        />
      </div>
      <button type="submit" className="button button-secondary" disabled={update.isPending}>
        Spara bedömningen
      </button>
    </form>
  );
}
