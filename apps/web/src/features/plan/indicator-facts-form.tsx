import {
  directionLabels,
  directions,
  type IndicatorUnitSetting,
  indicatorSources,
  type KeyFigureDefinition,
  valueKindLabels,
} from '@styr/shared/contracts/indicators';
import {
  type Indicator,
  type IndicatorFacts,
  indicatorFactsSchema,
  type UpdateIndicator,
  updateIndicatorSchema,
} from '@styr/shared/contracts/plan';
import { type FormEvent, useRef, useState } from 'react';
import { SelectField, TextField } from '../../components/form-fields.tsx';
import { ItemFeedback, SaveRow } from '../../components/item-form-parts.tsx';
import { useItemForm, useItemSave } from '../../components/use-item-form.ts';
import { withIndicatorFacts } from './plan-cache.ts';
import { indicatorSourceLabels } from './plan-labels.ts';
import { usePlanWrite, useUpdateYearCache } from './use-plan-write.ts';

const toValues = (facts: IndicatorFacts | null) => ({
  name: facts?.name ?? '',
  unit: facts?.unit ?? '',
  decimals: String(facts?.decimals ?? 0),
  direction: facts?.direction ?? 'higher',
  source: facts?.source ?? 'manual',
  sourceReference: facts?.sourceReference ?? '',
  definition: facts?.definition ?? '',
  definitionKey: facts?.definitionKey ?? '',
});
type Values = ReturnType<typeof toValues>;

const decimalOptions = Array.from({ length: 7 }, (_, count) => ({
  value: String(count),
  label: String(count),
}));

/** "timmar (tal)": the unit with the kind of values it holds, so ja/delvis/nej and shares are told apart. */
export const unitOptions = (units: readonly IndicatorUnitSetting[], current: string) => [
  ...units.map((entry) => ({
    value: entry.unit,
    label: `${entry.unit} (${valueKindLabels[entry.valueKind].toLowerCase()})`,
  })),
  // A unit since removed from the list still shows as the measure's own until another is chosen.
  ...(current && !units.some((entry) => entry.unit === current) ? [{ value: current, label: current }] : []),
];

/** A measure's facts as the municipality's key figure defines them, which the measure then follows. */
const fromDefinition = (definition: KeyFigureDefinition): Partial<Values> => ({
  name: definition.name,
  unit: definition.unit,
  decimals: String(definition.decimals),
  direction: definition.direction,
  source: definition.source,
  sourceReference: definition.sourceReference ?? '',
  definition: definition.definition ?? '',
  definitionKey: definition.key,
});

/**
 * What a measure is: its name, one of the municipality's units (choosing one sets its usual decimals), decimals,
 * direction, source and definition, saved together; or all of them taken from one of the municipality's key
 * figures. Its values are entered in the follow-ups.
 */
export function IndicatorFactsForm({
  indicator,
  units,
  definitions,
  committeeId,
  year,
  planName,
}: {
  indicator: Indicator;
  units: readonly IndicatorUnitSetting[];
  definitions: readonly KeyFigureDefinition[];
  committeeId: string;
  year: number;
  planName: string;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const save = useItemSave(indicatorFactsSchema, formRef);
  const item = useItemForm<IndicatorFacts, Values>(indicator, toValues, save.clearField);
  const [chosen, setChosen] = useState(indicator.definitionKey ?? '');
  const updateCache = useUpdateYearCache(committeeId, year);
  const write = usePlanWrite(
    committeeId,
    year,
    (api, scope, body: UpdateIndicator) => api.updateIndicator(scope, indicator.id, body),
    (saved) => withIndicatorFacts(saved),
  );

  const chooseUnit = (unit: string) => {
    item.change('unit')(unit);
    const chosen = units.find((entry) => entry.unit === unit);
    if (chosen) item.change('decimals')(String(chosen.decimals));
  };

  const takeDefinition = () => {
    const definition = definitions.find((entry) => entry.key === chosen);
    if (!definition) return;
    for (const [field, value] of Object.entries(fromDefinition(definition)))
      item.change(field as keyof Values)(value as never);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.begin();
    const { name, unit, decimals, direction, source, sourceReference, definition, definitionKey } =
      item.values;
    const body = save.validate(updateIndicatorSchema, {
      version: item.base?.version ?? indicator.version,
      name,
      unit,
      decimals: Number(decimals),
      direction,
      source,
      sourceReference: sourceReference.trim() ? sourceReference.trim() : null,
      definition: definition.trim() ? definition.trim() : null,
      definitionKey: definitionKey || null,
    });
    if (!body) return;
    const sent = item.values;
    write.mutate(body, {
      onSuccess: (saved) => {
        item.accept(saved, sent);
        save.onSaved('Måttet är sparat.');
      },
      onError: save.onError,
    });
  };

  return (
    <form ref={formRef} className="item-form" onSubmit={onSubmit} noValidate>
      <ItemFeedback
        save={save}
        subject={`måttet ${indicator.name}`}
        conflictRows={(current) => [
          { label: 'Namn', value: current.name },
          { label: 'Enhet', value: current.unit },
          { label: 'Decimaler', value: String(current.decimals) },
          { label: 'Riktning', value: directionLabels[current.direction] },
          { label: 'Källa', value: indicatorSourceLabels[current.source] },
          { label: 'Definition', value: current.definition ?? '–' },
        ]}
        onReload={(current) => {
          item.accept(current);
          save.clearConflict();
          updateCache(withIndicatorFacts(current));
        }}
        documentName={planName}
        onRefresh={() => updateCache(null)}
      />
      {definitions.length > 0 && (
        <div>
          <SelectField
            label="Kommunens nyckeltal"
            name="definitionKey"
            optional
            value={chosen}
            onChange={setChosen}
            options={[
              { value: '', label: 'Inget nyckeltal' },
              ...definitions.map((entry) => ({ value: entry.key, label: entry.name })),
            ]}
            description={
              item.values.definitionKey
                ? `Måttet följer nyckeltalet ${definitions.find((entry) => entry.key === item.values.definitionKey)?.name ?? item.values.definitionKey}.`
                : 'Måttet följer inget av kommunens nyckeltal.'
            }
          />
          <button type="button" className="button" onClick={takeDefinition} disabled={!chosen}>
            Hämta från kommunens nyckeltal
          </button>
        </div>
      )}
      <TextField
        label="Namn"
        name="name"
        value={item.values.name}
        onChange={item.change('name')}
        error={save.errors.name}
        maxLength={500}
      />
      <SelectField
        label="Enhet"
        name="unit"
        value={item.values.unit}
        onChange={chooseUnit}
        error={save.errors.unit}
        options={unitOptions(units, item.values.unit)}
        description="Kommunens enheter för mått. När du väljer en enhet får måttet enhetens vanliga antal decimaler."
      />
      <SelectField
        label="Decimaler"
        name="decimals"
        value={item.values.decimals}
        onChange={item.change('decimals')}
        error={save.errors.decimals}
        options={decimalOptions}
      />
      <SelectField
        label="Riktning"
        name="direction"
        value={item.values.direction}
        onChange={(value) => item.change('direction')(value as IndicatorFacts['direction'])}
        error={save.errors.direction}
        options={directions.map((direction) => ({ value: direction, label: directionLabels[direction] }))}
      />
      <SelectField
        label="Källa"
        name="source"
        value={item.values.source}
        onChange={(value) => item.change('source')(value as IndicatorFacts['source'])}
        error={save.errors.source}
        options={indicatorSources.map((source) => ({ value: source, label: indicatorSourceLabels[source] }))}
      />
      <TextField
        label="Referens hos källan"
        name="sourceReference"
        optional
        value={item.values.sourceReference}
        onChange={item.change('sourceReference')}
        error={save.errors.sourceReference}
        maxLength={100}
        description="Till exempel Koladas id för nyckeltalet, N00945."
      />
      <TextField
        label="Definition"
        name="definition"
        optional
        value={item.values.definition}
        onChange={item.change('definition')}
        error={save.errors.definition}
        maxLength={5000}
      />
      <SaveRow
        context={`måttet ${indicator.name}`}
        pending={write.isPending}
        dirty={item.dirty}
        saved={save.saved}
      />
    </form>
  );
}
