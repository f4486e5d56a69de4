import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { monthName } from '@styr/shared/domain/municipal-grant';
import { orderedOrgKinds } from '@styr/shared/domain/org';
import { useFormState } from 'react-hook-form';
import type { Settings } from '../../api/settings-api.ts';
import { FormTextField } from '../../components/form/fields.tsx';
import { SettingsForm, type SettingsPart } from './settings-form.tsx';

type Values = { file: Pick<MunicipalityFile, 'orgKinds' | 'followUpPoints'> };

const names: SettingsPart<Values> = {
  saveLabel: 'Spara namnen',
  className: 'settings-names',
  toValues: ({ orgKinds, followUpPoints }) => ({ file: { orgKinds, followUpPoints } }),
  toFile: (file, { file: { orgKinds, followUpPoints } }) => ({
    ...file,
    orgKinds: orgKinds.map((kind) => ({ ...kind, label: kind.label.trim() })),
    followUpPoints: followUpPoints.map((point) => ({ ...point, name: point.name.trim() })),
  }),
  where: (path, file) => {
    const kind = /^orgKinds\[(\d+)\]/.exec(path);
    if (kind) return `Namn på typen ${file.orgKinds[Number(kind[1])]?.label ?? ''}`;
    const point = /^followUpPoints\[(\d+)\]/.exec(path);
    return point ? `Namn på uppföljningstillfälle ${Number(point[1]) + 1}` : path;
  },
  describe: ({ file }) => [
    { label: 'Typer av enheter', value: file.orgKinds.map((kind) => kind.label).join(', ') },
    { label: 'Uppföljningstillfällen', value: file.followUpPoints.map((point) => point.name).join(', ') },
  ],
};

/** Each field is named by the name as saved, which the form's values start from. */
function NameFields() {
  // Set whole from the stored file, so no part of it is missing.
  const stored = useFormState<Values>().defaultValues?.file as Values['file'];
  const kinds = stored.orgKinds;
  return (
    <>
      <fieldset>
        <legend>Typer av enheter</legend>
        {orderedOrgKinds(kinds).map((kind) => (
          <FormTextField
            key={kind.kind}
            label={`Namn på typen ${kind.label}`}
            name={`file.orgKinds.${kinds.indexOf(kind)}.label`}
            maxLength={60}
            width="medium"
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Uppföljningstillfällen</legend>
        {stored.followUpPoints.map((point, index) => (
          <FormTextField
            key={point.key}
            label={`Namn på uppföljningstillfälle ${index + 1} (${monthName(point.month)})`}
            name={`file.followUpPoints.${index}.name`}
            maxLength={500}
            width="medium"
          />
        ))}
      </fieldset>
    </>
  );
}

/**
 * The most common change, made without a file: what the kinds of unit and the follow-up points are called. Saves
 * the loaded file with only those names changed.
 */
export function SettingsNamesForm({ settings }: { settings: Settings }) {
  return (
    <SettingsForm settings={settings} part={names}>
      <NameFields />
    </SettingsForm>
  );
}
