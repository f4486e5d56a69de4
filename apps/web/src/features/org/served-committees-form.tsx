import type { OrgNode } from '@styr/shared/contracts/org';
import { type FormEvent, useState } from 'react';
import { ErrorAlert, StatusMessage } from '../../components/alerts.tsx';
import { CheckboxField } from '../../components/form-fields.tsx';
import type { OrgIndex } from './org-index.ts';
import { useUpdateOrgNode } from './use-org-queries.ts';

/**
 * Which other committees a unit (typically an administration) serves. Each of them then sees the unit and what
 * lies beneath it in its own tree. Only someone who manages the whole municipality is shown this form.
 */
export function ServedCommitteesForm({ node, index }: { node: OrgNode; index: OrgIndex }) {
  const own = index.pathOf(node.id)[0];
  const committees = index.roots.filter((entry) => entry.node.kind === 'committee' && entry.node.id !== own);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(index.servedCommittees(node.id)));
  const [saved, setSaved] = useState(false);
  const update = useUpdateOrgNode(node.id);
  if (committees.length === 0) return null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    update.mutate(
      { version: node.version, servedCommittees: [...chosen] },
      { onSuccess: () => setSaved(true) },
    );
  };
  const toggle = (committeeId: string) => (checked: boolean) => {
    setSaved(false);
    const next = new Set(chosen);
    if (checked) next.add(committeeId);
    else next.delete(committeeId);
    setChosen(next);
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <StatusMessage>{saved ? 'Nämnderna som enheten betjänar är sparade.' : null}</StatusMessage>
      {update.error ? <ErrorAlert error={update.error} title="Det gick inte att spara" /> : null}
      <fieldset className="fieldset">
        <legend>Betjänar även</legend>
        <p className="field-hint">
          En nämnd som {node.name} betjänar ser enheten och allt under den i sin organisation.
        </p>
        {committees.map(({ node: committee }) => (
          <CheckboxField
            key={committee.id}
            name="servedCommittees"
            label={committee.name}
            checked={chosen.has(committee.id)}
            onChange={toggle(committee.id)}
          />
        ))}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          Spara nämnderna
        </button>
      </div>
    </form>
  );
}
