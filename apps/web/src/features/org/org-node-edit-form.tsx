import { type OrgNode, orgNodeSchema, updateOrgNodeSchema } from '@styr/shared/contracts/org';
import { type FormEvent, useRef } from 'react';
import { ErrorAlert } from '../../components/alerts.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useFormValues } from '../../components/use-form-values.ts';
import { useVersionConflict } from '../../components/use-version-conflict.ts';
import { VersionConflict } from '../../components/version-conflict.tsx';
import { OrgNodeFields, orgNodeDateIssues, orgNodeFieldsBody } from './org-node-fields.tsx';
import { useOrgKinds, useReplaceOrgNode, useUpdateOrgNode } from './use-org-queries.ts';

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
  const { values, change } = useFormValues(
    {
      name: node.name,
      shortName: node.shortName ?? '',
      validFrom: node.validFrom,
      validTo: node.validTo ?? '',
    },
    form.clearField,
  );
  const { conflict, clearConflict, onError } = useVersionConflict(orgNodeSchema, form.showError);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    clearConflict();
    onSubmitting();
    const body = form.validate(
      updateOrgNodeSchema,
      { version: node.version, ...orgNodeFieldsBody(values) },
      orgNodeDateIssues(values),
    );
    if (body) update.mutate(body, { onSuccess: onSaved, onError });
  };

  const kind = useOrgKinds().label(node.kind).toLowerCase();
  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
      {conflict && (
        <VersionConflict
          subject={`${node.name} (${kind})`}
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
      <OrgNodeFields
        values={values}
        errors={form.errors}
        change={change}
        maxLength={{ name: 200, shortName: 40 }}
        validToDescription="Lämna tomt om den gäller tills vidare."
      />
      <button type="submit" className="button" disabled={update.isPending}>
        {update.isPending ? 'Sparar…' : 'Spara ändringar'}
      </button>
    </form>
  );
}
