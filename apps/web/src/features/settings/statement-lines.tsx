import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { ListError, messageAt } from '../../components/form/field-rows.tsx';
import { SelectField } from '../../components/form-fields.tsx';
import { KeyedRows } from './settings-fields.tsx';
import { freshLine, type Line, partOf, partsText, withPart } from './statements-model.ts';

const partOptions = [
  { value: 'none', label: 'Ingår inte' },
  { value: 'add', label: 'Läggs till (+)' },
  { value: 'subtract', label: 'Dras av (−)' },
] as const;
const partChosen = (value: string) => partOptions.find((option) => option.value === value)?.value ?? 'none';

/** Which of the saved tables a line stands in. */
function LineTable({
  at,
  index,
  tables,
}: {
  at: string;
  index: number;
  tables: readonly { key: string; title: string }[];
}) {
  const { setValue } = useFormContext();
  const { errors } = useFormState({ name: `${at}.table` });
  const line: Line | undefined = useWatch({ name: at });
  if (!line) return null;
  const firstTable = tables[0]?.key;
  const saved = tables
    .filter((table) => table.key !== '')
    .map((table) => ({ value: table.key, label: table.title }));
  const unknown = line.table !== undefined && !saved.some((option) => option.value === line.table);
  return (
    <SelectField
      label={`Rad ${index + 1}, tabell`}
      name={`${at}.table`}
      value={line.table ?? firstTable ?? ''}
      // The first table needs no name on a line, so a file written before there were several reads the same.
      onChange={(table) =>
        setValue(at, table === firstTable && line.table === undefined ? line : { ...line, table }, {
          shouldDirty: true,
        })
      }
      options={unknown ? [...saved, { value: line.table ?? '', label: `${line.table} (finns inte)` }] : saved}
      error={messageAt(errors, `${at}.table`)}
    />
  );
}

/** A line's parts, added or subtracted, which make it computed; chosen among saved lines, whose keys are known. */
function LineParts({ at, index, lines }: { at: string; index: number; lines: readonly Line[] }) {
  const { setValue } = useFormContext();
  const line = lines[index];
  if (!line) return null;
  const name = line.label || `rad ${index + 1}`;
  const others = lines.filter((other, place) => other.key !== '' && place !== index);
  return (
    <details className="settings-parts">
      <summary>
        {partsText(lines, line)}
        <span className="visually-hidden"> (rad {index + 1}, ändra delar)</span>
      </summary>
      <ListError name={`${at}.sumOf`} />
      <ListError name={`${at}.subtract`} />
      {others.length === 0 && <p className="muted">Det finns inga sparade rader att räkna med.</p>}
      {others.map((other) => (
        <SelectField
          key={other.key}
          label={`${other.label} i ”${name}”`}
          name={`${at}.part.${other.key}`}
          value={partOf(line, other.key)}
          onChange={(how) => setValue(at, withPart(line, other.key, partChosen(how)), { shouldDirty: true })}
          options={partOptions}
        />
      ))}
    </details>
  );
}

/** The statement lines in order, each in a table; a line with parts is computed. */
export function StatementLines() {
  const [lines, tables]: [Line[], { key: string; title: string }[]] = useWatch({
    name: ['file.statementLines', 'file.statementTables'],
  });
  return (
    <fieldset className="settings-group">
      <legend>Rader</legend>
      <KeyedRows
        name="file.statementLines"
        field="label"
        label={(index) => `Rad ${index + 1}, benämning`}
        rowName={(index) => `rad ${index + 1}`}
        maxLength={200}
        fresh="Ny rad: nyckeln bildas av benämningen."
        newEntry={freshLine}
        add={{ label: 'Lägg till rad' }}
        beside={(at, index) => <LineTable at={at} index={index} tables={tables} />}
        below={(at, index) => <LineParts at={at} index={index} lines={lines} />}
      />
    </fieldset>
  );
}
