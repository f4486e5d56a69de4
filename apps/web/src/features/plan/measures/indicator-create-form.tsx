import type { IndicatorUnitSetting } from '@styr/shared/contracts/indicators';
import type { CommitteeYearView, IndicatorFacts } from '@styr/shared/contracts/plan';
import { type CreateIndicator, createIndicatorSchema } from '@styr/shared/contracts/plan-measures';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { SaveForm } from '../../../components/form/save-form.tsx';
import { useSaveForm } from '../../../components/form/use-save-form.ts';
import { IndicatorFactsFields, type IndicatorFactsValues } from '../indicator-facts-form.tsx';
import { GoalChoice } from './goal-choice.tsx';
import { useMeasureWrite } from './use-measures.ts';

type Values = IndicatorFactsValues & { goalIds: string[] };

// The form sets targets once the measure exists, so here a measure is part of the year through its goals.
const needsGoal = ({ goalIds }: Values) =>
  goalIds.length > 0
    ? []
    : [
        {
          path: 'goalIds',
          message: 'Välj minst ett mål som måttet mäter. Målvärden anger du när måttet är tillagt.',
        },
      ];

/** A new measure: what it is and which of the year's goals it measures; its targets are set once it exists. */
export function IndicatorCreateForm({
  view,
  units,
  onDone,
  cancel,
}: {
  view: CommitteeYearView;
  units: readonly IndicatorUnitSetting[];
  onDone: (message: string) => void;
  /** The button that leaves the form without saving. */
  cancel: ReactNode;
}) {
  const create = useMeasureWrite(view, (api, scope, body: CreateIndicator) =>
    api.createIndicator(scope, body),
  );
  const save = useSaveForm<IndicatorFacts, Values, z.output<typeof createIndicatorSchema>>({
    stored: null,
    toValues: () => ({
      name: '',
      unit: units[0]?.unit ?? '',
      decimals: String(units[0]?.decimals ?? 0),
      direction: 'higher',
      source: 'manual',
      sourceReference: '',
      definition: '',
      goalIds: [],
    }),
    schema: createIndicatorSchema,
    toBody: (values) => ({
      ...values,
      decimals: Number(values.decimals),
      sourceReference: values.sourceReference || null,
      definition: values.definition || null,
    }),
    check: needsGoal,
    afterSave: 'clear',
  });
  return (
    <SaveForm
      save={save}
      className="item-form measure-form"
      label="Nytt mått"
      onSubmit={save.submit(create.mutateAsync, {
        saved: '',
        onSaved: (created) => onDone(`Måttet ${created.name} är tillagt.`),
      })}
      subject="måttet"
      saveLabel="Lägg till måttet"
      actions={cancel}
    >
      <IndicatorFactsFields units={units} />
      <GoalChoice view={view} legend="Mål som måttet mäter" />
    </SaveForm>
  );
}
