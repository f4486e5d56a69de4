import { type Tone, toneSymbols, tones } from '@styr/shared/domain/assessment';
import { FormSelectField } from '../../components/form/fields.tsx';
import { freshLevel } from './scales-model.ts';
import { KeyedRows } from './settings-fields.tsx';

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
}: {
  scaleNumber: number;
  scaleName: string;
  /** "file.assessmentScales.0" */
  path: string;
}) {
  const named = `”${scaleName || 'den nya skalan'}”`;
  const place = (index: number) => `Skala ${scaleNumber}, nivå ${index + 1}`;
  return (
    <fieldset className="settings-list">
      <legend>Nivåer i {named}</legend>
      <KeyedRows
        name={`${path}.levels`}
        field="label"
        label={(index) => `${place(index)}, benämning`}
        rowName={(index) => `nivå ${index + 1}`}
        maxLength={500}
        fresh="Ny nivå: nyckeln bildas av benämningen."
        newEntry={freshLevel}
        add={{ label: 'Lägg till nivå', context: `Lägg till nivå i ${named}` }}
        empty="Skalan har inga nivåer."
        beside={(at, index) => (
          <FormSelectField label={`${place(index)}, ton`} name={`${at}.tone`} options={toneOptions} />
        )}
      />
    </fieldset>
  );
}
