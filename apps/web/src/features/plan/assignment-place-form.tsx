import { type Assignment, type CommitteeYearView, updateAssignmentSchema } from '@styr/shared/contracts/plan';
import { FormCheckboxGroupField } from '../../components/form/checkbox-group-field.tsx';
import { FormTextField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { assignmentPlaceWrite } from './plan-writes.ts';
import { usePlanSaveForm } from './use-plan-save-form.ts';

type Place = Pick<Assignment, 'id' | 'category' | 'labels' | 'goalIds' | 'version'>;
type Values = { category: string; labels: string; goalIds: string[] };

const toValues = (place: Place | null): Values => ({
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

/** The contract's word on the labels, said at the one field they are typed in rather than at a label's index. */
function labelIssues({ labels }: Values) {
  const checked = updateAssignmentSchema.shape.labels.safeParse(labelList(labels));
  return checked.success ? [] : [{ path: 'labels', message: checked.error.issues[0]?.message ?? '' }];
}

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
  const { save, send } = usePlanSaveForm({ view, documentName: planName }, assignmentPlaceWrite(assignment), {
    stored: assignment,
    toValues,
    toBody: ({ category, labels, goalIds }: Values) => ({
      category: category.trim() ? category.trim() : null,
      labels: labelList(labels),
      goalIds,
    }),
    check: labelIssues,
  });

  return (
    <SaveForm
      save={save}
      onSubmit={save.submit(send, { saved: 'Uppdragets kategori, etiketter och mål är sparade.' })}
      subject={`uppdraget ${assignment.title}`}
      saveContext={`kategori, etiketter och mål för uppdraget ${assignment.title}`}
    >
      <FormTextField label="Kategori" name="category" optional maxLength={200} />
      <FormTextField
        label="Etiketter"
        name="labels"
        optional
        description="Skilj etiketterna åt med kommatecken, till exempel ”barn, trygghet”."
      />
      <FormCheckboxGroupField
        label="Mål som uppdraget bidrar till"
        name="goalIds"
        optional
        options={view.goals.map((goal) => ({ value: goal.id, label: goal.title }))}
        description={view.goals.length === 0 ? 'Planen har inga mål ännu.' : undefined}
      />
    </SaveForm>
  );
}
