import { zodResolver } from '@hookform/resolvers/zod';
import type { Activity, Goal } from '@styr/shared/contracts/plan';
import { type ActivityInput, activityInputSchema } from '@styr/shared/contracts/plan-structure';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { ErrorAlert } from '../../../components/alerts.tsx';
import type { SelectOption } from '../../../components/form-fields.tsx';
import { FormSelect, FormText } from './form-controls.tsx';
import { RemovalButton } from './removal-button.tsx';
import { SortableList } from './sortable-list.tsx';
import { moveTo } from './structure-order.ts';
import { type StructureTarget, showFieldErrors, useStructureWrite } from './use-structure-write.ts';

function ActivityForm({
  target,
  goal,
  activity,
  owners,
  onDone,
}: {
  target: StructureTarget;
  goal: Goal;
  activity: Activity | null;
  owners: readonly SelectOption[];
  onDone: (message: string) => void;
}) {
  const form = useForm<ActivityInput>({
    resolver: zodResolver(activityInputSchema),
    defaultValues: {
      title: activity?.title ?? '',
      ownerNodeId: activity?.ownerNodeId ?? null,
      due: activity?.due ?? null,
    },
  });
  const [failure, setFailure] = useState<unknown>(null);
  const write = useStructureWrite(target, (api, scope, body: ActivityInput) =>
    activity
      ? api.planStructure.updateActivity(scope, goal.id, activity.id, { ...body, version: activity.version })
      : api.planStructure.createActivity(scope, goal.id, body),
  );
  const onSubmit = form.handleSubmit((body) => {
    setFailure(null);
    write.mutate(body, {
      onSuccess: (saved) => {
        form.reset({ title: '', ownerNodeId: null, due: null });
        onDone(activity ? `Aktiviteten ${saved.title} är ändrad.` : `Aktiviteten ${saved.title} är tillagd.`);
      },
      onError: (error) => {
        if (!showFieldErrors(form, error)) setFailure(error);
      },
    });
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="item-form"
      aria-label={activity ? `Ändra aktiviteten ${activity.title}` : 'Ny aktivitet'}
    >
      {failure ? <ErrorAlert error={failure} /> : null}
      <FormText control={form.control} name="title" label="Aktivitet" maxLength={500} />
      <FormSelect
        control={form.control}
        name="ownerNodeId"
        label="Ansvarig enhet"
        optional
        options={owners}
      />
      <FormText
        control={form.control}
        name="due"
        label="Klar senast"
        optional
        maxLength={10}
        description="Skriv som ÅÅÅÅ-MM-DD."
      />
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={write.isPending}>
          {activity ? 'Spara aktiviteten' : 'Lägg till aktiviteten'}
        </Button>
      </div>
    </form>
  );
}

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
    api.planStructure.orderActivities(scope, goal.id, {
      items: ids.map((id) => ({
        id,
        version: goal.activities.find((entry) => entry.id === id)?.version ?? 1,
      })),
    }),
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
          canMove={() => true}
          disabled={order.isPending}
          onMove={(moved, over, position) =>
            order.mutate(
              moveTo(
                entries.map((entry) => entry.id),
                moved.id,
                over.id,
                position,
              ),
              { onSuccess: () => onDone(`Aktiviteten ${moved.title} är flyttad.`) },
            )
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
                <RemovalButton
                  target={target}
                  name={activity.title}
                  title="Ta bort aktiviteten?"
                  removedMessage={`Aktiviteten ${activity.title} är borttagen.`}
                  remove={(api, scope) =>
                    api.planStructure.deleteActivity(scope, goal.id, activity.id, activity.version)
                  }
                  onDone={onDone}
                />
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
