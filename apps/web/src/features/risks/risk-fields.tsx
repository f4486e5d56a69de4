import type { RiskOverview } from '@styr/shared/contracts/risks';
import { riskSourceLabels, riskSources } from '@styr/shared/domain/risk';
import { SelectField, TextAreaField, TextField } from '../../components/form-fields.tsx';

/** The fields a new and a changed risk share, as text the form keeps until it is sent. */
export interface RiskFieldValues {
  area: string;
  title: string;
  description: string;
  consequenceDescription: string;
  probability: string;
  consequence: string;
  owner: string;
  source: string;
}

interface FieldsProps {
  overview: RiskOverview;
  values: RiskFieldValues;
  set: (name: keyof RiskFieldValues) => (value: string) => void;
  errors: Record<string, string>;
}

export const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Area, title and the two descriptions. */
export function RiskTextFields({ overview, values, set, errors }: FieldsProps) {
  return (
    <>
      <SelectField
        label="Riskområde"
        name="area"
        value={values.area}
        onChange={set('area')}
        options={overview.areas.map((area) => ({ value: area.key, label: area.name }))}
        error={errors.area}
      />
      <TextField
        label="Risk"
        name="title"
        value={values.title}
        onChange={set('title')}
        error={errors.title}
        maxLength={500}
      />
      <TextAreaField
        label="Riskbeskrivning"
        name="description"
        value={values.description}
        onChange={set('description')}
        optional
        rows={3}
        error={errors.description}
      />
      <TextAreaField
        label="Konsekvensbeskrivning"
        name="consequenceDescription"
        value={values.consequenceDescription}
        onChange={set('consequenceDescription')}
        optional
        rows={3}
        error={errors.consequenceDescription}
      />
    </>
  );
}

/** Sannolikhet and konsekvens on the municipality's scales. */
export function RiskScaleFields({ overview, values, set, errors }: FieldsProps) {
  const steps = (dimension: 'probability' | 'consequence') =>
    overview.scale[dimension].map((step) => ({
      value: String(step.value),
      label: `${step.value} – ${step.label}`,
    }));
  return (
    <div className="field-pair">
      <SelectField
        label="Sannolikhet"
        name="probability"
        value={values.probability}
        onChange={set('probability')}
        options={steps('probability')}
        error={errors.probability}
      />
      <SelectField
        label="Konsekvens"
        name="consequence"
        value={values.consequence}
        onChange={set('consequence')}
        options={steps('consequence')}
        error={errors.consequence}
      />
    </div>
  );
}

/** Who owns the risk and where it was found. */
export function RiskOwnerFields({ values, set, errors }: FieldsProps) {
  return (
    <>
      <TextField
        label="Riskägare"
        name="owner"
        value={values.owner}
        onChange={set('owner')}
        optional
        width="medium"
        error={errors.owner}
      />
      <SelectField
        label="Källa"
        name="source"
        value={values.source}
        onChange={set('source')}
        options={riskSources.map((source) => ({ value: source, label: riskSourceLabels[source] }))}
        error={errors.source}
      />
    </>
  );
}
