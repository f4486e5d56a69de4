import type { OrgNode } from '@styr/shared/contracts/org';
import { dateIssues } from '../../components/form/field-checks.ts';
import { FormDateField, FormTextField } from '../../components/form/fields.tsx';

export interface OrgNodeFieldValues {
  name: string;
  shortName: string;
  validFrom: string;
  validTo: string;
}

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

export function orgNodeFieldValues(node: Pick<OrgNode, 'name' | 'shortName' | 'validFrom' | 'validTo'>) {
  return {
    name: node.name,
    shortName: node.shortName ?? '',
    validFrom: node.validFrom,
    validTo: node.validTo ?? '',
  };
}

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
