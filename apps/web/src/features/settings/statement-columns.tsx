import { EARLIER_YEARS } from '@styr/shared/domain/income-statement';
import { monthName } from '@styr/shared/domain/municipal-grant';
import { columnSpecOf, writtenColumn } from '@styr/shared/domain/statement-tables';
import { CheckboxField, SelectField, TextField } from '../../components/form-fields.tsx';
import { RowButtons } from './row-buttons.tsx';
import { type FileProblem, freshRow, moved, problemAt, type Row } from './settings-draft.ts';
import type { Column } from './statements-model.ts';

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
function changed(column: Column, change: Partial<ReturnType<typeof columnSpecOf>>): Column {
  const spec = { ...columnSpecOf(column), ...change };
  return writtenColumn({
    ...spec,
    month: spec.kind === 'forecast' ? (spec.month ?? 8) : spec.kind === 'actual' ? spec.month : null,
    yearOffset: spec.kind === 'actual' ? spec.yearOffset : 0,
    of: spec.kind === 'deviation' ? spec.of : null,
    against: spec.kind === 'deviation' ? spec.against : null,
  });
}

/**
 * A statement table's columns: shown as its figures have them, or chosen (kind, own heading, month, year, and for a
 * deviation the two columns it compares). A deviation compares saved columns, whose keys are known.
 */
export function StatementColumns({
  tableNumber,
  path,
  columns,
  problems,
  onChange,
}: {
  tableNumber: number;
  /** "statementTables[0]" */
  path: string;
  columns: readonly Row<Column>[] | null;
  problems: readonly FileProblem[];
  onChange: (columns: Row<Column>[] | null) => void;
}) {
  const chosen = columns !== null;
  const figures = (columns ?? []).filter((row) => !row.fresh && row.value.kind !== 'deviation');
  const figureOptions = [
    { value: '', label: 'Välj kolumn' },
    ...figures.map((row) => ({ value: row.value.key, label: row.value.label ?? row.value.key })),
  ];
  const set = (index: number, change: Partial<ReturnType<typeof columnSpecOf>>) =>
    onChange(
      (columns ?? []).map((row, at) => (at === index ? { ...row, value: changed(row.value, change) } : row)),
    );
  return (
    <fieldset className="settings-list settings-columns">
      <legend>Kolumner i tabell {tableNumber}</legend>
      <CheckboxField
        label={`Tabell ${tableNumber} har egna kolumner`}
        name={`${path}.columnsChosen`}
        checked={chosen}
        onChange={(on) => onChange(on ? [freshRow<Column>({ key: '', kind: 'actual' })] : null)}
        description="Utan egna kolumner visar tabellen bokslut, budget, avvikelse och de prognoser som finns."
        error={problemAt(problems, `${path}.columns`)}
      />
      {columns !== null && (
        <ol className="settings-rows">
          {columns.map((row, index) => {
            const at = `${path}.columns[${index}]`;
            const column = row.value;
            const name = `Tabell ${tableNumber}, kolumn ${index + 1}`;
            return (
              <li key={row.id} className="settings-row">
                <TextField
                  label={`${name}, rubrik`}
                  name={`${at}.label`}
                  optional
                  value={column.label ?? ''}
                  onChange={(label) => set(index, { label: label === '' ? null : label })}
                  maxLength={200}
                  error={problemAt(problems, `${at}.label`) ?? problemAt(problems, `${at}.key`)}
                  description={row.fresh ? 'Ny kolumn: nyckeln bildas av rubriken.' : `Nyckel: ${column.key}`}
                />
                <SelectField
                  label={`${name}, typ`}
                  name={`${at}.kind`}
                  value={column.kind}
                  onChange={(kind) =>
                    set(index, { kind: kinds.includes(kind) ? (kind as Column['kind']) : 'actual' })
                  }
                  options={kindOptions}
                />
                {column.kind === 'actual' && (
                  <SelectField
                    label={`${name}, år`}
                    name={`${at}.yearOffset`}
                    value={String(column.yearOffset ?? 0)}
                    onChange={(offset) => set(index, { yearOffset: Number(offset) })}
                    options={yearOptions}
                    error={problemAt(problems, `${at}.yearOffset`)}
                  />
                )}
                {(column.kind === 'actual' || column.kind === 'forecast') && (
                  <SelectField
                    label={`${name}, ${column.kind === 'forecast' ? 'prognosens månad' : 'utfall per'}`}
                    name={`${at}.month`}
                    value={String(column.month ?? '')}
                    onChange={(month) => set(index, { month: month === '' ? null : Number(month) })}
                    options={
                      column.kind === 'forecast' ? months : [{ value: '', label: 'bokslut' }, ...months]
                    }
                    error={problemAt(problems, `${at}.month`)}
                  />
                )}
                {column.kind === 'deviation' &&
                  (['of', 'against'] as const).map((field) => (
                    <SelectField
                      key={field}
                      label={`${name}, ${field === 'of' ? 'jämför' : 'mot'}`}
                      name={`${at}.${field}`}
                      value={column[field] ?? ''}
                      onChange={(key) => set(index, { [field]: key === '' ? null : key })}
                      options={figureOptions}
                      error={problemAt(problems, `${at}.${field}`)}
                    />
                  ))}
                <RowButtons
                  id={row.id}
                  name={column.label ?? `kolumn ${index + 1}`}
                  index={index}
                  count={columns.length}
                  onMove={(step) => onChange(moved(columns, index, step))}
                  onRemove={() => onChange(columns.filter((_, other) => other !== index))}
                  removable={columns.length > 1}
                />
              </li>
            );
          })}
        </ol>
      )}
      {columns !== null && (
        <button
          type="button"
          className="button button-small button-secondary"
          aria-label={`Lägg till kolumn i tabell ${tableNumber}`}
          onClick={() => onChange([...columns, freshRow<Column>({ key: '', kind: 'actual' })])}
        >
          Lägg till kolumn
        </button>
      )}
    </fieldset>
  );
}
