import { type Activity, activitySchema, type Goal } from '@styr/shared/contracts/plan';
import {
  type ActivityInput,
  activityInputSchema,
  type UpdateActivityPlan,
  updateActivityPlanSchema,
} from '@styr/shared/contracts/plan-structure';
import { FormDateField, FormSelectField, FormTextField } from '../../../components/form/fields.tsx';
import { SaveForm } from '../../../components/form/save-form.tsx';
import { storedValues } from '../../../components/form/stored-values.ts';
import type { SelectOption } from '../../../components/form-fields.tsx';
import { useAddOrChangeForm } from './use-add-or-change-form.ts';
import { type StructureTarget, useStructureWrite } from './use-structure-write.ts';

type Values = { title: string; ownerNodeId: string; due: string };

const toValues = storedValues<Values>({ title: '', ownerNodeId: '', due: '' });

/** One of a goal's activities, added last or changed: what is done, by which unit, and by when. */
export function ActivityForm({
  target,
  goal,
  activity,
  owners,
  onDone,
}: {
  target: StructureTarget;
  goal: Goal;
  activity: Activity | null;
  /** The units beneath the committee, with "Nämnden" (the empty value) for none. */
  owners: readonly SelectOption[];
  onDone: (message: string) => void;
}) {
  const write = useStructureWrite(target, (api, scope, body: ActivityInput | UpdateActivityPlan) =>
    activity && 'version' in body
      ? api.planStructure.updateActivity(scope, goal.id, activity.id, body)
      : api.planStructure.createActivity(scope, goal.id, body),
  );
  const { save, onSubmit } = useAddOrChangeForm({
    stored: activity,
    toValues,
    create: activityInputSchema,
    update: updateActivityPlanSchema,
    storedSchema: activitySchema,
    send: write.mutateAsync,
    onSaved: (saved: Activity) =>
      onDone(activity ? `Aktiviteten ${saved.title} är ändrad.` : `Aktiviteten ${saved.title} är tillagd.`),
  });
  return (
    <SaveForm
      save={save}
      label={activity ? `Ändra aktiviteten ${activity.title}` : 'Ny aktivitet'}
      onSubmit={onSubmit}
      subject={`aktiviteten ${activity?.title ?? ''}`}
      saveLabel={activity ? 'Spara aktiviteten' : 'Lägg till aktiviteten'}
    >
      <FormTextField label="Aktivitet" name="title" maxLength={500} />
      <FormSelectField label="Ansvarig enhet" name="ownerNodeId" optional options={owners} />
      <FormDateField label="Klar senast" name="due" optional />
    </SaveForm>
  );
}
