import type { Indicator, IndicatorValue } from '@styr/shared/contracts/plan';
import { targetFor, targetText } from '@styr/shared/domain/indicator-values';
import { outcomeRowIn } from '@styr/shared/domain/plan-counts';
import { yesNoValues } from '@styr/shared/domain/yes-no';
import { formatNumber } from '@styr/shared/format/number';
import { numberFromText, numberIssues } from '../../components/form/field-checks.ts';
import { FormNumberField, FormSelectField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { indicatorValueWrite, usePlanSaveForm } from '../plan/index.ts';
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
  const { save, send } = usePlanSaveForm(context, indicatorValueWrite(indicator), {
    stored,
    toValues: (value: IndicatorValue | null) => ({
      value: yesNo ? (value?.value === null || !value ? '' : String(value.value)) : inputText(value?.value),
    }),
    toBody: (values, base) => ({
      year: view.year,
      period: valuePeriod(context),
      gender: 'T',
      value: yesNo ? (values.value === '' ? null : Number(values.value)) : numberFromText(values.value),
      // The editor has no field for the note; sending it back keeps it.
      note: base?.note ?? null,
    }),
    check: (values) => (yesNo ? [] : numberIssues({ value: { value: values.value, optional: true } })),
  });

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
    description: state ? `${description}. ${state}` : `${description}.`,
  };

  return (
    <SaveForm
      save={save}
      className="item-form value-form"
      onSubmit={save.submit(send, {
        saved: (saved) => (saved.value === null ? 'Sparat som uppgift saknas.' : 'Utfallet är sparat.'),
      })}
      subject={`utfallet för ${indicator.name}`}
      saveContext={`utfall för ${indicator.name}`}
    >
      {yesNo ? <FormSelectField {...field} options={yesNoOptions} /> : <FormNumberField {...field} />}
    </SaveForm>
  );
}
