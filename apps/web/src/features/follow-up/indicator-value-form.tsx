import {
  type Indicator,
  type IndicatorValue,
  indicatorValueSchema,
  type SetIndicatorValue,
  setIndicatorValueSchema,
} from '@styr/shared/contracts/plan';
import { formatIndicatorValue, targetFor, targetText } from '@styr/shared/domain/indicator-values';
import { outcomeRowIn } from '@styr/shared/domain/plan-counts';
import { yesNoValues } from '@styr/shared/domain/yes-no';
import { formatNumber, isNumberParseFailure, parseSwedishNumber } from '@styr/shared/format/number';
import { type FormEvent, useRef } from 'react';
import { SelectField, TextField } from '../../components/form-fields.tsx';
import { ItemFeedback, SaveRow } from '../../components/item-form-parts.tsx';
import { useItemForm, useItemSave } from '../../components/use-item-form.ts';
import { usePlanWrite, useUpdateYearCache, withIndicatorValue } from '../plan/index.ts';
import { type FollowUpContext, periodText, valuePeriod } from './follow-up-context.ts';

const yesNoOptions = [
  { value: '', label: 'Uppgift saknas' },
  { value: String(yesNoValues.ja), label: 'Ja' },
  { value: String(yesNoValues.delvis), label: 'Delvis' },
  { value: String(yesNoValues.nej), label: 'Nej' },
];

/** The stored value as a person would type it: "8,85", "1 234"; every stored decimal kept. */
function inputText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const decimals = String(value).split('.')[1]?.length ?? 0;
  return formatNumber(value, { decimals: Math.min(decimals, 10) });
}

export function storedValue(indicator: Indicator, context: FollowUpContext): IndicatorValue | null {
  return outcomeRowIn(indicator.values, context.view.year, valuePeriod(context));
}

export function IndicatorValueForm({
  indicator,
  context,
}: {
  indicator: Indicator;
  context: FollowUpContext;
}) {
  const { view } = context;
  const stored = storedValue(indicator, context);
  const yesNo = indicator.valueKind === 'yesPartlyNo';
  const formRef = useRef<HTMLFormElement>(null);
  const save = useItemSave(indicatorValueSchema, formRef);
  const toValues = (value: IndicatorValue | null) => ({
    value: yesNo ? (value?.value === null || !value ? '' : String(value.value)) : inputText(value?.value),
  });
  const item = useItemForm(stored, toValues, save.clearField);
  const updateCache = useUpdateYearCache(view.committee.id, view.year);
  const write = usePlanWrite(
    view.committee.id,
    view.year,
    (api, scope, body: SetIndicatorValue) => api.setIndicatorValue(scope, indicator.id, body),
    (saved) => withIndicatorValue(indicator.id, saved),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.begin();
    const parsed = yesNo
      ? item.values.value === ''
        ? null
        : Number(item.values.value)
      : parseSwedishNumber(item.values.value);
    const failed = isNumberParseFailure(parsed);
    const body = save.validate(
      setIndicatorValueSchema,
      {
        version: item.base?.version,
        year: view.year,
        period: valuePeriod(context),
        gender: 'T',
        value: failed ? null : parsed,
        // The editor has no field for the note; sending it back keeps it.
        note: item.base?.note ?? null,
      },
      failed ? [{ path: 'value', message: parsed.message }] : [],
    );
    if (!body) return;
    write.mutate(body, {
      onSuccess: (saved) => {
        item.accept(saved);
        save.onSaved(saved.value === null ? 'Sparat som uppgift saknas.' : 'Utfallet är sparat.');
      },
      onError: save.onError,
    });
  };

  const target = targetText(indicator, targetFor(indicator, view.year));
  const state =
    stored === null
      ? 'Inget utfall är registrerat.'
      : stored.value === null
        ? 'Registrerat som uppgift saknas.'
        : null;
  const description = [
    `Utfall ${periodText(context)}`,
    target ? `målvärde ${target}` : 'inget målvärde',
    yesNo ? null : `enhet ${indicator.unit}. Lämna tomt om uppgift saknas`,
  ]
    .filter(Boolean)
    .join(', ');
  const field = {
    label: indicator.name,
    name: 'value',
    value: item.values.value,
    onChange: item.change('value'),
    error: save.errors.value,
    description: state ? `${description}. ${state}` : `${description}.`,
  };

  return (
    <form ref={formRef} className="item-form value-form" onSubmit={onSubmit} noValidate>
      <ItemFeedback
        save={save}
        subject={`utfallet för ${indicator.name}`}
        conflictRows={(current) => [
          {
            label: `Utfall ${periodText(context)}`,
            value: formatIndicatorValue(indicator, current.value) ?? 'Uppgift saknas',
          },
        ]}
        onReload={(current) => {
          item.accept(current);
          save.clearConflict();
          updateCache(withIndicatorValue(indicator.id, current));
        }}
        documentName={context.documentName}
        onRefresh={() => updateCache(null)}
      />
      {yesNo ? (
        <SelectField {...field} options={yesNoOptions} />
      ) : (
        <TextField {...field} width="short" autoComplete="off" />
      )}
      <SaveRow
        context={`utfall för ${indicator.name}`}
        pending={write.isPending}
        dirty={item.dirty}
        saved={save.saved}
      />
    </form>
  );
}
