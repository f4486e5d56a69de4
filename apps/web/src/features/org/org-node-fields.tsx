import { dateIssues } from '../../components/form/field-checks.ts';
import { FormDateField, FormTextField } from '../../components/form/fields.tsx';
import { storedValues } from '../../components/form/stored-values.ts';

export type OrgNodeFieldValues = {
  name: string;
  shortName: string;
  validFrom: string;
  validTo: string;
};

/** The fields a node is created and edited with, bound to the enclosing form. */
export function OrgNodeFields({ validToDescription }: { validToDescription?: string }) {
  return (
    <>
      <FormTextField label="Namn" name="name" maxLength={200} />
      <FormTextField label="Kortnamn" name="shortName" optional maxLength={40} width="medium" />
      <div className="field-row">
        <FormDateField label="Giltig från" name="validFrom" />
        <FormDateField label="Giltig till" name="validTo" optional description={validToDescription} />
      </div>
    </>
  );
}

/** A node's fields as the form's values; an empty form for none. */
export const orgNodeFieldValues = storedValues<OrgNodeFieldValues>({
  name: '',
  shortName: '',
  validFrom: '',
  validTo: '',
});

export function orgNodeFieldsBody(values: OrgNodeFieldValues) {
  return {
    name: values.name,
    shortName: values.shortName.trim() || null,
    validFrom: values.validFrom,
    validTo: values.validTo || null,
  };
}

export function orgNodeDateIssues(values: OrgNodeFieldValues) {
  return dateIssues({
    validFrom: { value: values.validFrom },
    validTo: { value: values.validTo, optional: true },
  });
}
