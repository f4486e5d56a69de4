import { goalKinds } from '@styr/shared/contracts/interchange';
import {
  type CommitteeYearView,
  type Goal,
  goalTextSchema,
  type UpdateGoal,
  updateGoalSchema,
} from '@styr/shared/contracts/plan';
import {
  type AdaptGoal,
  adaptGoalSchema,
  type GoalInput,
  type GoalPlace,
  goalInputSchema,
} from '@styr/shared/contracts/plan-structure';
import { goalPlaceProblem } from '@styr/shared/domain/plan-structure';
import { FormSelectField, FormTextField } from '../../../components/form/fields.tsx';
import { SaveForm } from '../../../components/form/save-form.tsx';
import { storedValues } from '../../../components/form/stored-values.ts';
import { useSaveForm } from '../../../components/form/use-save-form.ts';
import { GoalFocusField, ParentGoalField } from '../goal-fields.tsx';
import { DialogCancel } from './dialog-button.tsx';
import { useAddOrChangeForm } from './use-add-or-change-form.ts';
import { type StructureTarget, useStructureWrite } from './use-structure-write.ts';

const newGoal = 'ny';

/** What the goal form edits of a goal: the same whether it comes from the year, a save or a conflict. */
type GoalFields = Pick<Goal, 'id' | 'kind' | 'title' | 'goalAreaId' | 'parentGoalId' | 'focus' | 'version'>;
type Values = { kind: string; title: string; goalAreaId: string; parentGoalId: string; focus: string };

const toValues = storedValues<Values>({
  kind: 'committee',
  title: '',
  goalAreaId: '',
  parentGoalId: '',
  focus: '',
});

const goalName = (goal: Pick<Goal, 'title' | 'focus'>) =>
  goal.focus ? `${goal.title} (${goal.focus})` : goal.title;

/** The goals a goal of `kind` may stand beneath: the year's others of its level or higher, not beneath it. */
function parentOptions(view: CommitteeYearView, goalId: string, kind: string) {
  const placed = view.goals.map((goal) => ({
    id: goal.id,
    parent: goal.parentGoalId,
    kind: goal.kind,
    title: goal.title,
  }));
  return [
    { value: '', label: 'Inget överordnat mål' },
    ...view.goals
      .filter(
        (goal) => goal.id !== goalId && !goalPlaceProblem(placed, { id: goalId, kind, parent: goal.id }),
      )
      .map((goal) => ({ value: goal.id, label: goalName(goal) })),
  ];
}

const areaOptions = (view: CommitteeYearView, none: string | null) => [
  ...(none === null ? [] : [{ value: '', label: none }]),
  ...view.goalAreas.map((area) => ({ value: area.id, label: area.name })),
];

/** A goal's kind, title, goal area, parent goal and focus: a new goal last in the plan, or one changed. */
export function GoalForm({
  target,
  view,
  goal = null,
  onDone,
}: {
  target: StructureTarget;
  view: CommitteeYearView;
  goal?: Goal | null;
  onDone: (message: string) => void;
}) {
  const write = useStructureWrite(
    target,
    async (api, scope, body: GoalInput | UpdateGoal): Promise<GoalFields> => {
      if (!('version' in body)) return api.planStructure.createGoal(scope, body);
      if (!goal) throw new Error('Only a stored goal has a version to change');
      return api.plan.updateGoal(scope, goal.id, body);
    },
  );
  const { save, onSubmit } = useAddOrChangeForm({
    stored: goal,
    toValues,
    create: goalInputSchema,
    update: updateGoalSchema,
    storedSchema: goalTextSchema,
    send: write.mutateAsync,
    onSaved: (saved: GoalFields) =>
      onDone(goal ? `Målet ${saved.title} är ändrat.` : `Målet ${saved.title} är tillagt.`),
  });
  return (
    <SaveForm
      save={save}
      onSubmit={onSubmit}
      subject={`målet ${goal?.title ?? ''}`}
      saveLabel={goal ? 'Spara målet' : 'Lägg till målet'}
      actions={<DialogCancel />}
    >
      <FormSelectField
        label="Slag av mål"
        name="kind"
        options={goalKinds.map((value) => ({ value, label: view.labels[`goalKind.${value}`] }))}
      />
      <FormTextField label="Rubrik" name="title" maxLength={500} />
      <FormSelectField
        label="Målområde"
        name="goalAreaId"
        optional
        options={areaOptions(view, 'Inget målområde')}
      />
      <ParentGoalField options={parentOptions(view, goal?.id ?? newGoal, save.form.watch('kind'))} />
      <GoalFocusField />
    </SaveForm>
  );
}

/** A council goal adapted to another goal area: the same goal there, with that area's focus. */
export function AdaptGoalForm({
  target,
  view,
  goal,
  onDone,
}: {
  target: StructureTarget;
  view: CommitteeYearView;
  goal: Goal;
  onDone: (message: string) => void;
}) {
  const otherArea = view.goalAreas.find((area) => area.id !== goal.goalAreaId);
  const write = useStructureWrite(target, (api, scope, body: AdaptGoal) =>
    api.planStructure.adaptGoal(scope, goal.id, body),
  );
  const save = useSaveForm<GoalPlace, { goalAreaId: string; focus: string }, AdaptGoal>({
    stored: null,
    toValues: () => ({ goalAreaId: otherArea?.id ?? '', focus: '' }),
    schema: adaptGoalSchema,
    toBody: (values) => ({ goalAreaId: values.goalAreaId, focus: values.focus || null }),
    afterSave: 'clear',
  });
  return (
    <SaveForm
      save={save}
      onSubmit={save.submit(write.mutateAsync, {
        saved: '',
        onSaved: () => onDone(`Målet ${goal.title} är anpassat till ytterligare ett målområde.`),
      })}
      subject={`målet ${goal.title}`}
      saveLabel="Anpassa målet"
      actions={<DialogCancel />}
    >
      <FormSelectField
        label="Målområde"
        name="goalAreaId"
        options={areaOptions(view, null).filter((option) => option.value !== goal.goalAreaId)}
      />
      <FormTextField
        label="Fokus i målområdet"
        name="focus"
        optional
        maxLength={500}
        description="Till exempel ”fokus arbete och sysselsättning”."
      />
    </SaveForm>
  );
}
