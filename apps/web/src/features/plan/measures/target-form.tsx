import type { Target } from '@styr/shared/contracts/indicators';
import type { CommitteeYearView, Indicator } from '@styr/shared/contracts/plan';
import { setTargetSchema } from '@styr/shared/contracts/plan-measures';
import { targetFor } from '@styr/shared/domain/indicator-values';
import { isNumberParseFailure, parseSwedishNumber } from '@styr/shared/format/number';
import { Controller, useForm } from 'react-hook-form';
import { SelectField, TextField } from '../../../components/form-fields.tsx';
import { FormProblem } from './form-problem.tsx';
import { showServerErrors } from './server-errors.ts';
import { useMeasureWrite } from './use-measures.ts';

/** How many years after the plan's own its targets reach, as the server allows. */
const yearsAhead = 3;

type Kind = Target['kind'] | 'none';
interface Values {
  targetYear: string;
  kind: Kind;
  value: string;
  relation: 'higher' | 'lower';
  baseYear: string;
}

const toValues = (indicator: Indicator, year: number): Values => {
  const target = targetFor(indicator, year);
  return {
    targetYear: String(year),
    kind: target?.kind ?? 'none',
    value:
      target?.kind === 'numeric'
        ? String(target.value).replace('.', ',')
        : target?.kind === 'yesNo'
          ? target.value
          : '',
    relation: target?.kind === 'relative' ? target.relation : 'higher',
    baseYear: String(target?.kind === 'relative' ? target.baseYear : year - 1),
  };
};

/** The target the fields describe, or the field and message that keep it from being one. */
function targetOf(values: Values): { target: Target | null } | { field: keyof Values; message: string } {
  if (values.kind === 'none') return { target: null };
  if (values.kind === 'yesNo')
    return { target: { kind: 'yesNo', value: values.value === 'nej' ? 'nej' : 'ja' } };
  if (values.kind === 'relative') {
    const baseYear = Number(values.baseYear);
    if (!/^\d{4}$/.test(values.baseYear.trim()))
      return { field: 'baseYear', message: 'Skriv jämförelseåret med fyra siffror' };
    return { target: { kind: 'relative', relation: values.relation, baseYear } };
  }
  const parsed = parseSwedishNumber(values.value);
  if (parsed === null) return { field: 'value', message: 'Skriv målvärdet' };
  if (isNumberParseFailure(parsed)) return { field: 'value', message: parsed.message };
  return { target: { kind: 'numeric', value: parsed } };
}

/**
 * A measure's target for one year of the plan period, of the kinds its unit allows: a number or a comparison
 * with an earlier year, or ja/nej for a ja/delvis/nej measure. "Inget målvärde" removes it.
 */
export function TargetForm({
  view,
  indicator,
  onSaved,
}: {
  view: CommitteeYearView;
  indicator: Indicator;
  onSaved: (message: string) => void;
}) {
  const form = useForm<Values>({ defaultValues: toValues(indicator, view.year) });
  const save = useMeasureWrite(view, (api, scope, body: { targetYear: number; target: Target | null }) =>
    api.setTarget(scope, indicator.id, body.targetYear, { version: indicator.version, target: body.target }),
  );
  const { errors } = form.formState;
  const kind = form.watch('kind');
  const yesNo = indicator.valueKind === 'yesPartlyNo';
  const kinds = [
    { value: 'none', label: 'Inget målvärde' },
    ...(yesNo
      ? [{ value: 'yesNo', label: 'Ja eller nej' }]
      : [
          { value: 'numeric', label: 'Ett tal' },
          { value: 'relative', label: 'Jämfört med ett tidigare år' },
        ]),
  ];

  const onSubmit = form.handleSubmit(async (values) => {
    const read = targetOf(values);
    if ('field' in read) return form.setError(read.field, { message: read.message });
    const checked = setTargetSchema.safeParse({ version: indicator.version, target: read.target });
    if (!checked.success)
      return form.setError('value', { message: checked.error.issues[0]?.message ?? 'Målvärdet är ogiltigt' });
    await save.mutateAsync({ targetYear: Number(values.targetYear), target: read.target }).then(
      () =>
        onSaved(
          read.target
            ? `Målvärdet för ${values.targetYear} är sparat.`
            : `Målvärdet för ${values.targetYear} är borttaget.`,
        ),
      (error: unknown) => showServerErrors(error, ['value', 'baseYear'], form.setError),
    );
  });

  const chooseYear = (targetYear: string) => form.reset(toValues(indicator, Number(targetYear)));

  return (
    <form
      className="item-form measure-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={`Målvärde för ${indicator.name}`}
    >
      <FormProblem message={errors.root?.server?.message} />
      <Controller
        control={form.control}
        name="targetYear"
        render={({ field }) => (
          <SelectField
            label="År"
            name="targetYear"
            value={field.value}
            onChange={chooseYear}
            options={Array.from({ length: yearsAhead + 1 }, (_, index) => {
              const year = String(view.year + index);
              return { value: year, label: year };
            })}
          />
        )}
      />
      <Controller
        control={form.control}
        name="kind"
        render={({ field }) => (
          <SelectField
            label="Slag av målvärde"
            name="kind"
            value={field.value}
            onChange={field.onChange}
            options={kinds}
          />
        )}
      />
      {kind === 'numeric' && (
        <Controller
          control={form.control}
          name="value"
          render={({ field }) => (
            <TextField
              label={`Målvärde (${indicator.unit})`}
              name="value"
              width="short"
              value={field.value}
              onChange={field.onChange}
              error={errors.value?.message}
              maxLength={30}
            />
          )}
        />
      )}
      {kind === 'yesNo' && (
        <Controller
          control={form.control}
          name="value"
          render={({ field }) => (
            <SelectField
              label="Målvärde"
              name="value"
              value={field.value === 'nej' ? 'nej' : 'ja'}
              onChange={field.onChange}
              error={errors.value?.message}
              options={[
                { value: 'ja', label: 'Ja' },
                { value: 'nej', label: 'Nej' },
              ]}
            />
          )}
        />
      )}
      {kind === 'relative' && (
        <>
          <Controller
            control={form.control}
            name="relation"
            render={({ field }) => (
              <SelectField
                label="Utfallet ska vara"
                name="relation"
                value={field.value}
                onChange={field.onChange}
                options={[
                  { value: 'higher', label: 'Högre än' },
                  { value: 'lower', label: 'Lägre än' },
                ]}
              />
            )}
          />
          <Controller
            control={form.control}
            name="baseYear"
            render={({ field }) => (
              <TextField
                label="Jämförelseår"
                name="baseYear"
                width="short"
                value={field.value}
                onChange={field.onChange}
                error={errors.baseYear?.message}
                maxLength={4}
              />
            )}
          />
        </>
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Sparar …' : 'Spara målvärdet'}
        </button>
      </div>
    </form>
  );
}
