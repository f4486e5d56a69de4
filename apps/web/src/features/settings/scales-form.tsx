import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { monthName } from '@styr/shared/domain/municipal-grant';
import { useState } from 'react';
import { CheckboxField, TextField } from '../../components/form-fields.tsx';
import { RowButtons } from './row-buttons.tsx';
import { ScaleLevels } from './scale-levels.tsx';
import { freshScale, type ScaleRow, scaleProblemPlace, scaleRows, withScales } from './scales-model.ts';
import { moved, problemAt } from './settings-draft.ts';
import { SettingsEditor } from './settings-editor.tsx';

export interface SettingsFormProps {
  municipalityId: string;
  version: string;
  file: MunicipalityFile;
  saved: boolean;
  onSaved: (saved: boolean) => void;
  onReload: () => void;
}

/**
 * The goal assessment scales: their names, levels (word, tone, order), whether a level is required, and the
 * follow-up points that use each; the first scale serves the points no scale names.
 */
export function ScalesForm(props: SettingsFormProps) {
  const { file } = props;
  const [rows, setRows] = useState<ScaleRow[]>(() => scaleRows(file));
  const change = (index: number, update: (row: ScaleRow) => ScaleRow) =>
    setRows((current) => current.map((row, at) => (at === index ? update(row) : row)));
  return (
    <SettingsEditor
      {...props}
      next={withScales(file, rows)}
      where={scaleProblemPlace}
      onUndo={() => setRows(scaleRows(file))}
    >
      {(problems) => (
        <>
          {problemAt(problems, 'assessmentScales') && (
            <p className="field-error">{problemAt(problems, 'assessmentScales')}</p>
          )}
          {rows.map((row, index) => {
            const at = `assessmentScales[${index}]`;
            const name = row.value.name || `skala ${index + 1}`;
            return (
              <fieldset key={row.id} className="settings-group">
                <legend>
                  Skala {index + 1}: {row.value.name || 'ny skala'}
                </legend>
                <TextField
                  label={`Skala ${index + 1}, namn`}
                  name={`${at}.name`}
                  value={row.value.name}
                  onChange={(value) =>
                    change(index, (entry) => ({ ...entry, value: { ...entry.value, name: value } }))
                  }
                  maxLength={500}
                  width="medium"
                  error={problemAt(problems, `${at}.name`) ?? problemAt(problems, `${at}.key`)}
                  description={row.fresh ? 'Ny skala: nyckeln bildas av namnet.' : `Nyckel: ${row.value.key}`}
                />
                <CheckboxField
                  label={`Skala ${index + 1}: en bedömning måste ha en nivå`}
                  name={`${at}.levelRequired`}
                  checked={row.value.levelRequired}
                  onChange={(levelRequired) =>
                    change(index, (entry) => ({ ...entry, value: { ...entry.value, levelRequired } }))
                  }
                  description="Utan kryss kan ett mål bedömas i ord, utan nivå."
                />
                <fieldset className="settings-list">
                  <legend>Används vid</legend>
                  <p className="field-hint">
                    {index === 0
                      ? 'Den första skalan används också vid de uppföljningar som ingen skala anger.'
                      : 'Uppföljningar utan skala använder den första skalan.'}
                  </p>
                  {problemAt(problems, `${at}.followUpPoints`) && (
                    <p className="field-error">{problemAt(problems, `${at}.followUpPoints`)}</p>
                  )}
                  {file.followUpPoints.map((point) => (
                    <CheckboxField
                      key={point.key}
                      label={`Skala ${index + 1} används vid ${point.name} (${monthName(point.month)})`}
                      name={`${at}.followUpPoints.${point.key}`}
                      checked={row.value.followUpPoints.includes(point.key)}
                      error={problemAt(
                        problems,
                        `${at}.followUpPoints[${row.value.followUpPoints.indexOf(point.key)}]`,
                      )}
                      onChange={(checked) =>
                        change(index, (entry) => ({
                          ...entry,
                          value: {
                            ...entry.value,
                            followUpPoints: file.followUpPoints
                              .map((candidate) => candidate.key)
                              .filter((key) =>
                                key === point.key ? checked : entry.value.followUpPoints.includes(key),
                              ),
                          },
                        }))
                      }
                    />
                  ))}
                </fieldset>
                <ScaleLevels
                  scaleNumber={index + 1}
                  scaleName={row.value.name}
                  path={at}
                  levels={row.levels}
                  problems={problems}
                  onChange={(levels) => change(index, (entry) => ({ ...entry, levels }))}
                />
                <RowButtons
                  id={row.id}
                  name={`skalan ${name}`}
                  index={index}
                  count={rows.length}
                  onMove={(step) => setRows((current) => moved(current, index, step))}
                  onRemove={() => setRows((current) => current.filter((_, other) => other !== index))}
                  removable={rows.length > 1}
                  noun="skalan"
                />
              </fieldset>
            );
          })}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setRows((current) => [...current, freshScale()])}
          >
            Lägg till skala
          </button>
        </>
      )}
    </SettingsEditor>
  );
}
