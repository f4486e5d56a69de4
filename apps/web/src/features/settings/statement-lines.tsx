import { SelectField, TextField } from '../../components/form-fields.tsx';
import { RowButtons } from './row-buttons.tsx';
import { type FileProblem, moved, problemAt, type Row } from './settings-draft.ts';
import { type Line, type Part, partOf, partsText, type Table, withPart } from './statements-model.ts';

const partOptions = [
  { value: 'none', label: 'Ingår inte' },
  { value: 'add', label: 'Läggs till (+)' },
  { value: 'subtract', label: 'Dras av (−)' },
];

/**
 * The statement lines in order, each in a table; a line's parts (added or subtracted) make it computed. Parts are
 * chosen among saved lines, whose keys are known.
 */
export function StatementLines({
  lines,
  tables,
  problems,
  onChange,
}: {
  lines: readonly Row<Line>[];
  tables: readonly Row<Table>[];
  problems: readonly FileProblem[];
  onChange: (lines: Row<Line>[]) => void;
}) {
  const firstTable = tables[0]?.value.key;
  const values = lines.map((row) => row.value);
  const change = (index: number, update: (line: Line) => Line) =>
    onChange(lines.map((row, at) => (at === index ? { ...row, value: update(row.value) } : row)));
  const tableOptions = tables
    .filter((table) => !table.fresh)
    .map((table) => ({ value: table.value.key, label: table.value.title }));
  return (
    <ol className="settings-rows">
      {lines.map((row, index) => {
        const at = `statementLines[${index}]`;
        const line = row.value;
        const name = line.label || `rad ${index + 1}`;
        const others = lines.filter((other) => !other.fresh && other.id !== row.id);
        return (
          <li key={row.id} className="settings-row settings-line">
            <TextField
              label={`Rad ${index + 1}, benämning`}
              name={`${at}.label`}
              value={line.label}
              onChange={(label) => change(index, (entry) => ({ ...entry, label }))}
              maxLength={200}
              width="medium"
              error={problemAt(problems, `${at}.label`) ?? problemAt(problems, `${at}.key`)}
              description={row.fresh ? 'Ny rad: nyckeln bildas av benämningen.' : `Nyckel: ${line.key}`}
            />
            <SelectField
              label={`Rad ${index + 1}, tabell`}
              name={`${at}.table`}
              value={line.table ?? firstTable ?? ''}
              onChange={(table) =>
                change(index, (entry) =>
                  table === firstTable && entry.table === undefined ? entry : { ...entry, table },
                )
              }
              options={
                line.table !== undefined && !tableOptions.some((option) => option.value === line.table)
                  ? [...tableOptions, { value: line.table, label: `${line.table} (finns inte)` }]
                  : tableOptions
              }
              error={problemAt(problems, `${at}.table`)}
            />
            <RowButtons
              id={row.id}
              name={name}
              index={index}
              count={lines.length}
              onMove={(step) => onChange(moved(lines, index, step))}
              onRemove={() => onChange(lines.filter((_, other) => other !== index))}
            />
            <details className="settings-parts">
              <summary>
                {partsText(values, line)}
                <span className="visually-hidden"> (rad {index + 1}, ändra delar)</span>
              </summary>
              {(problemAt(problems, `${at}.sumOf`) ?? problemAt(problems, `${at}.subtract`)) && (
                <p className="field-error">
                  {problemAt(problems, `${at}.sumOf`) ?? problemAt(problems, `${at}.subtract`)}
                </p>
              )}
              {others.length === 0 && <p className="muted">Det finns inga sparade rader att räkna med.</p>}
              {others.map((other) => (
                <SelectField
                  key={other.id}
                  label={`${other.value.label} i ”${name}”`}
                  name={`${at}.part.${other.value.key}`}
                  value={partOf(line, other.value.key)}
                  onChange={(how) => change(index, (entry) => withPart(entry, other.value.key, how as Part))}
                  options={partOptions}
                />
              ))}
            </details>
          </li>
        );
      })}
    </ol>
  );
}
