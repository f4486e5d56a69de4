import { createOrgNodeSchema, type OrgNode, type OrgNodeKind } from '@styr/shared/contracts/org';
import { allowedChildKinds, orgNodeKindLabels } from '@styr/shared/domain/org';
import { type FormEvent, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { ErrorAlert } from '../../components/alerts.tsx';
import { dateIssues } from '../../components/date-check.ts';
import { ModalDialog } from '../../components/dialogs.tsx';
import { DateField, SelectField, TextField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { currentYear } from './org-paths.ts';
import { useCreateOrgNode } from './use-org-queries.ts';

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
  const kinds = allowedChildKinds(parent?.kind ?? null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const create = useCreateOrgNode();
  const startOfYear = `${currentYear()}-01-01`;
  const [values, setValues] = useState({
    kind: kinds[0] ?? 'unit',
    name: '',
    shortName: '',
    validFrom: parent && parent.validFrom > startOfYear ? parent.validFrom : startOfYear,
    validTo: '',
  });

  const change = (field: keyof typeof values) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(
      createOrgNodeSchema,
      {
        parentId: parent?.id ?? null,
        kind: values.kind,
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
            options={kinds.map((kind) => ({ value: kind, label: orgNodeKindLabels[kind] }))}
            error={form.errors.kind}
          />
        ) : (
          <p className="field-static">
            Typ: <strong>{orgNodeKindLabels[values.kind]}</strong>
          </p>
        )}
        <TextField
          label="Namn"
          name="name"
          value={values.name}
          onChange={change('name')}
          error={form.errors.name}
        />
        <TextField
          label="Kortnamn"
          name="shortName"
          optional
          width="medium"
          value={values.shortName}
          onChange={change('shortName')}
          error={form.errors.shortName}
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
            value={values.validTo}
            onChange={change('validTo')}
            error={form.errors.validTo}
          />
        </div>
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
