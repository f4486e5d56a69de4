import { zodResolver } from '@hookform/resolvers/zod';
import { goalKinds } from '@styr/shared/contracts/interchange';
import type { CommitteeYearView, Goal } from '@styr/shared/contracts/plan';
import {
  type AdaptGoal,
  adaptGoalSchema,
  type GoalInput,
  goalInputSchema,
} from '@styr/shared/contracts/plan-structure';
import { goalPlaceProblem } from '@styr/shared/domain/plan-structure';
import { type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { type FieldValues, type UseFormReturn, useForm } from 'react-hook-form';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { FormSelect, FormText } from './form-controls.tsx';
import { type StructureTarget, showFieldErrors, useStructureWrite } from './use-structure-write.ts';

const newGoal = 'ny';

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
      .map((goal) => ({ value: goal.id, label: goal.focus ? `${goal.title} (${goal.focus})` : goal.title })),
  ];
}

const areaOptions = (view: CommitteeYearView, none: string | null) => [
  ...(none === null ? [] : [{ value: '', label: none }]),
  ...view.goalAreas.map((area) => ({ value: area.id, label: area.name })),
];

function FormButtons({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <div className="button-row">
      {/* Not isPending: React Aria would announce the button by id after the dialog has closed and removed it. */}
      <Button type="submit" className="button" isDisabled={pending}>
        {children}
      </Button>
      <Button className="button button-secondary" slot="close">
        Avbryt
      </Button>
    </div>
  );
}

/** Submits through `write`, putting the server's field errors on the fields and any other in an alert. */
function useSubmit<T extends FieldValues, R>(
  form: UseFormReturn<T>,
  write: {
    mutate: (body: T, options: { onSuccess: (saved: R) => void; onError: (error: unknown) => void }) => void;
  },
  onSaved: (saved: R) => void,
) {
  const [failure, setFailure] = useState<unknown>(null);
  const onSubmit = form.handleSubmit((body) => {
    setFailure(null);
    write.mutate(body, {
      onSuccess: onSaved,
      onError: (error) => {
        if (!showFieldErrors(form, error)) setFailure(error);
      },
    });
  });
  return { onSubmit, failure };
}

/** A goal's kind, title, goal area, parent goal and focus: a new goal last in the plan, or one changed. */
export function GoalForm({
  target,
  view,
  goal,
  onDone,
}: {
  target: StructureTarget;
  view: CommitteeYearView;
  goal?: Goal;
  onDone: (message: string) => void;
}) {
  const form = useForm<GoalInput>({
    resolver: zodResolver(goalInputSchema),
    defaultValues: {
      kind: goal?.kind ?? 'committee',
      title: goal?.title ?? '',
      goalAreaId: goal?.goalAreaId ?? null,
      parentGoalId: goal?.parentGoalId ?? null,
      focus: goal?.focus ?? null,
    },
  });
  const write = useStructureWrite(
    target,
    async (api, scope, body: GoalInput): Promise<{ title: string }> =>
      goal
        ? api.plan.updateGoal(scope, goal.id, { ...body, version: goal.version })
        : api.planStructure.createGoal(scope, body),
  );
  const { onSubmit, failure } = useSubmit(form, write, (saved) =>
    onDone(goal ? `Målet ${saved.title} är ändrat.` : `Målet ${saved.title} är tillagt.`),
  );
  const { control } = form;
  const kind = form.watch('kind');
  return (
    <form onSubmit={onSubmit} noValidate className="item-form">
      {failure ? <ErrorAlert error={failure} /> : null}
      <FormSelect
        control={control}
        name="kind"
        label="Slag av mål"
        options={goalKinds.map((value) => ({ value, label: view.labels[`goalKind.${value}`] }))}
      />
      <FormText control={control} name="title" label="Rubrik" maxLength={500} />
      <FormSelect
        control={control}
        name="goalAreaId"
        label="Målområde"
        optional
        options={areaOptions(view, 'Inget målområde')}
      />
      <FormSelect
        control={control}
        name="parentGoalId"
        label="Överordnat mål"
        optional
        description="Målet som detta mål bidrar till, till exempel ett av kommunfullmäktiges mål."
        options={parentOptions(view, goal?.id ?? newGoal, kind)}
      />
      <FormText
        control={control}
        name="focus"
        label="Fokus"
        optional
        maxLength={500}
        description="Hur nämnden anpassar målet, till exempel ”fokus tidiga insatser”."
      />
      <FormButtons pending={write.isPending}>{goal ? 'Spara målet' : 'Lägg till målet'}</FormButtons>
    </form>
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
  const form = useForm<AdaptGoal>({
    resolver: zodResolver(adaptGoalSchema),
    defaultValues: { goalAreaId: otherArea?.id ?? '', focus: null },
  });
  const write = useStructureWrite(target, (api, scope, body: AdaptGoal) =>
    api.planStructure.adaptGoal(scope, goal.id, body),
  );
  const { onSubmit, failure } = useSubmit(form, write, () =>
    onDone(`Målet ${goal.title} är anpassat till ytterligare ett målområde.`),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="item-form">
      {failure ? <ErrorAlert error={failure} /> : null}
      <FormSelect
        control={form.control}
        name="goalAreaId"
        label="Målområde"
        options={areaOptions(view, null).filter((option) => option.value !== goal.goalAreaId)}
      />
      <FormText
        control={form.control}
        name="focus"
        label="Fokus i målområdet"
        optional
        maxLength={500}
        description="Till exempel ”fokus arbete och sysselsättning”."
      />
      <FormButtons pending={write.isPending}>Anpassa målet</FormButtons>
    </form>
  );
}
