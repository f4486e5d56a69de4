import type { Target } from '@styr/shared/contracts/indicators';
import type { CommitteeYearView, Indicator } from '@styr/shared/contracts/plan';
import { type SetTarget, setTargetSchema } from '@styr/shared/contracts/plan-measures';
import { targetFor, targetText } from '@styr/shared/domain/indicator-values';
import { useState } from 'react';
import { numberFromText, numberIssues } from '../../../components/form/field-checks.ts';
import { FormNumberField, FormSelectField, FormTextField } from '../../../components/form/fields.tsx';
import { SaveForm } from '../../../components/form/save-form.tsx';
import { useSaveForm } from '../../../components/form/use-save-form.ts';
import { SelectField } from '../../../components/form-fields.tsx';
import { useSaveMeasurePart } from './measure-part.ts';
import { useMeasureWrite } from './use-measures.ts';

/** How many years after the plan's own its targets reach, as the server allows. */
const yearsAhead = 3;

type Kind = Target['kind'] | 'none';
const yesNoOptions = [
  { value: 'ja', label: 'Ja' },
  { value: 'nej', label: 'Nej' },
];
const relationOptions = [
  { value: 'higher', label: 'Högre än' },
  { value: 'lower', label: 'Lägre än' },
];
/** Named as the request's `target`, so that the contract's and the server's errors land at the fields. */
type Values = { target: { kind: Kind; value: string; relation: 'higher' | 'lower'; baseYear: string } };

const targetOf = (indicator: Pick<Indicator, 'targets' | 'version'>, year: number): SetTarget => ({
  version: indicator.version,
  target: targetFor(indicator, year),
});

const toValues =
  (year: number) =>
  (stored: SetTarget | null): Values => {
    const target = stored?.target ?? null;
    return {
      target: {
        kind: target?.kind ?? 'none',
        value:
          target?.kind === 'numeric'
            ? String(target.value).replace('.', ',')
            : target?.kind === 'yesNo'
              ? target.value
              : '',
        relation: target?.kind === 'relative' ? target.relation : 'higher',
        baseYear: String(target?.kind === 'relative' ? target.baseYear : year - 1),
      },
    };
  };

/** The target the fields describe; what does not parse is caught by `check` first. */
function targetBody({ target }: Values): Target | null {
  if (target.kind === 'none') return null;
  if (target.kind === 'yesNo') return { kind: 'yesNo', value: target.value === 'nej' ? 'nej' : 'ja' };
  if (target.kind === 'relative')
    return { kind: 'relative', relation: target.relation, baseYear: Number(target.baseYear) };
  return { kind: 'numeric', value: numberFromText(target.value) ?? Number.NaN };
}

function check({ target }: Values) {
  if (target.kind === 'numeric') return numberIssues({ 'target.value': { value: target.value } });
  if (target.kind === 'relative' && !/^\d{4}$/.test(target.baseYear.trim()))
    return [{ path: 'target.baseYear', message: 'Skriv jämförelseåret med fyra siffror' }];
  return [];
}

/**
 * A measure's targets for the years of the plan period, one year at a time, of the kinds its unit allows: a
 * number or a comparison with an earlier year, or ja/nej for a ja/delvis/nej measure. "Inget målvärde"
 * removes the year's target.
 */
export function TargetForm({ view, indicator }: { view: CommitteeYearView; indicator: Indicator }) {
  const [year, setYear] = useState(view.year);
  return (
    <>
      <SelectField
        label="År"
        name={`malvardesar-${indicator.key}`}
        value={String(year)}
        onChange={(value) => setYear(Number(value))}
        options={Array.from({ length: yearsAhead + 1 }, (_, index) => {
          const option = String(view.year + index);
          return { value: option, label: option };
        })}
      />
      <YearTargetForm key={year} view={view} indicator={indicator} year={year} />
    </>
  );
}

function YearTargetForm({
  view,
  indicator,
  year,
}: {
  view: CommitteeYearView;
  indicator: Indicator;
  year: number;
}) {
  const write = useMeasureWrite(view, (api, scope, body: SetTarget) =>
    api.setTarget(scope, indicator.id, year, body),
  );
  const savePart = useSaveMeasurePart(
    view,
    indicator.id,
    (_, stored) => targetOf(stored, year),
    write.mutateAsync,
  );
  const save = useSaveForm({
    stored: targetOf(indicator, year),
    toValues: toValues(year),
    schema: setTargetSchema,
    toBody: (values) => ({ target: targetBody(values) }),
    check,
    storedSchema: setTargetSchema,
  });
  const kind = save.form.watch('target.kind');
  const shown = (target: Target | null) => (target ? targetText(indicator, target) : 'Inget målvärde');
  const kinds = [
    { value: 'none', label: 'Inget målvärde' },
    ...(indicator.valueKind === 'yesPartlyNo'
      ? [{ value: 'yesNo', label: 'Ja eller nej' }]
      : [
          { value: 'numeric', label: 'Ett tal' },
          { value: 'relative', label: 'Jämfört med ett tidigare år' },
        ]),
  ];
  return (
    <SaveForm
      save={save}
      className="item-form measure-form"
      label={`Målvärde för ${indicator.name}`}
      onSubmit={save.submit((body) => savePart(body, save.base), {
        saved: (saved) =>
          saved.target ? `Målvärdet för ${year} är sparat.` : `Målvärdet för ${year} är borttaget.`,
      })}
      subject={`målvärdet för ${year} för ${indicator.name}`}
      // The fields show only the parts of the kind chosen: a target stored as another kind is shown whole.
      conflictRows={(current, mine) =>
        (current.target?.kind ?? 'none') === mine.target.kind
          ? []
          : [{ label: `Målvärde för ${year}`, value: shown(current.target), mine: shown(targetBody(mine)) }]
      }
      saveLabel="Spara målvärdet"
    >
      <FormSelectField label="Slag av målvärde" name="target.kind" options={kinds} />
      {kind === 'numeric' && (
        <FormNumberField label={`Målvärde (${indicator.unit})`} name="target.value" maxLength={30} />
      )}
      {kind === 'yesNo' && <FormSelectField label="Målvärde" name="target.value" options={yesNoOptions} />}
      {kind === 'relative' && (
        <>
          <FormSelectField label="Utfallet ska vara" name="target.relation" options={relationOptions} />
          <FormTextField label="Jämförelseår" name="target.baseYear" width="short" maxLength={4} />
        </>
      )}
    </SaveForm>
  );
}
