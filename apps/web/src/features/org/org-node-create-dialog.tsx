import { createOrgNodeSchema, type OrgNode, type OrgNodeKind } from '@styr/shared/contracts/org';
import { allowedChildKinds } from '@styr/shared/domain/org';
import { type FormEvent, useRef } from 'react';
import { Button } from 'react-aria-components';
import { ErrorAlert } from '../../components/alerts.tsx';
import { ModalDialog } from '../../components/dialogs.tsx';
import { SelectField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useFormValues } from '../../components/use-form-values.ts';
import { OrgNodeFields, orgNodeDateIssues, orgNodeFieldsBody } from './org-node-fields.tsx';
import { currentYear } from './org-paths.ts';
import { useCreateOrgNode, useOrgKinds } from './use-org-queries.ts';

export function OrgNodeCreateDialog({
  parent,
  onClose,
  onCreated,
}: {
  /** null: a new committee directly under the municipality. */
  parent: OrgNode | null;
  onClose: () => void;
  onCreated: (node: OrgNode) => void;
}) {
  const orgKinds = useOrgKinds();
  const kinds = allowedChildKinds(orgKinds.kinds, parent?.kind ?? null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const create = useCreateOrgNode();
  const startOfYear = `${currentYear()}-01-01`;
  const { values, change } = useFormValues(
    {
      kind: kinds[0] ?? 'unit',
      name: '',
      shortName: '',
      validFrom: parent && parent.validFrom > startOfYear ? parent.validFrom : startOfYear,
      validTo: '',
    },
    form.clearField,
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(
      createOrgNodeSchema,
      { parentId: parent?.id ?? null, kind: values.kind, ...orgNodeFieldsBody(values) },
      orgNodeDateIssues(values),
    );
    if (body) create.mutate(body, { onSuccess: onCreated, onError: form.showError });
  };

  const title = parent ? `Lägg till under ${parent.name}` : 'Ny nämnd';
  return (
    <ModalDialog isOpen onOpenChange={(isOpen) => !isOpen && onClose()} title={title}>
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        {form.formError ? <ErrorAlert error={form.formError} title="Det gick inte att lägga till" /> : null}
        {kinds.length > 1 ? (
          <SelectField
            label="Typ"
            name="kind"
            value={values.kind}
            onChange={(value) => change('kind')(value as OrgNodeKind)}
            options={kinds.map((kind) => ({ value: kind, label: orgKinds.label(kind) }))}
            error={form.errors.kind}
          />
        ) : (
          <p className="field-static">
            Typ: <strong>{orgKinds.label(values.kind)}</strong>
          </p>
        )}
        <OrgNodeFields values={values} errors={form.errors} change={change} />
        <div className="button-row">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Lägger till…' : 'Lägg till'}
          </button>
          <Button className="button button-secondary" slot="close">
            Avbryt
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
