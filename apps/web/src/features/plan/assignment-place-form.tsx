import {
  type Assignment,
  assignmentPlaceSchema,
  type CommitteeYearView,
  type UpdateAssignment,
  updateAssignmentSchema,
} from '@styr/shared/contracts/plan';
import { type FormEvent, useRef } from 'react';
import { CheckboxField, TextField } from '../../components/form-fields.tsx';
import { ItemFeedback, SaveRow } from '../../components/item-form-parts.tsx';
import { useItemForm, useItemSave } from '../../components/use-item-form.ts';
import { withAssignmentPlace } from './plan-cache.ts';
import { usePlanWrite, useUpdateYearCache } from './use-plan-write.ts';

type Place = Pick<Assignment, 'id' | 'category' | 'labels' | 'goalIds' | 'version'>;

const toValues = (place: Place | null) => ({
  category: place?.category ?? '',
  labels: place?.labels.join(', ') ?? '',
  goalIds: place?.goalIds ?? [],
});

/** "barn, trygghet" as the labels it names; empty parts are left out. */
const labelList = (text: string) =>
  text
    .split(',')
    .map((label) => label.trim())
    .filter(Boolean);

/** An assignment's category, labels and the goals of the year it serves, saved together. */
export function AssignmentPlaceForm({
  assignment,
  view,
  planName,
}: {
  assignment: Assignment;
  view: CommitteeYearView;
  planName: string;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const save = useItemSave(assignmentPlaceSchema, formRef);
  const item = useItemForm<Place, ReturnType<typeof toValues>>(assignment, toValues, save.clearField);
  const updateCache = useUpdateYearCache(view.committee.id, view.year);
  const write = usePlanWrite(
    view.committee.id,
    view.year,
    (api, scope, body: UpdateAssignment) => api.updateAssignment(scope, assignment.id, body),
    (saved) => withAssignmentPlace(saved),
  );
  const goalTitle = (id: string) => view.goals.find((goal) => goal.id === id)?.title ?? id;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.begin();
    const { category, labels, goalIds } = item.values;
    const body = save.validate(updateAssignmentSchema, {
      version: item.base?.version ?? assignment.version,
      category: category.trim() ? category.trim() : null,
      labels: labelList(labels),
      goalIds,
    });
    if (!body) return;
    const sent = item.values;
    write.mutate(body, {
      onSuccess: (saved) => {
        item.accept(saved, sent);
        save.onSaved('Uppdragets kategori, etiketter och mål är sparade.');
      },
      onError: save.onError,
    });
  };

  const toggleGoal = (goalId: string) => (checked: boolean) =>
    item.change('goalIds')(
      checked
        ? view.goals.map((goal) => goal.id).filter((id) => id === goalId || item.values.goalIds.includes(id))
        : item.values.goalIds.filter((id) => id !== goalId),
    );

  return (
    <form ref={formRef} className="item-form" onSubmit={onSubmit} noValidate>
      <ItemFeedback
        save={save}
        subject={`uppdraget ${assignment.title}`}
        conflictRows={(current) => [
          { label: 'Kategori', value: current.category ?? '–' },
          { label: 'Etiketter', value: current.labels.join(', ') || '–' },
          { label: 'Bidrar till', value: current.goalIds.map(goalTitle).join('; ') || '–' },
        ]}
        onReload={(current) => {
          item.accept(current);
          save.clearConflict();
          updateCache(withAssignmentPlace(current));
        }}
        documentName={planName}
        onRefresh={() => updateCache(null)}
      />
      <TextField
        label="Kategori"
        name="category"
        optional
        value={item.values.category}
        onChange={item.change('category')}
        error={save.errors.category}
        maxLength={200}
      />
      <TextField
        label="Etiketter"
        name="labels"
        optional
        value={item.values.labels}
        onChange={item.change('labels')}
        error={save.errors.labels}
        description="Skilj etiketterna åt med kommatecken, till exempel ”barn, trygghet”."
      />
      <fieldset className="field field-radios">
        <legend className="field-label">
          Mål som uppdraget bidrar till<span className="field-optional"> (valfritt)</span>
        </legend>
        {view.goals.length === 0 && <p className="muted">Planen har inga mål ännu.</p>}
        {view.goals.map((goal) => (
          <CheckboxField
            key={goal.id}
            label={goal.title}
            name={`goal-${goal.id}`}
            checked={item.values.goalIds.includes(goal.id)}
            onChange={toggleGoal(goal.id)}
          />
        ))}
      </fieldset>
      <SaveRow
        context={`kategori, etiketter och mål för uppdraget ${assignment.title}`}
        pending={write.isPending}
        dirty={item.dirty}
        saved={save.saved}
      />
    </form>
  );
}
