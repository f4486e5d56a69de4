import type { CommitteeYearView, Goal } from '@styr/shared/contracts/plan';
import { FormCheckboxGroupField } from '../../../components/form/checkbox-group-field.tsx';

/** A goal told apart from the same KF goal adapted under another area: "Segregationen … ska brytas – fokus …". */
export const goalLabel = (goal: Pick<Goal, 'title' | 'focus'>) =>
  goal.focus ? `${goal.title} – ${goal.focus}` : goal.title;

/** The year's goals as checkboxes of the form's `goalIds`, chosen in the plan's order. */
export function GoalChoice({
  view,
  legend,
  optional,
}: {
  view: CommitteeYearView;
  legend: string;
  optional?: boolean;
}) {
  return (
    <FormCheckboxGroupField
      label={legend}
      name="goalIds"
      optional={optional ?? false}
      options={view.goals.map((goal) => ({ value: goal.id, label: goalLabel(goal) }))}
      empty="Planen har inga mål ännu."
    />
  );
}
