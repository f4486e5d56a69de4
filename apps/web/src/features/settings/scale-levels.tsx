import { type Tone, toneSymbols, tones } from '@styr/shared/domain/assessment';
import { SelectField, TextField } from '../../components/form-fields.tsx';
import { RowButtons } from './row-buttons.tsx';
import type { Level } from './scales-model.ts';
import { type FileProblem, freshRow, moved, problemAt, type Row } from './settings-draft.ts';

const toneNames: Record<Tone, string> = {
  good: 'Grön: uppfyllt',
  partial: 'Gul: delvis',
  bad: 'Röd: ej uppfyllt',
  unknown: 'Grå: svårbedömt',
};
const toneOptions = tones.map((tone) => ({ value: tone, label: `${toneSymbols[tone]} ${toneNames[tone]}` }));

/** A scale's levels in order, best first as the reports print them: each with its word and its tone. */
export function ScaleLevels({
  scaleNumber,
  scaleName,
  path,
  levels,
  problems,
  onChange,
}: {
  scaleNumber: number;
  scaleName: string;
  /** "assessmentScales[0]" */
  path: string;
  levels: readonly Row<Level>[];
  problems: readonly FileProblem[];
  onChange: (levels: Row<Level>[]) => void;
}) {
  const change = (index: number, value: Partial<Level>) =>
    onChange(levels.map((row, at) => (at === index ? { ...row, value: { ...row.value, ...value } } : row)));
  const listProblem = problemAt(problems, `${path}.levels`);
  return (
    <fieldset className="settings-list">
      <legend>Nivåer i ”{scaleName || 'den nya skalan'}”</legend>
      {listProblem && (
        <p className="field-error">
          <span className="visually-hidden">Fel: </span>
          {listProblem}
        </p>
      )}
      {levels.length === 0 && <p className="muted">Skalan har inga nivåer.</p>}
      <ol className="settings-rows">
        {levels.map((row, index) => {
          const at = `${path}.levels[${index}]`;
          const name = row.value.label || `nivå ${index + 1}`;
          return (
            <li key={row.id} className="settings-row">
              <TextField
                label={`Skala ${scaleNumber}, nivå ${index + 1}, benämning`}
                name={`${at}.label`}
                value={row.value.label}
                onChange={(label) => change(index, { label })}
                maxLength={500}
                width="medium"
                error={problemAt(problems, `${at}.label`) ?? problemAt(problems, `${at}.key`)}
                description={
                  row.fresh ? 'Ny nivå: nyckeln bildas av benämningen.' : `Nyckel: ${row.value.key}`
                }
              />
              <SelectField
                label={`Skala ${scaleNumber}, nivå ${index + 1}, ton`}
                name={`${at}.tone`}
                value={row.value.tone}
                onChange={(tone) =>
                  change(index, { tone: tones.find((entry) => entry === tone) ?? 'unknown' })
                }
                options={toneOptions}
                error={problemAt(problems, `${at}.tone`)}
              />
              <RowButtons
                id={row.id}
                name={name}
                index={index}
                count={levels.length}
                onMove={(step) => onChange(moved(levels, index, step))}
                onRemove={() => onChange(levels.filter((_, other) => other !== index))}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button-small button-secondary"
        aria-label={`Lägg till nivå i ”${scaleName || 'den nya skalan'}”`}
        onClick={() => onChange([...levels, freshRow<Level>({ key: '', label: '', tone: 'good' })])}
      >
        Lägg till nivå
      </button>
    </fieldset>
  );
}
