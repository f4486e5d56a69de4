import {
  directionLabels,
  directions,
  type IndicatorUnitSetting,
  indicatorSources,
} from '@styr/shared/contracts/indicators';
import type { CommitteeYearView, IndicatorFacts } from '@styr/shared/contracts/plan';
import { type CreateIndicator, createIndicatorSchema } from '@styr/shared/contracts/plan-measures';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { FormSelectField, FormTextAreaField, FormTextField } from '../../../components/form/fields.tsx';
import { SaveForm } from '../../../components/form/save-form.tsx';
import { useSaveForm } from '../../../components/form/use-save-form.ts';
import { unitOptions } from '../indicator-facts-form.tsx';
import { indicatorSourceLabels } from '../plan-labels.ts';
import { GoalChoice } from './goal-choice.tsx';
import { useMeasureWrite } from './use-measures.ts';

type Values = {
  name: string;
  unit: string;
  direction: string;
  source: string;
  sourceReference: string;
  definition: string;
  goalIds: string[];
};

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
      direction: 'higher',
      source: 'manual',
      sourceReference: '',
      definition: '',
      goalIds: [],
    }),
    schema: createIndicatorSchema,
    toBody: (values) => ({
      ...values,
      sourceReference: values.sourceReference || null,
      definition: values.definition || null,
    }),
    check: needsGoal,
    afterSave: 'clear',
  });
  const unit = save.form.watch('unit');
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
      <FormTextField label="Namn" name="name" maxLength={500} />
      <FormSelectField
        label="Enhet"
        name="unit"
        options={[...(unit ? [] : [{ value: '', label: 'Välj enhet' }]), ...unitOptions(units, unit)]}
        description="Måttet får enhetens vanliga antal decimaler; du kan ändra dem när måttet finns."
      />
      <FormSelectField
        label="Riktning"
        name="direction"
        options={directions.map((value) => ({ value, label: directionLabels[value] }))}
      />
      <FormSelectField
        label="Källa"
        name="source"
        options={indicatorSources.map((value) => ({ value, label: indicatorSourceLabels[value] }))}
      />
      <FormTextField
        label="Id hos källan"
        name="sourceReference"
        optional
        maxLength={100}
        width="medium"
        description="Till exempel Koladas KPI-id, N00945."
      />
      <FormTextAreaField label="Definition" name="definition" optional rows={3} maxLength={5000} />
      <GoalChoice view={view} legend="Mål som måttet mäter" />
    </SaveForm>
  );
}
