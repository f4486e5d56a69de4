import { type OrgNode, orgNodeSchema, updateOrgNodeSchema } from '@styr/shared/contracts/org';
import { FormCheckboxField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import type { OrgIndex } from './org-index.ts';
import { useReplaceOrgNode, useUpdateOrgNode } from './use-org-queries.ts';

type Values = { served: Record<string, boolean> };

/**
 * Which other committees a unit (typically an administration) serves. Each of them then sees the unit and what
 * lies beneath it in its own tree. Only someone who manages the whole municipality is shown this form.
 */
export function ServedCommitteesForm({ node, index }: { node: OrgNode; index: OrgIndex }) {
  const own = index.pathOf(node.id)[0];
  const committees = index.roots.filter((entry) => entry.node.kind === 'committee' && entry.node.id !== own);
  const update = useUpdateOrgNode(node.id);
  const replace = useReplaceOrgNode();
  const save = useSaveForm({
    stored: node,
    toValues: (stored: OrgNode | null): Values => ({
      served: Object.fromEntries(
        committees.map(({ node: committee }) => [
          committee.id,
          stored ? index.servedCommittees(stored.id).includes(committee.id) : false,
        ]),
      ),
    }),
    schema: updateOrgNodeSchema,
    toBody: ({ served }) => ({ servedCommittees: Object.keys(served).filter((id) => served[id]) }),
    storedSchema: orgNodeSchema,
    onStoredChange: replace,
  });
  if (committees.length === 0) return null;

  return (
    <SaveForm
      save={save}
      className="form"
      onSubmit={save.submit(update.mutateAsync, { saved: 'Nämnderna som enheten betjänar är sparade.' })}
      subject={`vilka nämnder ${node.name} betjänar`}
      saveLabel="Spara nämnderna"
    >
      <fieldset className="fieldset">
        <legend>Betjänar även</legend>
        <p className="field-hint">
          En nämnd som {node.name} betjänar ser enheten och allt under den i sin organisation.
        </p>
        {committees.map(({ node: committee }) => (
          <FormCheckboxField key={committee.id} name={`served.${committee.id}`} label={committee.name} />
        ))}
      </fieldset>
    </SaveForm>
  );
}
