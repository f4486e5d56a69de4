import { zodResolver } from '@hookform/resolvers/zod';
import {
  directionLabels,
  directions,
  type IndicatorUnitSetting,
  indicatorSources,
} from '@styr/shared/contracts/indicators';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { type CreateIndicator, createIndicatorSchema } from '@styr/shared/contracts/plan-measures';
import { Controller, useForm } from 'react-hook-form';
import { SelectField, TextAreaField, TextField } from '../../../components/form-fields.tsx';
import { unitOptions } from '../indicator-facts-form.tsx';
import { indicatorSourceLabels } from '../plan-labels.ts';
import { FormProblem } from './form-problem.tsx';
import { GoalChoice } from './goal-choice.tsx';
import { showServerErrors } from './server-errors.ts';
import { useMeasureWrite } from './use-measures.ts';

type Values = CreateIndicator;
const fields = ['name', 'unit', 'direction', 'source', 'sourceReference', 'definition', 'goalIds'] as const;

/** A new measure: what it is and which of the year's goals it measures; its targets are set once it exists. */
export function IndicatorCreateForm({
  view,
  units,
  onDone,
}: {
  view: CommitteeYearView;
  units: readonly IndicatorUnitSetting[];
  onDone: (message: string) => void;
}) {
  const form = useForm<Values>({
    resolver: zodResolver(createIndicatorSchema),
    defaultValues: {
      name: '',
      unit: units[0]?.unit ?? '',
      direction: 'higher',
      source: 'manual',
      sourceReference: '',
      definition: '',
      goalIds: [],
    },
  });
  const create = useMeasureWrite(view, (api, scope, body: Values) => api.createIndicator(scope, body));
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) => {
    // The form sets targets once the measure exists, so here a measure is part of the year through its goals.
    if (!values.goalIds?.length)
      return form.setError('goalIds', {
        message: 'Välj minst ett mål som måttet mäter. Målvärden anger du när måttet är tillagt.',
      });
    return create.mutateAsync(values).then(
      (created) => onDone(`Måttet ${created.name} är tillagt.`),
      (error: unknown) => showServerErrors(error, fields, form.setError),
    );
  });

  return (
    <form className="item-form measure-form" onSubmit={onSubmit} noValidate aria-label="Nytt mått">
      <FormProblem message={errors.root?.server?.message} />
      <Controller
        control={form.control}
        name="name"
        render={({ field }) => (
          <TextField
            label="Namn"
            name="name"
            value={field.value}
            onChange={field.onChange}
            error={errors.name?.message}
            maxLength={500}
          />
        )}
      />
      <Controller
        control={form.control}
        name="unit"
        render={({ field }) => (
          <SelectField
            label="Enhet"
            name="unit"
            value={field.value}
            onChange={field.onChange}
            error={errors.unit?.message}
            options={[
              ...(field.value ? [] : [{ value: '', label: 'Välj enhet' }]),
              ...unitOptions(units, field.value),
            ]}
            description="Måttet får enhetens vanliga antal decimaler; du kan ändra dem när måttet finns."
          />
        )}
      />
      <Controller
        control={form.control}
        name="direction"
        render={({ field }) => (
          <SelectField
            label="Riktning"
            name="direction"
            value={field.value}
            onChange={field.onChange}
            error={errors.direction?.message}
            options={directions.map((value) => ({ value, label: directionLabels[value] }))}
          />
        )}
      />
      <Controller
        control={form.control}
        name="source"
        render={({ field }) => (
          <SelectField
            label="Källa"
            name="source"
            value={field.value ?? 'manual'}
            onChange={field.onChange}
            options={indicatorSources.map((value) => ({ value, label: indicatorSourceLabels[value] }))}
          />
        )}
      />
      <Controller
        control={form.control}
        name="sourceReference"
        render={({ field }) => (
          <TextField
            label="Id hos källan"
            name="sourceReference"
            optional
            value={field.value ?? ''}
            onChange={field.onChange}
            error={errors.sourceReference?.message}
            maxLength={100}
            width="medium"
            description="Till exempel Koladas KPI-id, N00945."
          />
        )}
      />
      <Controller
        control={form.control}
        name="definition"
        render={({ field }) => (
          <TextAreaField
            label="Definition"
            name="definition"
            optional
            rows={3}
            value={field.value ?? ''}
            onChange={field.onChange}
            error={errors.definition?.message}
            maxLength={5000}
          />
        )}
      />
      <Controller
        control={form.control}
        name="goalIds"
        render={({ field }) => (
          <GoalChoice
            view={view}
            name="goalIds"
            legend="Mål som måttet mäter"
            value={field.value ?? []}
            onChange={field.onChange}
            error={errors.goalIds?.message ?? errors.goalIds?.root?.message}
          />
        )}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? 'Lägger till …' : 'Lägg till måttet'}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone('')}>
          Avbryt
        </button>
      </div>
    </form>
  );
}
