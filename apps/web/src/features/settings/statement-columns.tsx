import { EARLIER_YEARS } from '@styr/shared/domain/income-statement';
import { monthName } from '@styr/shared/domain/municipal-grant';
import { columnSpecOf, writtenColumn } from '@styr/shared/domain/statement-tables';
import { useController, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { messageAt } from '../../components/form/field-rows.tsx';
import { CheckboxField, SelectField, type SelectOption } from '../../components/form-fields.tsx';
import { KeyedRows } from './settings-fields.tsx';
import { type Column, freshColumn } from './statements-model.ts';

type Spec = ReturnType<typeof columnSpecOf>;

const kindOptions = [
  { value: 'actual', label: 'Utfall' },
  { value: 'budget', label: 'Budget' },
  { value: 'revisedBudget', label: 'Reviderad budget' },
  { value: 'forecast', label: 'Prognos' },
  { value: 'deviation', label: 'Avvikelse' },
];
const kinds = kindOptions.map((option) => option.value);
const months = Array.from({ length: 12 }, (_, index) => ({
  value: String(index + 1),
  label: monthName(index + 1),
}));
const yearOptions = Array.from({ length: EARLIER_YEARS + 1 }, (_, index) => ({
  value: String(-index),
  label: index === 0 ? 'Året' : index === 1 ? 'Året före' : `${index} år före`,
}));

/** The column with `change`, fields its kind does not use cleared, in the file's shortest form. */
function changed(column: Column, change: Partial<Spec>): Column {
  const spec = { ...columnSpecOf(column), ...change };
  return writtenColumn({
    ...spec,
    month: spec.kind === 'forecast' ? (spec.month ?? 8) : spec.kind === 'actual' ? spec.month : null,
    yearOffset: spec.kind === 'actual' ? spec.yearOffset : 0,
    of: spec.kind === 'deviation' ? spec.of : null,
    against: spec.kind === 'deviation' ? spec.against : null,
  });
}

/** A column's kind, month, year and compared columns: a change of one may clear the others, so each sets all. */
function ColumnChoices({
  at,
  name,
  figures,
}: {
  at: string;
  name: string;
  figures: readonly SelectOption[];
}) {
  const { setValue } = useFormContext();
  const { errors } = useFormState({ name: at });
  const column: Column | undefined = useWatch({ name: at });
  if (!column) return null;
  const choice = (
    field: keyof Spec,
    label: string,
    value: string,
    options: readonly SelectOption[],
    read: (value: string) => Partial<Spec>,
  ) => (
    <SelectField
      key={field}
      label={`${name}, ${label}`}
      name={`${at}.${field}`}
      value={value}
      onChange={(chosen) => setValue(at, changed(column, read(chosen)), { shouldDirty: true })}
      options={options}
      error={messageAt(errors, `${at}.${field}`)}
    />
  );
  const { kind } = column;
  return (
    <>
      {choice('kind', 'typ', kind, kindOptions, (chosen) => ({
        kind: kinds.includes(chosen) ? (chosen as Column['kind']) : 'actual',
      }))}
      {kind === 'actual' &&
        choice('yearOffset', 'år', String(column.yearOffset ?? 0), yearOptions, (offset) => ({
          yearOffset: Number(offset),
        }))}
      {(kind === 'actual' || kind === 'forecast') &&
        choice(
          'month',
          kind === 'forecast' ? 'prognosens månad' : 'utfall per',
          String(column.month ?? ''),
          kind === 'forecast' ? months : [{ value: '', label: 'bokslut' }, ...months],
          (month) => ({ month: month === '' ? null : Number(month) }),
        )}
      {kind === 'deviation' &&
        (['of', 'against'] as const).map((field) =>
          choice(field, field === 'of' ? 'jämför' : 'mot', column[field] ?? '', figures, (key) => ({
            [field]: key === '' ? null : key,
          })),
        )}
    </>
  );
}

/**
 * A statement table's columns: shown as its figures have them, or chosen (kind, own heading, month, year, and for a
 * deviation the two columns it compares). A deviation compares saved columns, whose keys are known.
 */
export function StatementColumns({ tableNumber, path }: { tableNumber: number; path: string }) {
  const { setValue } = useFormContext();
  const columnName = (index: number) => `Tabell ${tableNumber}, kolumn ${index + 1}`;
  const own = useController({ name: `${path}.ownColumns` });
  const columns: Column[] = useWatch({ name: `${path}.columns` });
  const figures = [
    { value: '', label: 'Välj kolumn' },
    ...columns
      .filter((column) => column.key !== '' && column.kind !== 'deviation')
      .map((column) => ({ value: column.key, label: column.label || column.key })),
  ];
  return (
    <fieldset className="settings-list settings-columns">
      <legend>Kolumner i tabell {tableNumber}</legend>
      <CheckboxField
        label={`Tabell ${tableNumber} har egna kolumner`}
        name={own.field.name}
        checked={own.field.value === true}
        inputRef={own.field.ref}
        onChange={(on) => {
          own.field.onChange(on);
          setValue(`${path}.columns`, on ? [freshColumn()] : [], { shouldDirty: true });
        }}
        description="Utan egna kolumner visar tabellen bokslut, budget, avvikelse och de prognoser som finns."
      />
      {own.field.value === true && (
        <KeyedRows
          name={`${path}.columns`}
          field="label"
          label={(index) => `${columnName(index)}, rubrik`}
          rowName={(index) => `kolumn ${index + 1}`}
          optional
          width="full"
          maxLength={200}
          fresh="Ny kolumn: nyckeln bildas av rubriken."
          minimum={1}
          newEntry={freshColumn}
          add={{ label: 'Lägg till kolumn', context: `Lägg till kolumn i tabell ${tableNumber}` }}
          beside={(at, index) => <ColumnChoices at={at} name={columnName(index)} figures={figures} />}
        />
      )}
    </fieldset>
  );
}
