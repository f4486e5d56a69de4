import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { useWatch } from 'react-hook-form';
import type { Settings } from '../../api/settings-api.ts';
import { RiskSteps, type Step } from './risk-steps.tsx';
import { keyedValues } from './settings-draft.ts';
import { KeyedRows } from './settings-fields.tsx';
import { SettingsForm, type SettingsPart } from './settings-form.tsx';

type Values = { file: Pick<MunicipalityFile, 'riskAreas' | 'riskScale'> };

/** "riskAreas[1].name" → "Riskområde 2, namn"; "riskScale.consequence[0].label" → "Konsekvens, steg 1". */
function riskProblemPlace(path: string): string {
  const area = /^riskAreas(?:\[(\d+)\])?/.exec(path);
  if (area) return area[1] === undefined ? 'Riskområdena' : `Riskområde ${Number(area[1]) + 1}, namn`;
  const step = /^riskScale\.(probability|consequence)(?:\[(\d+)\])?/.exec(path);
  if (!step) return path;
  const axis = step[1] === 'probability' ? 'Sannolikhet' : 'Konsekvens';
  return step[2] === undefined ? axis : `${axis}, steg ${Number(step[2]) + 1}`;
}

const words = (steps: readonly Step[]) => steps.map((step) => step.label).join(', ');

/** The areas and steps as the form edits them; new areas are keyed by their names. */
const risks: SettingsPart<Values> = {
  toValues: ({ riskAreas, riskScale }) => ({ file: { riskAreas, riskScale } }),
  toFile: (file, { file: { riskAreas, riskScale } }) => ({
    ...file,
    riskAreas: keyedValues(riskAreas, (area) => area.name),
    riskScale,
  }),
  where: riskProblemPlace,
  review: true,
  describe: ({ file }) => [
    { label: 'Riskområden', value: file.riskAreas.map((area) => area.name).join(', ') },
    { label: 'Sannolikhet', value: words(file.riskScale.probability) },
    { label: 'Konsekvens', value: words(file.riskScale.consequence) },
  ],
};

function RiskScale() {
  const [probability, consequence]: [Step[], Step[]] = useWatch({
    name: ['file.riskScale.probability', 'file.riskScale.consequence'],
  });
  return (
    <fieldset className="settings-group">
      <legend>Riskskala</legend>
      <p>
        Riskmatrisen får {probability.length} × {consequence.length} ={' '}
        {probability.length * consequence.length} rutor.
      </p>
      <div className="settings-pair">
        <RiskSteps axis="probability" title="Sannolikhet" />
        <RiskSteps axis="consequence" title="Konsekvens" />
      </div>
    </fieldset>
  );
}

/** Riskområden (named, in order) and the two axes of the risk matrix. */
export function RisksForm({ settings }: { settings: Settings }) {
  return (
    <SettingsForm settings={settings} part={risks}>
      <fieldset className="settings-group">
        <legend>Riskområden</legend>
        <KeyedRows
          name="file.riskAreas"
          label={(index) => `Riskområde ${index + 1}`}
          rowName={(index) => `riskområde ${index + 1}`}
          maxLength={500}
          fresh="Nytt område: nyckeln bildas av namnet."
          minimum={1}
          newEntry={() => ({ key: '', name: '' })}
          add={{ label: 'Lägg till riskområde' }}
        />
      </fieldset>
      <RiskScale />
    </SettingsForm>
  );
}
