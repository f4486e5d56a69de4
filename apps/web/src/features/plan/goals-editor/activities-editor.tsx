import type { Goal } from '@styr/shared/contracts/plan';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { ErrorAlert } from '../../../components/alerts.tsx';
import type { SelectOption } from '../../../components/form-fields.tsx';
import { ActivityForm } from './activity-form.tsx';
import { activityRemoval } from './removables.ts';
import { RemovalButton } from './removal-button.tsx';
import { SortableList } from './sortable-list.tsx';
import { idsOf, moveTo, orderOf } from './structure-order.ts';
import { type StructureTarget, useStructureWrite } from './use-structure-write.ts';

/** A goal's activities: added, changed, ordered and removed, with the unit responsible for each. */
export function ActivitiesEditor({
  target,
  goal,
  owners,
  onDone,
}: {
  target: StructureTarget;
  goal: Goal;
  /** The units beneath the committee, with "Nämnden" for none. */
  owners: readonly SelectOption[];
  onDone: (message: string) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const order = useStructureWrite(target, (api, scope, ids: string[]) =>
    api.planStructure.orderActivities(scope, goal.id, orderOf(ids, goal.activities)),
  );
  const entries = goal.activities.map((activity) => ({ ...activity, name: activity.title }));
  const ownerName = (id: string | null) => owners.find((owner) => owner.value === (id ?? ''))?.label;
  const edited = goal.activities.find((activity) => activity.id === editing) ?? null;
  return (
    <>
      {order.error ? <ErrorAlert error={order.error} /> : null}
      {entries.length === 0 ? (
        <p className="empty">Målet har inga aktiviteter ännu.</p>
      ) : (
        <SortableList
          label={`Aktiviteter under målet ${goal.title}`}
          entries={entries}
          disabled={order.isPending}
          onMove={(moved, over, position) =>
            order.mutate(moveTo(idsOf(entries), moved.id, over.id, position), {
              onSuccess: () => onDone(`Aktiviteten ${moved.title} är flyttad.`),
            })
          }
        >
          {(activity, moves) => (
            <>
              <span className="sortable-title">{activity.title}</span>
              <span className="goal-meta">
                {ownerName(activity.ownerNodeId)}
                {activity.due && ` · klar senast ${activity.due}`}
              </span>
              <span className="sortable-actions">
                {moves}
                <Button
                  className="button button-small button-secondary"
                  aria-label={`Ändra ${activity.title}`}
                  onPress={() => setEditing(activity.id)}
                >
                  Ändra
                </Button>
                <RemovalButton target={target} removal={activityRemoval(goal, activity)} onDone={onDone} />
              </span>
            </>
          )}
        </SortableList>
      )}
      <h3 className="dialog-subheading">{edited ? `Ändra aktiviteten ${edited.title}` : 'Ny aktivitet'}</h3>
      <ActivityForm
        key={edited?.id ?? 'ny'}
        target={target}
        goal={goal}
        activity={edited}
        owners={owners}
        onDone={(message) => {
          setEditing(null);
          onDone(message);
        }}
      />
    </>
  );
}
