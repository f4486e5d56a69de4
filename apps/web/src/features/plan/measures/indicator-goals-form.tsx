import type { CommitteeYearView, Indicator } from '@styr/shared/contracts/plan';
import { type IndicatorGoals, indicatorGoalsSchema } from '@styr/shared/contracts/plan-measures';
import { SaveForm } from '../../../components/form/save-form.tsx';
import { useSaveForm } from '../../../components/form/use-save-form.ts';
import { GoalChoice } from './goal-choice.tsx';
import { useSaveMeasurePart } from './measure-part.ts';
import { useMeasureWrite } from './use-measures.ts';

/** The measure's goals as the year holds them, with the measure's version. */
const goalsOf = (view: CommitteeYearView, indicator: Pick<Indicator, 'id' | 'version'>): IndicatorGoals => ({
  version: indicator.version,
  goalIds: view.goals.filter((goal) => goal.indicatorIds.includes(indicator.id)).map((goal) => goal.id),
});

/** Which of the year's goals a measure follows; a goal newly chosen lists the measure last. */
export function IndicatorGoalsForm({ view, indicator }: { view: CommitteeYearView; indicator: Indicator }) {
  const write = useMeasureWrite(view, (api, scope, body: IndicatorGoals) =>
    api.setIndicatorGoals(scope, indicator.id, body),
  );
  const savePart = useSaveMeasurePart(view, indicator.id, goalsOf, write.mutateAsync);
  const save = useSaveForm({
    stored: goalsOf(view, indicator),
    toValues: (stored: IndicatorGoals | null) => ({ goalIds: stored?.goalIds ?? [] }),
    schema: indicatorGoalsSchema,
    toBody: (values) => ({ goalIds: values.goalIds }),
    storedSchema: indicatorGoalsSchema,
  });
  return (
    <SaveForm
      save={save}
      className="item-form measure-form"
      label={`Mål för ${indicator.name}`}
      onSubmit={save.submit((body) => savePart(body, save.base), {
        saved: 'Målen som måttet mäter är sparade.',
      })}
      subject={`målen som ${indicator.name} mäter`}
      saveLabel="Spara målen"
    >
      <GoalChoice view={view} legend="Mål som måttet mäter" />
    </SaveForm>
  );
}
