import { type Assignment, assignmentSchema, type CommitteeYearView } from '@styr/shared/contracts/plan';
import {
  createAssignmentSchema,
  type UpdateAssignmentDetails,
  updateAssignmentDetailsSchema,
} from '@styr/shared/contracts/plan-measures';
import { assignmentSourceLabels, assignmentSources } from '@styr/shared/domain/assignments';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { FormCheckboxGroupField } from '../../../components/form/checkbox-group-field.tsx';
import { FormSelectField, FormTextAreaField, FormTextField } from '../../../components/form/fields.tsx';
import { SaveForm } from '../../../components/form/save-form.tsx';
import { useOrgTree } from '../../org/index.ts';
import { useAddOrChangeForm } from '../goals-editor/use-add-or-change-form.ts';
import { GoalChoice } from './goal-choice.tsx';
import { useMeasureWrite } from './use-measures.ts';

/** What the form edits of an assignment, as the year, a save and a version conflict give it. */
const detailsSchema = assignmentSchema.pick({
  id: true,
  title: true,
  description: true,
  source: true,
  decisionReference: true,
  alsoGivenTo: true,
  coordinatedBy: true,
  version: true,
});
type Details = z.infer<typeof detailsSchema>;
type Body = z.output<typeof createAssignmentSchema> | UpdateAssignmentDetails;
type Values = {
  title: string;
  description: string;
  source: string;
  decisionReference: string;
  alsoGivenTo: string[];
  coordinatedBy: string;
  goalIds: string[];
};

const toValues = (assignment: Details | null): Values => ({
  title: assignment?.title ?? '',
  description: assignment?.description ?? '',
  source: assignment?.source ?? 'budget',
  decisionReference: assignment?.decisionReference ?? '',
  alsoGivenTo: assignment?.alsoGivenTo ?? [],
  coordinatedBy: assignment?.coordinatedBy ?? '',
  goalIds: [],
});

/**
 * What an assignment is: title, description, where it comes from and its decision, the other committees given
 * it and the one coordinating it, and (for a new one) the goals it serves. The same form adds and changes.
 */
export function AssignmentForm({
  view,
  assignment,
  onDone,
  cancel,
}: {
  view: CommitteeYearView;
  /** The assignment to change, or null for a new one. */
  assignment: Assignment | null;
  onDone: (message: string) => void;
  /** The button that leaves the form without saving. */
  cancel: ReactNode;
}) {
  const write = useMeasureWrite(view, async (api, scope, body: Body): Promise<Details> => {
    if (!('version' in body)) return api.createAssignment(scope, body);
    if (!assignment) throw new Error('Only a stored assignment has a version to change');
    // The change answers with the new version only: the details are those sent.
    const { version } = await api.updateAssignmentDetails(scope, assignment.id, body);
    return { ...assignment, ...body, version };
  });
  const { save, onSubmit } = useAddOrChangeForm({
    stored: assignment,
    toValues,
    create: createAssignmentSchema,
    update: updateAssignmentDetailsSchema,
    // The goals of a new assignment only: a stored one's are chosen with its category and labels.
    toFields: ({ goalIds, ...values }: Values) => ({
      ...(!assignment && { goalIds }),
      ...values,
      description: values.description || null,
      decisionReference: values.decisionReference || null,
      coordinatedBy: values.coordinatedBy || null,
    }),
    storedSchema: detailsSchema,
    send: write.mutateAsync,
    onSaved: () => onDone(assignment ? 'Uppdraget är sparat.' : 'Uppdraget är tillagt.'),
  });
  const tree = useOrgTree(view.year);
  const committees = (tree.data?.nodes ?? [])
    .filter((node) => node.kind === 'committee')
    .map((node) => node.name);
  // A committee named before, since renamed or closed, stays as it was until someone unticks it.
  const others = [
    ...new Set([
      ...committees.filter((name) => name !== view.committee.name),
      ...(assignment?.alsoGivenTo ?? []),
    ]),
  ];
  const coordinator = assignment?.coordinatedBy;
  const coordinators =
    coordinator && !committees.includes(coordinator) ? [...committees, coordinator] : committees;
  return (
    <SaveForm
      save={save}
      className="item-form measure-form"
      label={assignment ? `Ändra uppdraget ${assignment.title}` : 'Nytt uppdrag'}
      onSubmit={onSubmit}
      subject={`uppdraget ${assignment?.title ?? ''}`}
      saveLabel={assignment ? 'Spara uppdraget' : 'Lägg till uppdraget'}
      actions={cancel}
    >
      <FormTextAreaField label="Uppdrag" name="title" rows={2} maxLength={1000} />
      <FormTextAreaField label="Beskrivning" name="description" optional rows={3} maxLength={5000} />
      <FormSelectField
        label="Källa"
        name="source"
        options={assignmentSources.map((value) => ({ value, label: assignmentSourceLabels[value] }))}
      />
      <FormTextField
        label="Beslut"
        name="decisionReference"
        optional
        width="medium"
        maxLength={200}
        description="Till exempel KF 2024-11-21 § 458."
      />
      <FormCheckboxGroupField
        label="Ges även till"
        name="alsoGivenTo"
        optional
        options={others.map((name) => ({ value: name, label: name }))}
      />
      <FormSelectField
        label="Samordnas av"
        name="coordinatedBy"
        optional
        options={[
          { value: '', label: 'Ingen samordnande nämnd' },
          ...coordinators.map((name) => ({ value: name, label: name })),
        ]}
      />
      {!assignment && <GoalChoice view={view} legend="Mål som uppdraget bidrar till" optional />}
    </SaveForm>
  );
}
