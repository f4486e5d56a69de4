import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import {
  type GoalArea,
  type GoalAreaInput,
  goalAreaInputSchema,
  goalAreaSchema,
  type UpdateGoalArea,
  updateGoalAreaSchema,
} from '@styr/shared/contracts/plan-structure';
import { FormTextAreaField, FormTextField } from '../../../components/form/fields.tsx';
import { SaveForm } from '../../../components/form/save-form.tsx';
import { storedValues } from '../../../components/form/stored-values.ts';
import { DialogCancel } from './dialog-button.tsx';
import { useAddOrChangeForm } from './use-add-or-change-form.ts';
import { type StructureTarget, useStructureWrite } from './use-structure-write.ts';

type Area = CommitteeYearView['goalAreas'][number];
type Values = { name: string; description: string; responsible: string; processLead: string };

const toValues = storedValues<Values>({ name: '', description: '', responsible: '', processLead: '' });

/** A goal area's name, description and the people responsible: added last in the plan, or changed. */
export function GoalAreaForm({
  target,
  area = null,
  onDone,
}: {
  target: StructureTarget;
  /** The area changed; absent for a new one. */
  area?: Area | null;
  onDone: (message: string) => void;
}) {
  const write = useStructureWrite(target, (api, scope, body: GoalAreaInput | UpdateGoalArea) =>
    area && 'version' in body
      ? api.planStructure.updateGoalArea(scope, area.id, body)
      : api.planStructure.createGoalArea(scope, body),
  );
  const { save, onSubmit } = useAddOrChangeForm({
    stored: area,
    toValues,
    create: goalAreaInputSchema,
    update: updateGoalAreaSchema,
    storedSchema: goalAreaSchema,
    send: write.mutateAsync,
    onSaved: (saved: GoalArea) =>
      onDone(area ? `Målområdet ${saved.name} är ändrat.` : `Målområdet ${saved.name} är tillagt.`),
  });
  return (
    <SaveForm
      save={save}
      onSubmit={onSubmit}
      subject={`målområdet ${area?.name ?? ''}`}
      saveLabel={area ? 'Spara målområdet' : 'Lägg till målområdet'}
      actions={<DialogCancel />}
    >
      <FormTextField label="Namn" name="name" maxLength={500} />
      <FormTextAreaField label="Beskrivning" name="description" optional rows={3} maxLength={20_000} />
      <FormTextField label="Ansvarig" name="responsible" optional maxLength={200} width="medium" />
      <FormTextField label="Processledare" name="processLead" optional maxLength={200} width="medium" />
    </SaveForm>
  );
}
