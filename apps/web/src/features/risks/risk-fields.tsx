import type { RiskOverview } from '@styr/shared/contracts/risks';
import { riskSourceLabels, riskSources } from '@styr/shared/domain/risk';
import { FormSelectField, FormTextAreaField, FormTextField } from '../../components/form/fields.tsx';

export const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Area, title and the two descriptions, bound to the enclosing form. */
export function RiskTextFields({ overview }: { overview: RiskOverview }) {
  return (
    <>
      <FormSelectField
        label="Riskområde"
        name="area"
        options={overview.areas.map((area) => ({ value: area.key, label: area.name }))}
      />
      <FormTextField label="Risk" name="title" maxLength={500} />
      <FormTextAreaField label="Riskbeskrivning" name="description" optional rows={3} />
      <FormTextAreaField label="Konsekvensbeskrivning" name="consequenceDescription" optional rows={3} />
    </>
  );
}

/** Sannolikhet and konsekvens on the municipality's scales. */
export function RiskScaleFields({ overview }: { overview: RiskOverview }) {
  const steps = (dimension: 'probability' | 'consequence') =>
    overview.scale[dimension].map((step) => ({
      value: String(step.value),
      label: `${step.value} – ${step.label}`,
    }));
  return (
    <div className="field-pair">
      <FormSelectField label="Sannolikhet" name="probability" options={steps('probability')} />
      <FormSelectField label="Konsekvens" name="consequence" options={steps('consequence')} />
    </div>
  );
}

/** Who owns the risk and where it was found. */
export function RiskOwnerFields() {
  return (
    <>
      <FormTextField label="Riskägare" name="owner" optional width="medium" maxLength={200} />
      <FormSelectField
        label="Källa"
        name="source"
        options={riskSources.map((source) => ({ value: source, label: riskSourceLabels[source] }))}
      />
    </>
  );
}
