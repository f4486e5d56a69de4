import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import {
  type CreateRisk,
  createRiskSchema,
  type Risk,
  type RiskOverview,
} from '@styr/shared/contracts/risks';
import { riskSourceLabels, riskSources } from '@styr/shared/domain/risk';
import { type FormEvent, useRef, useState } from 'react';
import type { YearScope } from '../../api/plan-api.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { SelectField, type SelectOption, TextAreaField, TextField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
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

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

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
  const steps = (dimension: 'probability' | 'consequence') =>
    overview.scale[dimension].map((step) => ({
      value: String(step.value),
      label: `${step.value} – ${step.label}`,
    }));

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
      <SelectField
        label="Riskområde"
        name="area"
        value={values.area}
        onChange={set('area')}
        options={overview.areas.map((area) => ({ value: area.key, label: area.name }))}
        error={form.errors.area}
      />
      <TextField
        label="Risk"
        name="title"
        value={values.title}
        onChange={set('title')}
        error={form.errors.title}
        maxLength={500}
      />
      <TextAreaField
        label="Riskbeskrivning"
        name="description"
        value={values.description}
        onChange={set('description')}
        optional
        rows={3}
        error={form.errors.description}
      />
      <TextAreaField
        label="Konsekvensbeskrivning"
        name="consequenceDescription"
        value={values.consequenceDescription}
        onChange={set('consequenceDescription')}
        optional
        rows={3}
        error={form.errors.consequenceDescription}
      />
      <div className="field-pair">
        <SelectField
          label="Sannolikhet"
          name="probability"
          value={values.probability}
          onChange={set('probability')}
          options={steps('probability')}
          error={form.errors.probability}
        />
        <SelectField
          label="Konsekvens"
          name="consequence"
          value={values.consequence}
          onChange={set('consequence')}
          options={steps('consequence')}
          error={form.errors.consequence}
        />
      </div>
      <TextField
        label="Riskägare"
        name="owner"
        value={values.owner}
        onChange={set('owner')}
        optional
        width="medium"
        error={form.errors.owner}
      />
      <SelectField
        label="Källa"
        name="source"
        value={values.source}
        onChange={set('source')}
        options={riskSources.map((source) => ({ value: source, label: riskSourceLabels[source] }))}
        error={form.errors.source}
      />
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
