import type { Assignment, CommitteeYearView } from '@styr/shared/contracts/plan';
import type { CreateAssignment } from '@styr/shared/contracts/plan-measures';
import { assignmentSourceLabels } from '@styr/shared/domain/assignments';
import { useState } from 'react';
import { useApi } from '../../../api/api-context.tsx';
import { AssignmentForm } from './assignment-form.tsx';
import { MoveButtons } from './move-buttons.tsx';
import { RemovalDialog } from './removal-dialog.tsx';
import { useMeasureWrite, useYearScope } from './use-measures.ts';

/** "KF/KS uppdrag i budget · KF 2024-11-21 § 458 · även Socialnämnden Nordost · samordnas av …". */
const factsOf = (assignment: Assignment) =>
  [
    assignmentSourceLabels[assignment.source],
    assignment.decisionReference,
    assignment.alsoGivenTo.length > 0 && `även ${assignment.alsoGivenTo.join(', ')}`,
    assignment.coordinatedBy && `samordnas av ${assignment.coordinatedBy}`,
  ]
    .filter(Boolean)
    .join(' · ');

function AssignmentEntry({
  view,
  assignment,
  index,
  editable,
  onMessage,
}: {
  view: CommitteeYearView;
  assignment: Assignment;
  index: number;
  editable: boolean;
  onMessage: (message: string) => void;
}) {
  const api = useApi();
  const scope = useYearScope(view);
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const update = useMeasureWrite(view, (planMeasures, year, values: CreateAssignment) => {
    const { goalIds: _goals, yearGiven: _given, ...details } = values;
    return planMeasures.updateAssignmentDetails(year, assignment.id, {
      version: assignment.version,
      ...details,
    });
  });
  const move = useMeasureWrite(view, (planMeasures, year, position: number) =>
    planMeasures.moveAssignment(year, assignment.id, { version: assignment.version, position }),
  );
  const remove = useMeasureWrite(view, (planMeasures, year, version: number) =>
    planMeasures.removeAssignment(year, assignment.id, version),
  );
  return (
    <li className="measure-entry">
      <h4>{assignment.title}</h4>
      <p className="goal-meta">{factsOf(assignment)}</p>
      {editable && (
        <div className="button-row">
          <MoveButtons
            name={assignment.title}
            index={index}
            count={view.assignments.length}
            disabled={move.isPending}
            onMove={(position) => move.mutate(position)}
          />
          <button
            type="button"
            className="button button-secondary button-small"
            aria-expanded={editing}
            aria-label={`Ändra ${assignment.title}`}
            onClick={() => setEditing(!editing)}
          >
            Ändra
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={`Ta bort ${assignment.title}`}
            onClick={() => setRemoving(true)}
          >
            Ta bort
          </button>
        </div>
      )}
      {editable && editing && (
        <AssignmentForm
          view={view}
          assignment={assignment}
          isPending={update.isPending}
          onCancel={() => setEditing(false)}
          onSubmit={(values) =>
            update.mutateAsync(values).then(() => {
              setEditing(false);
              onMessage('Uppdraget är sparat.');
            })
          }
        />
      )}
      <RemovalDialog
        isOpen={removing}
        onOpenChange={setRemoving}
        name={assignment.title}
        kind="uppdraget"
        year={view.year}
        loadImpact={() => api.planMeasures.assignmentRemoval(scope, assignment.id)}
        onConfirm={() =>
          remove.mutate(assignment.version, {
            onSuccess: () => {
              setRemoving(false);
              onMessage(`Uppdraget är borttaget ur planen för ${view.year}.`);
            },
          })
        }
        isPending={remove.isPending}
        error={remove.error}
      />
    </li>
  );
}

/** The year's assignments in the plan's order: added, changed, moved and removed here. */
export function AssignmentList({
  view,
  editable,
  onMessage,
}: {
  view: CommitteeYearView;
  editable: boolean;
  onMessage: (message: string) => void;
}) {
  const [adding, setAdding] = useState(false);
  const create = useMeasureWrite(view, (api, scope, body: CreateAssignment) =>
    api.createAssignment(scope, body),
  );
  return (
    <div>
      <h3>Uppdrag</h3>
      {view.assignments.length === 0 ? (
        <p className="empty">Planen har inga uppdrag ännu.</p>
      ) : (
        <ol className="measure-list">
          {view.assignments.map((assignment, index) => (
            <AssignmentEntry
              key={assignment.id}
              view={view}
              assignment={assignment}
              index={index}
              editable={editable}
              onMessage={onMessage}
            />
          ))}
        </ol>
      )}
      {editable &&
        (adding ? (
          <AssignmentForm
            view={view}
            assignment={null}
            isPending={create.isPending}
            onCancel={() => setAdding(false)}
            onSubmit={(values) =>
              create.mutateAsync(values).then(() => {
                setAdding(false);
                onMessage('Uppdraget är tillagt.');
              })
            }
          />
        ) : (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            Lägg till uppdrag
          </button>
        ))}
    </div>
  );
}
