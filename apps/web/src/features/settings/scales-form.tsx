import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { monthName } from '@styr/shared/domain/municipal-grant';
import { useFieldArray, useWatch } from 'react-hook-form';
import type { Settings } from '../../api/settings-api.ts';
import { FormCheckboxGroupField } from '../../components/form/checkbox-group-field.tsx';
import { ListError, RowButtons } from '../../components/form/field-rows.tsx';
import { FormCheckboxField } from '../../components/form/fields.tsx';
import { ScaleLevels } from './scale-levels.tsx';
import { freshScale, type Scale, scales } from './scales-model.ts';
import { AddButton, KeyedNameField } from './settings-fields.tsx';
import { SettingsForm } from './settings-form.tsx';

type Point = MunicipalityFile['followUpPoints'][number];

function ScaleGroup({ index, points }: { index: number; points: readonly Point[] }) {
  const path = `file.assessmentScales.${index}`;
  const name: string = useWatch({ name: `${path}.name` });
  const number = index + 1;
  return (
    <>
      <legend>
        Skala {number}: {name || 'ny skala'}
      </legend>
      <KeyedNameField
        path={path}
        label={`Skala ${number}, namn`}
        maxLength={500}
        fresh="Ny skala: nyckeln bildas av namnet."
      />
      <FormCheckboxField
        label={`Skala ${number}: en bedömning måste ha en nivå`}
        name={`${path}.levelRequired`}
        description="Utan kryss kan ett mål bedömas i ord, utan nivå."
      />
      <FormCheckboxGroupField
        name={`${path}.followUpPoints`}
        label="Används vid"
        description={
          index === 0
            ? 'Den första skalan används också vid de uppföljningar som ingen skala anger.'
            : 'Uppföljningar utan skala använder den första skalan.'
        }
        options={points.map((point) => ({
          value: point.key,
          label: `Skala ${number} används vid ${point.name} (${monthName(point.month)})`,
        }))}
      />
      <ScaleLevels scaleNumber={number} scaleName={name} path={path} />
    </>
  );
}

function ScaleList({ points }: { points: readonly Point[] }) {
  const { fields, append, move, remove } = useFieldArray<{ file: { assessmentScales: Scale[] } }>({
    name: 'file.assessmentScales',
  });
  const names: Scale[] = useWatch({ name: 'file.assessmentScales' });
  return (
    <>
      <ListError name="file.assessmentScales" />
      {fields.map((row, index) => (
        <fieldset key={row.id} className="settings-group">
          <ScaleGroup index={index} points={points} />
          <RowButtons
            id={row.id}
            name={`skalan ${names[index]?.name || `skala ${index + 1}`}`}
            index={index}
            count={fields.length}
            onMove={(step) => move(index, index + step)}
            onRemove={() => remove(index)}
            removable={fields.length > 1}
            noun="skalan"
          />
        </fieldset>
      ))}
      <AddButton label="Lägg till skala" onAdd={() => append(freshScale())} />
    </>
  );
}

/**
 * The goal assessment scales: their names, levels (word, tone, order), whether a level is required, and the
 * follow-up points that use each; the first scale serves the points no scale names.
 */
export function ScalesForm({ settings }: { settings: Settings }) {
  return (
    <SettingsForm settings={settings} part={scales}>
      <ScaleList points={settings.file.followUpPoints} />
    </SettingsForm>
  );
}
