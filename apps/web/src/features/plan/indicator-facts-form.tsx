import {
  directionLabels,
  directions,
  type IndicatorUnitSetting,
  indicatorSources,
  type KeyFigureDefinition,
  valueKindLabels,
} from '@styr/shared/contracts/indicators';
import type { CommitteeYearView, IndicatorFacts } from '@styr/shared/contracts/plan';
import { useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { shownChoice, useComparedField } from '../../components/form/compared-fields.tsx';
import { FormSelectField, FormTextAreaField, FormTextField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { SelectField } from '../../components/form-fields.tsx';
import { indicatorSourceLabels } from './plan-labels.ts';
import { indicatorFactsWrite } from './plan-writes.ts';
import { usePlanSaveForm } from './use-plan-save-form.ts';

/** What a measure is, as its form holds it: every fact as text or a chosen key. */
export interface IndicatorFactsValues {
  name: string;
  unit: string;
  decimals: string;
  direction: string;
  source: string;
  sourceReference: string;
  definition: string;
}
type Values = IndicatorFactsValues & { definitionKey: string };

const toValues = (facts: IndicatorFacts | null): Values => ({
  name: facts?.name ?? '',
  unit: facts?.unit ?? '',
  decimals: String(facts?.decimals ?? 0),
  direction: facts?.direction ?? 'higher',
  source: facts?.source ?? 'manual',
  sourceReference: facts?.sourceReference ?? '',
  definition: facts?.definition ?? '',
  definitionKey: facts?.definitionKey ?? '',
});

const decimalOptions = Array.from({ length: 7 }, (_, count) => ({
  value: String(count),
  label: String(count),
}));

/** "timmar (tal)": the unit with the kind of values it holds, so ja/delvis/nej and shares are told apart. */
const unitOptions = (units: readonly IndicatorUnitSetting[], current: string) => [
  ...units.map((entry) => ({
    value: entry.unit,
    label: `${entry.unit} (${valueKindLabels[entry.valueKind].toLowerCase()})`,
  })),
  // A unit since removed from the list still shows as the measure's own until another is chosen.
  ...(current && !units.some((entry) => entry.unit === current) ? [{ value: current, label: current }] : []),
];

/** The unit, among the municipality's; choosing one gives the measure the unit's usual decimals. */
function UnitField({ units }: { units: readonly IndicatorUnitSetting[] }) {
  const { setValue } = useFormContext<IndicatorFactsValues>();
  const { field, fieldState } = useController<IndicatorFactsValues, 'unit'>({ name: 'unit' });
  useComparedField('unit', 'Enhet', (unit) => shownChoice(unitOptions(units, String(unit ?? '')))(unit));
  return (
    <SelectField
      label="Enhet"
      name="unit"
      value={field.value}
      onChange={(unit) => {
        field.onChange(unit);
        const chosen = units.find((entry) => entry.unit === unit);
        if (chosen) setValue('decimals', String(chosen.decimals), { shouldDirty: true });
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message}
      options={[
        ...(field.value ? [] : [{ value: '', label: 'Välj enhet' }]),
        ...unitOptions(units, field.value),
      ]}
      description="Kommunens enheter för mått. När du väljer en enhet får måttet enhetens vanliga antal decimaler."
    />
  );
}

/** A measure's name, unit, decimals, direction, source and definition, within a form whose values hold them. */
export function IndicatorFactsFields({ units }: { units: readonly IndicatorUnitSetting[] }) {
  return (
    <>
      <FormTextField label="Namn" name="name" maxLength={500} />
      <UnitField units={units} />
      <FormSelectField label="Decimaler" name="decimals" options={decimalOptions} />
      <FormSelectField
        label="Riktning"
        name="direction"
        options={directions.map((direction) => ({ value: direction, label: directionLabels[direction] }))}
      />
      <FormSelectField
        label="Källa"
        name="source"
        options={indicatorSources.map((source) => ({ value: source, label: indicatorSourceLabels[source] }))}
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
    </>
  );
}

/** Takes every fact of one of the municipality's key figures into the form; the measure then follows it. */
function DefinitionPicker({ definitions }: { definitions: readonly KeyFigureDefinition[] }) {
  const { setValue, watch, formState } = useFormContext<Values>();
  const followed = watch('definitionKey');
  const nameOf = (key: string) => definitions.find((entry) => entry.key === key)?.name ?? key;
  useComparedField('definitionKey', 'Kommunens nyckeltal', (key) =>
    typeof key === 'string' && key !== '' ? nameOf(key) : 'Inget nyckeltal',
  );
  // Which key figure to copy from is no fact of the measure until it is taken.
  const [chosen, setChosen] = useState(followed);
  const take = () => {
    const definition = definitions.find((entry) => entry.key === chosen);
    if (!definition) return;
    const facts: Partial<Values> = {
      name: definition.name,
      unit: definition.unit,
      decimals: String(definition.decimals),
      direction: definition.direction,
      source: definition.source,
      sourceReference: definition.sourceReference ?? '',
      definition: definition.definition ?? '',
      definitionKey: definition.key,
    };
    for (const [name, value] of Object.entries(facts))
      setValue(name as keyof Values, value, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  };
  return (
    <div>
      <SelectField
        label="Kommunens nyckeltal"
        name="definitionChoice"
        optional
        value={chosen}
        onChange={setChosen}
        error={formState.errors.definitionKey?.message}
        options={[
          { value: '', label: 'Inget nyckeltal' },
          ...definitions.map((entry) => ({ value: entry.key, label: entry.name })),
        ]}
        description={
          followed
            ? `Måttet följer nyckeltalet ${nameOf(followed)}.`
            : 'Måttet följer inget av kommunens nyckeltal.'
        }
      />
      <button type="button" className="button" onClick={take} disabled={!chosen}>
        Hämta från kommunens nyckeltal
      </button>
    </div>
  );
}

/**
 * What a measure is: its name, one of the municipality's units (choosing one sets its usual decimals), decimals,
 * direction, source and definition, saved together; or all of them taken from one of the municipality's key
 * figures. Its values are entered in the follow-ups.
 */
export function IndicatorFactsForm({
  indicator,
  units,
  definitions,
  view,
  planName,
}: {
  indicator: IndicatorFacts;
  units: readonly IndicatorUnitSetting[];
  definitions: readonly KeyFigureDefinition[];
  view: Pick<CommitteeYearView, 'committee' | 'year'>;
  planName: string;
}) {
  const { save, send } = usePlanSaveForm({ view, documentName: planName }, indicatorFactsWrite(indicator), {
    stored: indicator,
    toValues,
    toBody: (values: Values) => ({
      name: values.name,
      unit: values.unit,
      decimals: Number(values.decimals),
      direction: values.direction,
      source: values.source,
      sourceReference: values.sourceReference.trim() ? values.sourceReference.trim() : null,
      definition: values.definition.trim() ? values.definition.trim() : null,
      definitionKey: values.definitionKey || null,
    }),
  });

  return (
    <SaveForm
      save={save}
      onSubmit={save.submit(send, { saved: 'Måttet är sparat.' })}
      subject={`måttet ${indicator.name}`}
      saveContext={`måttet ${indicator.name}`}
    >
      {definitions.length > 0 && <DefinitionPicker definitions={definitions} />}
      <IndicatorFactsFields units={units} />
    </SaveForm>
  );
}
