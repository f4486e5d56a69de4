import {
  type CommitteeYearView,
  type Goal,
  goalTextSchema,
  updateGoalSchema,
} from '@styr/shared/contracts/plan';
import { parentProblem } from '@styr/shared/domain/goal-hierarchy';
import { FormRichTextField, FormTextField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { RichText } from '../../components/rich-text.tsx';
import { GoalFocusField, ParentGoalField } from './goal-fields.tsx';
import { withGoalText } from './plan-cache.ts';
import { usePlanSaveForm } from './use-plan-save-form.ts';

type GoalText = Pick<Goal, 'id' | 'title' | 'focus' | 'planText' | 'parentGoalId' | 'version'>;
type Values = { title: string; focus: string; planText: string; parentGoalId: string };

const toValues = (goal: GoalText | null): Values => ({
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

const richOrNone = (html: string | null) => (html ? <RichText html={html} /> : '–');

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
  const { save, send, refresh } = usePlanSaveForm(view, {
    stored: goal,
    toValues,
    schema: updateGoalSchema,
    toBody: ({ title, focus, planText, parentGoalId }: Values, base) => ({
      version: base?.version ?? goal.version,
      title,
      focus: focus.trim() ? focus.trim() : null,
      planText: planText || null,
      parentGoalId: parentGoalId || null,
    }),
    storedSchema: goalTextSchema,
    send: (api, scope, body) => api.updateGoal(scope, goal.id, body),
    update: withGoalText,
  });
  const goalTitle = (id: string | null) => view.goals.find((entry) => entry.id === id)?.title ?? '–';

  return (
    <SaveForm
      save={save}
      onSubmit={save.submit(send, { saved: 'Målets texter är sparade.' })}
      subject={`målet ${goal.title}`}
      conflictRows={(current, mine) => [
        { label: 'Rubrik', value: current.title, mine: mine.title },
        { label: 'Fokus', value: current.focus ?? '–', mine: mine.focus || '–' },
        { label: 'Omhändertagande', value: richOrNone(current.planText), mine: richOrNone(mine.planText) },
        {
          label: 'Överordnat mål',
          value: goalTitle(current.parentGoalId),
          mine: goalTitle(mine.parentGoalId || null),
        },
      ]}
      frozen={{ documentName: planName, onRefresh: refresh }}
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
