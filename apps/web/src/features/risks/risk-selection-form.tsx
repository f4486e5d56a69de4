import { type Risk, type RiskSelection, riskSelectionSchema } from '@styr/shared/contracts/risks';
import { type FormEvent, useRef, useState } from 'react';
import type { YearScope } from '../../api/plan-api.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { CheckboxField, TextAreaField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useRiskWrite } from './use-risks.ts';

/**
 * Management takes a risk into the samlad riskbild with a reason and says whether it goes to the control plan;
 * not shown once the control plan is adopted, which freezes every risk of the year.
 */
export function RiskSelectionForm({
  scope,
  risk,
  onSaved,
}: {
  scope: YearScope;
  risk: Risk;
  onSaved: (message: string) => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const [reason, setReason] = useState(risk.selectionReason ?? '');
  const [toControlPlan, setToControlPlan] = useState(risk.toControlPlan);
  const select = useRiskWrite(scope, (api, at, body: RiskSelection) => api.select(at, risk.id, body));

  const send = (selected: boolean) => {
    const body = form.validate(riskSelectionSchema, {
      version: risk.version,
      selected,
      reason: selected ? reason : null,
      toControlPlan: selected && toControlPlan,
    });
    if (!body) return;
    select.mutate(body, {
      onSuccess: (saved) =>
        onSaved(
          saved.selected
            ? 'Risken ingår i den samlade riskbilden.'
            : `Risken är borttagen ur den samlade riskbilden och finns kvar i registret för ${saved.origin.name}.`,
        ),
      onError: form.showError,
    });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send(true);
  };

  return (
    <form
      ref={formRef}
      className="risk-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="selection-heading"
    >
      <h3 id="selection-heading">Samlad riskbild</h3>
      {form.formError ? <ErrorAlert error={form.formError} /> : null}
      <TextAreaField
        label="Skäl för att ta med risken"
        name="reason"
        value={reason}
        onChange={(value) => {
          setReason(value);
          form.clearField('reason');
        }}
        rows={2}
        error={form.errors.reason}
      />
      <CheckboxField
        label="Till internkontrollplan"
        name="toControlPlan"
        checked={toControlPlan}
        onChange={setToControlPlan}
        error={form.errors.toControlPlan}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={select.isPending}>
          {risk.selected ? 'Spara urvalet' : 'Välj till samlad riskbild'}
        </button>
        {risk.selected && (
          <button
            type="button"
            className="button button-secondary"
            disabled={select.isPending}
            onClick={() => send(false)}
          >
            Ta bort ur samlad riskbild
          </button>
        )}
      </div>
    </form>
  );
}
