import { dateIssues } from '../../components/date-check.ts';
import { DateField, TextField } from '../../components/form-fields.tsx';

export interface OrgNodeFieldValues {
  name: string;
  shortName: string;
  validFrom: string;
  validTo: string;
}

export function OrgNodeFields({
  values,
  errors,
  change,
  maxLength,
  validToDescription,
}: {
  values: OrgNodeFieldValues;
  errors: Readonly<Record<string, string>>;
  change: (field: keyof OrgNodeFieldValues) => (value: string) => void;
  maxLength?: { name: number; shortName: number };
  validToDescription?: string;
}) {
  return (
    <>
      <TextField
        label="Namn"
        name="name"
        value={values.name}
        onChange={change('name')}
        error={errors.name}
        maxLength={maxLength?.name}
      />
      <TextField
        label="Kortnamn"
        name="shortName"
        optional
        value={values.shortName}
        onChange={change('shortName')}
        error={errors.shortName}
        maxLength={maxLength?.shortName}
        width="medium"
      />
      <div className="field-row">
        <DateField
          label="Giltig från"
          name="validFrom"
          value={values.validFrom}
          onChange={change('validFrom')}
          error={errors.validFrom}
        />
        <DateField
          label="Giltig till"
          name="validTo"
          optional
          description={validToDescription}
          value={values.validTo}
          onChange={change('validTo')}
          error={errors.validTo}
        />
      </div>
    </>
  );
}

export function orgNodeFieldsBody(values: OrgNodeFieldValues) {
  return {
    name: values.name,
    shortName: values.shortName.trim() || null,
    validFrom: values.validFrom.trim(),
    validTo: values.validTo.trim() || null,
  };
}

export function orgNodeDateIssues(values: OrgNodeFieldValues) {
  return dateIssues({
    validFrom: { value: values.validFrom },
    validTo: { value: values.validTo, optional: true },
  });
}
