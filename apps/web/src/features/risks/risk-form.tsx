import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import {
  type CreateRisk,
  createRiskSchema,
  type Risk,
  type RiskOverview,
} from '@styr/shared/contracts/risks';
import { type FormEvent, useRef, useState } from 'react';
import type { YearScope } from '../../api/plan-api.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { SelectField, type SelectOption, TextField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { orNull, RiskOwnerFields, RiskScaleFields, RiskTextFields } from './risk-fields.tsx';
import { useRiskWrite } from './use-risks.ts';

const emptyValues = (nodeId: string, area: string) => ({
  nodeId,
  area,
  title: '',
  description: '',
  consequenceDescription: '',
  probability: '2',
  consequence: '2',
  owner: '',
  source: 'own',
  action: '',
  goalId: '',
});

/** A new risk in the register of a unit (or a higher level) the person may edit. */
export function RiskCreateForm({
  scope,
  overview,
  view,
  nodeOptions,
  onCreated,
}: {
  scope: YearScope;
  overview: RiskOverview;
  view: CommitteeYearView;
  nodeOptions: SelectOption[];
  onCreated: (risk: Risk) => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const [values, setValues] = useState(() =>
    emptyValues(nodeOptions[0]?.value ?? '', overview.areas[0]?.key ?? ''),
  );
  const create = useRiskWrite(scope, (api, at, body: CreateRisk) => api.createRisk(at, body));
  const set = (name: keyof typeof values) => (value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    form.clearField(name);
  };
  const fieldProps = { overview, values, set, errors: form.errors };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(createRiskSchema, {
      nodeId: values.nodeId,
      area: values.area,
      title: values.title,
      description: orNull(values.description),
      consequenceDescription: orNull(values.consequenceDescription),
      probability: Number(values.probability),
      consequence: Number(values.consequence),
      owner: orNull(values.owner),
      source: values.source,
      actions: values.action.trim() ? [{ what: values.action.trim() }] : [],
      goalIds: values.goalId ? [values.goalId] : [],
    });
    if (!body) return;
    create.mutate(body, {
      onSuccess: (risk) => {
        setValues(emptyValues(values.nodeId, values.area));
        onCreated(risk);
      },
      onError: form.showError,
    });
  };

  return (
    <form ref={formRef} className="risk-form" onSubmit={onSubmit} noValidate>
      {form.formError ? <ErrorAlert error={form.formError} /> : null}
      <SelectField
        label="Register"
        name="nodeId"
        value={values.nodeId}
        onChange={set('nodeId')}
        options={nodeOptions}
        error={form.errors.nodeId}
        description="Enheten vars riskregister risken hör till."
      />
      <RiskTextFields {...fieldProps} />
      <RiskScaleFields {...fieldProps} />
      <RiskOwnerFields {...fieldProps} />
      <TextField
        label="Åtgärd"
        name="action"
        value={values.action}
        onChange={set('action')}
        optional
        error={form.errors.actions}
        description="Vad som ska göras för att minska risken."
      />
      <SelectField
        label="Hotar målet"
        name="goalId"
        value={values.goalId}
        onChange={set('goalId')}
        optional
        options={[
          { value: '', label: 'Inget mål' },
          ...view.goals.map((goal) => ({ value: goal.id, label: goal.title })),
        ]}
        error={form.errors.goalIds}
      />
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Sparar…' : 'Lägg till risken'}
      </button>
    </form>
  );
}
