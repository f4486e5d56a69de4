import type { OrgNode } from '@styr/shared/contracts/org';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { SelectField } from '../../components/form-fields.tsx';
import { committeePath, nodePath, yearOptions } from '../org/org-paths.ts';
import { useSelection } from './use-selection.ts';

/** Choosing only takes effect with "Visa", so that moving through the options never changes page (WCAG 3.2.2). */
export function CommitteePicker({
  committees,
  committeeId,
  year,
}: {
  committees: readonly OrgNode[];
  committeeId: string | null;
  year: number;
}) {
  const navigate = useNavigate();
  const selection = useSelection();
  const [chosenCommittee, setChosenCommittee] = useState(committeeId ?? committees[0]?.id ?? '');
  const [chosenYear, setChosenYear] = useState(String(year));

  if (committees.length === 0) {
    return <p className="sidebar-note">Det finns ingen nämnd som du har behörighet till.</p>;
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const nextYear = Number(chosenYear);
    // Staying on the same node when only the year changes keeps the person's place.
    if (selection.nodeId && chosenCommittee === selection.committeeId) {
      navigate(nodePath(chosenCommittee, nextYear, selection.nodeId));
    } else {
      navigate(committeePath(chosenCommittee, nextYear));
    }
  };

  return (
    <form className="picker" onSubmit={onSubmit}>
      <SelectField
        label="Nämnd"
        name="committee"
        value={chosenCommittee}
        onChange={setChosenCommittee}
        options={committees.map((node) => ({
          value: node.id,
          label: node.validTo ? `${node.name} (t.o.m. ${node.validTo.slice(0, 4)})` : node.name,
        }))}
      />
      <div className="picker-row">
        <SelectField
          label="År"
          name="year"
          value={chosenYear}
          onChange={setChosenYear}
          options={yearOptions(year).map((option) => ({ value: String(option), label: String(option) }))}
        />
        <button type="submit" className="button button-secondary">
          Visa
        </button>
      </div>
    </form>
  );
}
