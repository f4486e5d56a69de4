import { zodResolver } from '@hookform/resolvers/zod';
import type { CommitteeYearView, Indicator } from '@styr/shared/contracts/plan';
import { type IndicatorGoals, indicatorGoalsSchema } from '@styr/shared/contracts/plan-measures';
import { Controller, useForm } from 'react-hook-form';
import { FormProblem } from './form-problem.tsx';
import { GoalChoice } from './goal-choice.tsx';
import { showServerErrors } from './server-errors.ts';
import { useMeasureWrite } from './use-measures.ts';

/** Which of the year's goals a measure follows; a goal newly chosen lists the measure last. */
export function IndicatorGoalsForm({
  view,
  indicator,
  onSaved,
}: {
  view: CommitteeYearView;
  indicator: Indicator;
  onSaved: (message: string) => void;
}) {
  const current = view.goals
    .filter((goal) => goal.indicatorIds.includes(indicator.id))
    .map((goal) => goal.id);
  const form = useForm<IndicatorGoals>({
    resolver: zodResolver(indicatorGoalsSchema),
    values: { version: indicator.version, goalIds: current },
  });
  const save = useMeasureWrite(view, (api, scope, body: IndicatorGoals) =>
    api.setIndicatorGoals(scope, indicator.id, body),
  );
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    save.mutateAsync(values).then(
      () => onSaved('Målen som måttet mäter är sparade.'),
      (error: unknown) => showServerErrors(error, ['goalIds'], form.setError),
    ),
  );
  return (
    <form
      className="item-form measure-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={`Mål för ${indicator.name}`}
    >
      <FormProblem message={errors.root?.server?.message} />
      <Controller
        control={form.control}
        name="goalIds"
        render={({ field }) => (
          <GoalChoice
            view={view}
            name={`mal-${indicator.key}`}
            legend="Mål som måttet mäter"
            value={field.value}
            onChange={field.onChange}
            error={errors.goalIds?.message ?? errors.goalIds?.root?.message}
          />
        )}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Sparar …' : 'Spara målen'}
        </button>
      </div>
    </form>
  );
}
