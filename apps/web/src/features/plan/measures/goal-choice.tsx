import type { CommitteeYearView, Goal } from '@styr/shared/contracts/plan';

/** A goal told apart from the same KF goal adapted under another area: "Segregationen … ska brytas – fokus …". */
export const goalLabel = (goal: Pick<Goal, 'title' | 'focus'>) =>
  goal.focus ? `${goal.title} – ${goal.focus}` : goal.title;

/** The year's goals as checkboxes, in the plan's order; the chosen ids in the order of the plan. */
export function GoalChoice({
  view,
  value,
  onChange,
  legend,
  error,
  name,
}: {
  view: CommitteeYearView;
  value: readonly string[];
  onChange: (goalIds: string[]) => void;
  legend: string;
  error?: string;
  name: string;
}) {
  const errorId = `${name}-fel`;
  const toggle = (goalId: string, checked: boolean) =>
    onChange(
      view.goals.map((goal) => goal.id).filter((id) => (id === goalId ? checked : value.includes(id))),
    );
  return (
    <fieldset
      className={`field goal-choice${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field-label">{legend}</legend>
      {error && (
        <p className="field-error" id={errorId}>
          <span className="visually-hidden">Fel: </span>
          {error}
        </p>
      )}
      {view.goals.length === 0 && <p className="muted">Planen har inga mål ännu.</p>}
      {view.goals.map((goal) => (
        <label key={goal.id} className="radio-option">
          <input
            type="checkbox"
            name={name}
            checked={value.includes(goal.id)}
            onChange={(event) => toggle(goal.id, event.target.checked)}
          />
          {goalLabel(goal)}
        </label>
      ))}
    </fieldset>
  );
}
