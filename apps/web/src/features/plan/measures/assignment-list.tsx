import type { Assignment, CommitteeYearView } from '@styr/shared/contracts/plan';
import { assignmentSourceLabels } from '@styr/shared/domain/assignments';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { ChangeButton, DialogCancel } from '../goals-editor/dialog-button.tsx';
import { SortableList } from '../goals-editor/sortable-list.tsx';
import { idsOf, moveTo } from '../goals-editor/structure-order.ts';
import { AddButton } from './add-button.tsx';
import { AssignmentForm } from './assignment-form.tsx';
import { MeasureRemovalButton } from './removal-dialog.tsx';
import { useMeasureWrite } from './use-measures.ts';

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

/** The year's assignments in the plan's order: added, changed, ordered and removed here. */
export function AssignmentList({
  view,
  editable,
  onMessage,
}: {
  view: CommitteeYearView;
  editable: boolean;
  onMessage: (message: string) => void;
}) {
  const move = useMeasureWrite(view, (api, scope, body: { assignment: Assignment; position: number }) =>
    api.moveAssignment(scope, body.assignment.id, {
      version: body.assignment.version,
      position: body.position,
    }),
  );
  const entries = view.assignments.map((assignment) => ({ ...assignment, name: assignment.title }));
  if (!editable)
    return (
      <div>
        <h3>Uppdrag</h3>
        {entries.length === 0 ? (
          <p className="empty">Planen har inga uppdrag ännu.</p>
        ) : (
          <ol className="measure-list">
            {entries.map((assignment) => (
              <li key={assignment.id} className="measure-entry">
                <h4>{assignment.title}</h4>
                <p className="goal-meta">{factsOf(assignment)}</p>
              </li>
            ))}
          </ol>
        )}
      </div>
    );
  return (
    <div>
      <h3>Uppdrag</h3>
      {move.error ? <ErrorAlert error={move.error} title="Uppdraget kunde inte flyttas" /> : null}
      {entries.length === 0 ? (
        <p className="empty">Planen har inga uppdrag ännu.</p>
      ) : (
        <SortableList
          label="Uppdrag i planens ordning"
          entries={entries}
          disabled={move.isPending}
          onMove={(moved, over, position) =>
            move.mutate(
              {
                assignment: moved,
                position: moveTo(idsOf(entries), moved.id, over.id, position).indexOf(moved.id),
              },
              { onSuccess: () => onMessage(`Uppdraget ${moved.title} är flyttat.`) },
            )
          }
        >
          {(assignment, moves) => (
            <>
              <span className="sortable-title">
                {assignment.title}
                <span className="goal-meta">{factsOf(assignment)}</span>
              </span>
              <span className="sortable-actions">
                {moves}
                <ChangeButton
                  name={assignment.title}
                  title={`Ändra uppdraget ${assignment.title}`}
                  onDone={onMessage}
                >
                  {(done) => (
                    <AssignmentForm
                      view={view}
                      assignment={assignment}
                      onDone={done}
                      cancel={<DialogCancel />}
                    />
                  )}
                </ChangeButton>
                <MeasureRemovalButton
                  view={view}
                  kind="uppdraget"
                  object={assignment}
                  onMessage={onMessage}
                />
              </span>
            </>
          )}
        </SortableList>
      )}
      <AddButton label="Lägg till uppdrag" onMessage={onMessage}>
        {(done, cancel) => <AssignmentForm view={view} assignment={null} onDone={done} cancel={cancel} />}
      </AddButton>
    </div>
  );
}
