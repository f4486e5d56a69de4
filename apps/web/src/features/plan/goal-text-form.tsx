import type { CommitteeYearView, Goal } from '@styr/shared/contracts/plan';
import { parentProblem } from '@styr/shared/domain/goal-hierarchy';
import { FormRichTextField, FormTextField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { storedValues } from '../../components/form/stored-values.ts';
import { GoalFocusField, ParentGoalField } from './goal-fields.tsx';
import { goalTextWrite } from './plan-writes.ts';
import { usePlanSaveForm } from './use-plan-save-form.ts';

type Values = { title: string; focus: string; planText: string; parentGoalId: string };

const toValues = storedValues<Values>({ title: '', focus: '', planText: '', parentGoalId: '' });

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

/** A goal's title, focus, plan text (omhändertagande) and the goal it stands beneath, saved together. */
export function GoalTextForm({
  goal,
  view,
  planName,
}: {
  goal: Goal;
  /** The year, whose goals the parent goal is chosen among. */
  view: CommitteeYearView;
  /** "Verksamhetsplan 2024", for the message when it has been adopted meanwhile. */
  planName: string;
}) {
  const { save, send } = usePlanSaveForm({ view, documentName: planName }, goalTextWrite(goal), {
    stored: goal,
    toValues,
    toBody: ({ title, focus, planText, parentGoalId }: Values) => ({
      title,
      focus: focus.trim() ? focus.trim() : null,
      planText: planText || null,
      parentGoalId: parentGoalId || null,
    }),
  });

  return (
    <SaveForm
      save={save}
      onSubmit={save.submit(send, { saved: 'Målets texter är sparade.' })}
      subject={`målet ${goal.title}`}
      saveContext={`texterna för målet ${goal.title}`}
    >
      <FormTextField label="Rubrik" name="title" maxLength={500} />
      <GoalFocusField />
      <ParentGoalField options={parentOptions(goal, view.goals)} />
      <FormRichTextField
        label="Omhändertagande"
        name="planText"
        optional
        description="Hur nämnden arbetar mot målet under året."
      />
    </SaveForm>
  );
}
