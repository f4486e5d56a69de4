import { type OrgNode, orgNodeSchema, updateOrgNodeSchema } from '@styr/shared/contracts/org';
import { orgNodeKindLabels } from '@styr/shared/domain/org';
import { type FormEvent, useRef, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { dateIssues } from '../../components/date-check.ts';
import { DateField, TextField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { VersionConflict } from '../../components/version-conflict.tsx';
import { useReplaceOrgNode, useUpdateOrgNode } from './use-org-queries.ts';

/** Mount with key={node.version}: a saved or reloaded version starts a fresh form. */
export function OrgNodeEditForm({
  node,
  onSubmitting,
  onSaved,
}: {
  node: OrgNode;
  /** Lets the page withdraw an earlier "saved" message. */
  onSubmitting: () => void;
  onSaved: () => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const update = useUpdateOrgNode(node.id);
  const replace = useReplaceOrgNode();
  const [values, setValues] = useState({
    name: node.name,
    shortName: node.shortName ?? '',
    validFrom: node.validFrom,
    validTo: node.validTo ?? '',
  });
  const [conflict, setConflict] = useState<OrgNode | null>(null);

  const change = (field: keyof typeof values) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setConflict(null);
    onSubmitting();
    const body = form.validate(
      updateOrgNodeSchema,
      {
        version: node.version,
        name: values.name,
        shortName: values.shortName.trim() || null,
        validFrom: values.validFrom.trim(),
        validTo: values.validTo.trim() || null,
      },
      dateIssues({
        validFrom: { value: values.validFrom },
        validTo: { value: values.validTo, optional: true },
      }),
    );
    if (!body) return;
    update.mutate(body, {
      onSuccess: onSaved,
      onError: (error) => {
        if (isApiError(error, 'VERSION_CONFLICT')) {
          const current = orgNodeSchema.safeParse(error.current);
          if (current.success) {
            setConflict(current.data);
            return;
          }
        }
        form.showError(error);
      },
    });
  };

  const kind = orgNodeKindLabels[node.kind].toLowerCase();
  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
      {conflict && (
        <VersionConflict
          subject={`${kind}en ${node.name}`}
          rows={[
            { label: 'Namn', value: conflict.name },
            { label: 'Kortnamn', value: conflict.shortName ?? '–' },
            { label: 'Giltig från', value: conflict.validFrom },
            { label: 'Giltig till', value: conflict.validTo ?? 'Tills vidare' },
          ]}
          onReload={() => replace(conflict)}
        />
      )}
      {form.formError ? <ErrorAlert error={form.formError} title="Ändringarna kunde inte sparas" /> : null}
      <TextField
        label="Namn"
        name="name"
        value={values.name}
        onChange={change('name')}
        error={form.errors.name}
        maxLength={200}
      />
      <TextField
        label="Kortnamn"
        name="shortName"
        optional
        value={values.shortName}
        onChange={change('shortName')}
        error={form.errors.shortName}
        maxLength={40}
        width="medium"
      />
      <div className="field-row">
        <DateField
          label="Giltig från"
          name="validFrom"
          value={values.validFrom}
          onChange={change('validFrom')}
          error={form.errors.validFrom}
        />
        <DateField
          label="Giltig till"
          name="validTo"
          optional
          description="Lämna tomt om den gäller tills vidare."
          value={values.validTo}
          onChange={change('validTo')}
          error={form.errors.validTo}
        />
      </div>
      <button type="submit" className="button" disabled={update.isPending}>
        {update.isPending ? 'Sparar…' : 'Spara ändringar'}
      </button>
    </form>
  );
}
