import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { useState } from 'react';
import { TextField } from '../../components/form-fields.tsx';
import { RiskSteps, type Step } from './risk-steps.tsx';
import { RowButtons } from './row-buttons.tsx';
import type { SettingsFormProps } from './scales-form.tsx';
import { freshRow, keyedValues, loadedRows, moved, problemAt, type Row } from './settings-draft.ts';
import { SettingsEditor } from './settings-editor.tsx';

type Area = MunicipalityFile['riskAreas'][number];

interface RisksDraft {
  areas: Row<Area>[];
  probability: Step[];
  consequence: Step[];
}

const risksDraft = (file: MunicipalityFile): RisksDraft => ({
  areas: loadedRows(file.riskAreas),
  probability: file.riskScale.probability,
  consequence: file.riskScale.consequence,
});

/** The loaded file with the form's areas and steps; new areas are keyed by their names. */
function withRisks(file: MunicipalityFile, draft: RisksDraft): MunicipalityFile {
  return {
    ...file,
    riskAreas: keyedValues(draft.areas, (area) => area.name),
    riskScale: { probability: draft.probability, consequence: draft.consequence },
  };
}

/** "riskAreas[1].name" → "Riskområde 2, namn"; "riskScale.consequence[0].label" → "Konsekvens, steg 1". */
function riskProblemPlace(path: string): string {
  const area = /^riskAreas(?:\[(\d+)\])?/.exec(path);
  if (area) return area[1] === undefined ? 'Riskområdena' : `Riskområde ${Number(area[1]) + 1}, namn`;
  const step = /^riskScale\.(probability|consequence)(?:\[(\d+)\])?/.exec(path);
  if (!step) return path;
  const axis = step[1] === 'probability' ? 'Sannolikhet' : 'Konsekvens';
  return step[2] === undefined ? axis : `${axis}, steg ${Number(step[2]) + 1}`;
}

/** Riskområden (named, in order) and the two axes of the risk matrix. */
export function RisksForm(props: SettingsFormProps) {
  const { file } = props;
  const [draft, setDraft] = useState<RisksDraft>(() => risksDraft(file));
  const setAreas = (update: (areas: Row<Area>[]) => Row<Area>[]) =>
    setDraft((current) => ({ ...current, areas: update(current.areas) }));
  const cells = draft.probability.length * draft.consequence.length;
  return (
    <SettingsEditor
      {...props}
      next={withRisks(file, draft)}
      where={riskProblemPlace}
      onUndo={() => setDraft(risksDraft(file))}
    >
      {(problems) => (
        <>
          <fieldset className="settings-group">
            <legend>Riskområden</legend>
            {problemAt(problems, 'riskAreas') && (
              <p className="field-error">{problemAt(problems, 'riskAreas')}</p>
            )}
            <ol className="settings-rows">
              {draft.areas.map((row, index) => (
                <li key={row.id} className="settings-row">
                  <TextField
                    label={`Riskområde ${index + 1}`}
                    name={`riskAreas[${index}].name`}
                    value={row.value.name}
                    onChange={(name) =>
                      setAreas((areas) =>
                        areas.map((entry, at) =>
                          at === index ? { ...entry, value: { ...entry.value, name } } : entry,
                        ),
                      )
                    }
                    maxLength={500}
                    width="medium"
                    error={
                      problemAt(problems, `riskAreas[${index}].name`) ??
                      problemAt(problems, `riskAreas[${index}].key`)
                    }
                    description={
                      row.fresh ? 'Nytt område: nyckeln bildas av namnet.' : `Nyckel: ${row.value.key}`
                    }
                  />
                  <RowButtons
                    id={row.id}
                    name={row.value.name || `riskområde ${index + 1}`}
                    index={index}
                    count={draft.areas.length}
                    onMove={(step) => setAreas((areas) => moved(areas, index, step))}
                    onRemove={() => setAreas((areas) => areas.filter((_, other) => other !== index))}
                    removable={draft.areas.length > 1}
                  />
                </li>
              ))}
            </ol>
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => setAreas((areas) => [...areas, freshRow<Area>({ key: '', name: '' })])}
            >
              Lägg till riskområde
            </button>
          </fieldset>
          <fieldset className="settings-group">
            <legend>Riskskala</legend>
            <p>
              Riskmatrisen får {draft.probability.length} × {draft.consequence.length} = {cells} rutor.
            </p>
            <div className="settings-pair">
              <RiskSteps
                axis="probability"
                title="Sannolikhet"
                steps={draft.probability}
                problems={problems}
                onChange={(probability) => setDraft((current) => ({ ...current, probability }))}
              />
              <RiskSteps
                axis="consequence"
                title="Konsekvens"
                steps={draft.consequence}
                problems={problems}
                onChange={(consequence) => setDraft((current) => ({ ...current, consequence }))}
              />
            </div>
          </fieldset>
        </>
      )}
    </SettingsEditor>
  );
}
