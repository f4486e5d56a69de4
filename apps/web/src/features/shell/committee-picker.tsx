import type { OrgNode } from '@styr/shared/contracts/org';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { SelectField } from '../../components/form-fields.tsx';
import {
  committeeOrgPath,
  committeePath,
  followUpPath,
  indicatorPath,
  nodePath,
  planEditorPath,
  yearOptions,
} from '../org/index.ts';
import { type CommitteePlace, useSelection } from './use-selection.ts';

function placePath(committeeId: string, year: number, place: CommitteePlace | null): string {
  if (place?.page === 'node') return nodePath(committeeId, year, place.nodeId);
  if (place?.page === 'indicator') return indicatorPath(committeeId, year, place.indicatorId);
  if (place?.page === 'organisation') return committeeOrgPath(committeeId, year);
  if (place?.page === 'follow-up') return followUpPath(committeeId, year, place.followUp);
  if (place?.page === 'plan') return planEditorPath(committeeId, year);
  return committeePath(committeeId, year);
}

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
    // Staying on the same page keeps the person's place; a node or indicator belongs to its own committee.
    const sameCommittee = chosenCommittee === selection.committeeId;
    // Organisation, plan and follow-up pages exist for every committee (follow-ups are the municipality's).
    const portable = ['organisation', 'plan', 'follow-up'].includes(selection.place?.page ?? '');
    const place = sameCommittee || portable ? selection.place : null;
    navigate(placePath(chosenCommittee, nextYear, place));
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
