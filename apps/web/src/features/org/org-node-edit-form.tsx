import { type OrgNode, orgNodeSchema, updateOrgNodeSchema } from '@styr/shared/contracts/org';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import {
  OrgNodeFields,
  orgNodeDateIssues,
  orgNodeFieldsBody,
  orgNodeFieldValues,
} from './org-node-fields.tsx';
import { useOrgKinds, useReplaceOrgNode, useUpdateOrgNode } from './use-org-queries.ts';

export function OrgNodeEditForm({ node }: { node: OrgNode }) {
  const update = useUpdateOrgNode(node.id);
  const replace = useReplaceOrgNode();
  const save = useSaveForm({
    stored: node,
    toValues: orgNodeFieldValues,
    schema: updateOrgNodeSchema,
    toBody: orgNodeFieldsBody,
    check: orgNodeDateIssues,
    storedSchema: orgNodeSchema,
    onStoredChange: replace,
  });

  const kind = useOrgKinds().label(node.kind).toLowerCase();
  return (
    <SaveForm
      save={save}
      className="form"
      onSubmit={save.submit(update.mutateAsync, { saved: 'Ändringarna är sparade.' })}
      subject={`${node.name} (${kind})`}
      saveLabel="Spara ändringar"
    >
      <OrgNodeFields validToDescription="Lämna tomt om den gäller tills vidare." />
    </SaveForm>
  );
}
