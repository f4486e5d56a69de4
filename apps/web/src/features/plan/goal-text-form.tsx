import { type Goal, goalTextSchema, type UpdateGoal, updateGoalSchema } from '@styr/shared/contracts/plan';
import { parentProblem } from '@styr/shared/domain/goal-hierarchy';
import { type FormEvent, useRef } from 'react';
import { SelectField, TextField } from '../../components/form-fields.tsx';
import { ItemFeedback, SaveRow } from '../../components/item-form-parts.tsx';
import { RichText } from '../../components/rich-text.tsx';
import { RichTextField } from '../../components/rich-text-field.tsx';
import { needsPerson, useAutosave } from '../../components/use-autosave.ts';
import { useItemForm, useItemSave } from '../../components/use-item-form.ts';
import { withGoalText } from './plan-cache.ts';
import { usePlanWrite, useUpdateYearCache } from './use-plan-write.ts';

type GoalText = Pick<Goal, 'id' | 'title' | 'focus' | 'planText' | 'parentGoalId' | 'version'>;

const toValues = (goal: GoalText | null) => ({
  title: goal?.title ?? '',
  focus: goal?.focus ?? '',
  planText: goal?.planText ?? '',
  parentGoalId: goal?.parentGoalId ?? '',
});

/** The goals this goal may stand beneath: the year's other goals, except those beneath it. */
function parentOptions(goal: Goal, goals: readonly Goal[]) {
  const links = goals.map((entry) => ({ id: entry.id, parent: entry.parentGoalId }));
  return [
    { value: '', label: 'Inget överordnat mål' },
    ...goals
      .filter((entry) => entry.id !== goal.id && parentProblem(links, goal.id, entry.id) === null)
      .map((entry) => ({ value: entry.id, label: entry.title })),
  ];
}

/**
 * A goal's title, focus, plan text (omhändertagande) and the goal it stands beneath, saved by itself after a
 * pause in typing.
 */
export function GoalTextForm({
  goal,
  goals,
  committeeId,
  year,
  planName,
}: {
  goal: Goal;
  /** The year's goals, to choose the parent goal among. */
  goals: readonly Goal[];
  committeeId: string;
  year: number;
  /** "Verksamhetsplan 2024", for the message when it has been adopted meanwhile. */
  planName: string;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const save = useItemSave(goalTextSchema, formRef);
  const item = useItemForm<GoalText, ReturnType<typeof toValues>>(goal, toValues, save.clearField);
  const updateCache = useUpdateYearCache(committeeId, year);
  const write = usePlanWrite(
    committeeId,
    year,
    (api, scope, body: UpdateGoal) => api.updateGoal(scope, goal.id, body),
    (saved) => withGoalText(saved),
  );

  useAutosave(formRef, {
    dirty: item.dirty,
    pending: write.isPending,
    paused: needsPerson(save),
    values: item.values,
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.begin();
    const { title, focus, planText, parentGoalId } = item.values;
    const body = save.validate(updateGoalSchema, {
      version: item.base?.version ?? goal.version,
      title,
      focus: focus.trim() ? focus.trim() : null,
      planText: planText || null,
      parentGoalId: parentGoalId || null,
    });
    if (!body) return;
    const sent = item.values;
    write.mutate(body, {
      onSuccess: (saved) => {
        item.accept(saved, sent);
        save.onSaved('Målets texter är sparade.');
      },
      onError: save.onError,
    });
  };

  return (
    <form ref={formRef} className="item-form" onSubmit={onSubmit} noValidate>
      <ItemFeedback
        save={save}
        subject={`målet ${goal.title}`}
        conflictRows={(current) => [
          { label: 'Rubrik', value: current.title },
          { label: 'Fokus', value: current.focus ?? '–' },
          { label: 'Omhändertagande', value: current.planText ? <RichText html={current.planText} /> : '–' },
          {
            label: 'Överordnat mål',
            value: goals.find((entry) => entry.id === current.parentGoalId)?.title ?? '–',
          },
        ]}
        onReload={(current) => {
          item.accept(current);
          save.clearConflict();
          updateCache(withGoalText(current));
        }}
        onKeepMine={(current) => {
          item.rebase(current);
          save.clearConflict();
          updateCache(withGoalText(current));
        }}
        documentName={planName}
        onRefresh={() => updateCache(null)}
      />
      <TextField
        label="Rubrik"
        name="title"
        value={item.values.title}
        onChange={item.change('title')}
        error={save.errors.title}
        maxLength={500}
      />
      <TextField
        label="Fokus"
        name="focus"
        optional
        value={item.values.focus}
        onChange={item.change('focus')}
        error={save.errors.focus}
        maxLength={500}
        description="Hur nämnden anpassar målet, till exempel ”fokus tidiga insatser”."
      />
      <SelectField
        label="Överordnat mål"
        name="parentGoalId"
        optional
        value={item.values.parentGoalId}
        onChange={item.change('parentGoalId')}
        error={save.errors.parentGoalId}
        options={parentOptions(goal, goals)}
        description="Målet som detta mål bidrar till, till exempel ett av kommunfullmäktiges mål."
      />
      <RichTextField
        label="Omhändertagande"
        name="planText"
        optional
        value={item.values.planText}
        onChange={item.change('planText')}
        error={save.errors.planText}
        description="Hur nämnden arbetar mot målet under året. Texten sparas av sig själv när du gör en paus."
      />
      <SaveRow
        context={`texterna för målet ${goal.title}`}
        pending={write.isPending}
        dirty={item.dirty}
        saved={save.saved}
      />
    </form>
  );
}
