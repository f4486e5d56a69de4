import {
  type CreateOrgNode,
  createOrgNodeSchema,
  type OrgNode,
  type OrgNodeKind,
} from '@styr/shared/contracts/org';
import { allowedChildKinds } from '@styr/shared/domain/org';
import { Button } from 'react-aria-components';
import { ModalDialog } from '../../components/dialogs.tsx';
import { FormSelectField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import {
  OrgNodeFields,
  type OrgNodeFieldValues,
  orgNodeDateIssues,
  orgNodeFieldsBody,
} from './org-node-fields.tsx';
import { currentYear } from './org-paths.ts';
import { useCreateOrgNode, useOrgKinds } from './use-org-queries.ts';

type Values = OrgNodeFieldValues & { kind: string };

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
  const create = useCreateOrgNode();
  const startOfYear = `${currentYear()}-01-01`;
  const save = useSaveForm<OrgNode, Values, CreateOrgNode>({
    stored: null,
    toValues: (): Values => ({
      kind: kinds[0] ?? 'unit',
      name: '',
      shortName: '',
      validFrom: parent && parent.validFrom > startOfYear ? parent.validFrom : startOfYear,
      validTo: '',
    }),
    schema: createOrgNodeSchema,
    toBody: (values) => ({ parentId: parent?.id ?? null, kind: values.kind, ...orgNodeFieldsBody(values) }),
    check: orgNodeDateIssues,
    afterSave: 'clear',
  });
  const kind = save.form.watch('kind');

  const title = parent ? `Lägg till under ${parent.name}` : 'Ny nämnd';
  return (
    <ModalDialog isOpen onOpenChange={(isOpen) => !isOpen && onClose()} title={title}>
      <SaveForm
        save={save}
        className="form"
        onSubmit={save.submit(create.mutateAsync, { saved: '', onSaved: onCreated })}
        subject={title}
        saveLabel="Lägg till"
        actions={
          <Button className="button button-secondary" slot="close">
            Avbryt
          </Button>
        }
      >
        {kinds.length > 1 ? (
          <FormSelectField
            label="Typ"
            name="kind"
            options={kinds.map((option) => ({ value: option, label: orgKinds.label(option) }))}
          />
        ) : (
          <p className="field-static">
            Typ: <strong>{orgKinds.label(kind as OrgNodeKind)}</strong>
          </p>
        )}
        <OrgNodeFields />
      </SaveForm>
    </ModalDialog>
  );
}
