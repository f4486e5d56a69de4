import {
  type Risk,
  type RiskOverview,
  type UpdateRisk,
  updateRiskSchema,
} from '@styr/shared/contracts/risks';
import { type FormEvent, useRef, useState } from 'react';
import type { YearScope } from '../../api/plan-api.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { fromDrafts, RiskActionsFields, toDrafts } from './risk-actions-fields.tsx';
import { orNull, RiskOwnerFields, RiskScaleFields, RiskTextFields } from './risk-fields.tsx';
import { useRiskWrite } from './use-risks.ts';

/** Changing or re-assessing a risk: its texts, area, owner, actions and its place on the scales. */
export function RiskEditForm({
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
  const [values, setValues] = useState({
    area: risk.area,
    title: risk.title,
    description: risk.description ?? '',
    consequenceDescription: risk.consequenceDescription ?? '',
    probability: String(risk.probability),
    consequence: String(risk.consequence),
    owner: risk.owner ?? '',
    source: risk.source as string,
  });
  const [actions, setActions] = useState(() => toDrafts(risk.actions));
  const update = useRiskWrite(scope, (api, at, body: UpdateRisk) => api.updateRisk(at, risk.id, body));
  const set = (name: keyof typeof values) => (value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    form.clearField(name);
  };
  const fieldProps = { overview, values, set, errors: form.errors };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(updateRiskSchema, {
      version: risk.version,
      area: values.area,
      title: values.title,
      description: orNull(values.description),
      consequenceDescription: orNull(values.consequenceDescription),
      probability: Number(values.probability),
      consequence: Number(values.consequence),
      owner: orNull(values.owner),
      source: values.source,
      actions: fromDrafts(actions),
    });
    if (!body) return;
    update.mutate(body, {
      onSuccess: (saved) => onSaved(`Risken är sparad. Riskvärdet är ${saved.value}.`),
      onError: form.showError,
    });
  };

  return (
    <form ref={formRef} className="risk-form" onSubmit={onSubmit} noValidate aria-labelledby="edit-heading">
      <h3 id="edit-heading">Ändra och bedöm risken</h3>
      {form.formError ? <ErrorAlert error={form.formError} /> : null}
      <RiskScaleFields {...fieldProps} />
      <details>
        <summary>Fler uppgifter om risken</summary>
        <RiskTextFields {...fieldProps} />
        <RiskOwnerFields {...fieldProps} />
        <RiskActionsFields
          drafts={actions}
          onChange={(drafts) => {
            setActions(drafts);
            form.clearField('actions');
          }}
          error={form.errors.actions}
        />
      </details>
      <button type="submit" className="button button-secondary" disabled={update.isPending}>
        Spara risken
      </button>
    </form>
  );
}
