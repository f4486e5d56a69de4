import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { formatNumber } from '@styr/shared/format/number';
import { defaultNumberStyle, type NumberStyle, styleFigures } from '@styr/shared/format/number-style';
import { useWatch } from 'react-hook-form';
import type { Settings } from '../../api/settings-api.ts';
import { FormRadioGroupField } from '../../components/form/fields.tsx';
import { SettingsForm, type SettingsPart } from './settings-form.tsx';

const minusLabels: Record<NumberStyle['minus'], string> = {
  minus: 'Minustecken (−)',
  hyphen: 'Bindestreck (-)',
};
const thousandsLabels: Record<NumberStyle['thousands'], string> = {
  space: 'Mellanslag mellan tusental',
  none: 'Inget mellanrum',
};

type Values = { style: NumberStyle };

const choices = [
  { name: 'style.minus', label: 'Negativa tal', labels: minusLabels },
  { name: 'style.thousands', label: 'Tusental', labels: thousandsLabels },
];

/** The loaded file with the chosen style; the default is left out, as a file without one reads. */
const withStyle = (file: MunicipalityFile, style: NumberStyle): MunicipalityFile => {
  const { numberStyle: _left, ...rest } = file;
  return style.minus === 'minus' && style.thousands === 'space' ? rest : { ...rest, numberStyle: style };
};

const numberStyle: SettingsPart<Values> = {
  saveLabel: 'Spara talformatet',
  saved: 'Talformatet är sparat.',
  toValues: (file) => ({ style: file.numberStyle ?? defaultNumberStyle }),
  toFile: (file, { style }) => withStyle(file, style),
  where: () => 'Talformatet',
  describe: ({ style }) => [
    { label: 'Negativa tal', value: minusLabels[style.minus] },
    { label: 'Tusental', value: thousandsLabels[style.thousands] },
  ],
};

function Example() {
  const style = useWatch<Values, 'style'>({ name: 'style' });
  return (
    <p className="field-hint">
      Så skrivs talen: {styleFigures(formatNumber(-1234.5, { decimals: 1 }), style)}
    </p>
  );
}

/** How the documents print figures: the minus sign and the thousands separator, saved with the settings file. */
export function NumberStyleForm({ settings }: { settings: Settings }) {
  return (
    <SettingsForm settings={settings} part={numberStyle}>
      {choices.map(({ name, label, labels }) => (
        <FormRadioGroupField
          key={name}
          name={name}
          label={label}
          options={Object.entries(labels).map(([value, text]) => ({ value, label: text }))}
        />
      ))}
      <Example />
    </SettingsForm>
  );
}
