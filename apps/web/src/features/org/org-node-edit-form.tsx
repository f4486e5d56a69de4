import { type OrgNode, orgNodeSchema, updateOrgNodeSchema } from '@styr/shared/contracts/org';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import {
  OrgNodeFields,
  type OrgNodeFieldValues,
  orgNodeDateIssues,
  orgNodeFieldsBody,
  orgNodeFieldValues,
} from './org-node-fields.tsx';
import { useOrgKinds, useReplaceOrgNode, useUpdateOrgNode } from './use-org-queries.ts';

const toValues = (node: OrgNode | null): OrgNodeFieldValues =>
  node ? orgNodeFieldValues(node) : { name: '', shortName: '', validFrom: '', validTo: '' };

export function OrgNodeEditForm({ node }: { node: OrgNode }) {
  const update = useUpdateOrgNode(node.id);
  const replace = useReplaceOrgNode();
  const save = useSaveForm({
    stored: node,
    toValues,
    schema: updateOrgNodeSchema,
    toBody: (values, base) => ({ version: base?.version ?? node.version, ...orgNodeFieldsBody(values) }),
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
      conflictRows={(current, mine) => [
        { label: 'Namn', value: current.name, mine: mine.name },
        { label: 'Kortnamn', value: current.shortName ?? '–', mine: mine.shortName || '–' },
        { label: 'Giltig från', value: current.validFrom, mine: mine.validFrom },
        {
          label: 'Giltig till',
          value: current.validTo ?? 'Tills vidare',
          mine: mine.validTo || 'Tills vidare',
        },
      ]}
      saveLabel="Spara ändringar"
    >
      <OrgNodeFields validToDescription="Lämna tomt om den gäller tills vidare." />
    </SaveForm>
  );
}
