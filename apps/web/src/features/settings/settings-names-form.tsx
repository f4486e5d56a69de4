import { monthName } from '@styr/shared/domain/municipal-grant';
import { orderedOrgKinds } from '@styr/shared/domain/org';
import { type FormEvent, useState } from 'react';
import { TextField } from '../../components/form-fields.tsx';
import { type NamesDraft, namesDraft, withNames } from './settings-model.ts';
import { SaveError } from './settings-problems.tsx';
import { type SettingsPartProps, SettingsSaveRow } from './settings-save-row.tsx';
import { usePutSettings } from './use-settings.ts';

const emptyName = 'Skriv ett namn.';

/**
 * The most common change, made without a file: what the kinds of unit and the follow-up points are called. Saves
 * the loaded file with only those names changed, against the loaded version.
 */
export function SettingsNamesForm({
  municipalityId,
  version,
  file,
  saved,
  onSaved,
  onReload,
}: SettingsPartProps) {
  const [draft, setDraft] = useState<NamesDraft>(() => namesDraft(file));
  const [checked, setChecked] = useState(false);
  const save = usePutSettings(municipalityId, version);
  const next = withNames(file, draft);
  const changed = JSON.stringify(next) !== JSON.stringify(file);
  const blank = (name: string) => (checked && name === '' ? emptyName : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSaved(false);
    setChecked(true);
    const names = [
      ...next.orgKinds.map((kind) => kind.label),
      ...next.followUpPoints.map((point) => point.name),
    ];
    if (names.some((name) => name === '')) return;
    save.mutate({ file: next, dryRun: false }, { onSuccess: () => onSaved(true) });
  };

  return (
    <form onSubmit={submit} noValidate className="settings-names">
      <fieldset>
        <legend>Typer av enheter</legend>
        {orderedOrgKinds(next.orgKinds).map((kind) => {
          const loaded = file.orgKinds.find((entry) => entry.kind === kind.kind)?.label ?? kind.label;
          return (
            <TextField
              key={kind.kind}
              label={`Namn på typen ${loaded}`}
              name={`kind-${kind.kind}`}
              value={draft.kinds[kind.kind] ?? ''}
              onChange={(value) =>
                setDraft((current) => ({ ...current, kinds: { ...current.kinds, [kind.kind]: value } }))
              }
              maxLength={60}
              width="medium"
              error={blank(kind.label)}
            />
          );
        })}
      </fieldset>
      <fieldset>
        <legend>Uppföljningstillfällen</legend>
        {next.followUpPoints.map((point, index) => (
          <TextField
            key={point.key}
            label={`Namn på uppföljningstillfälle ${index + 1} (${monthName(point.month)})`}
            name={`point-${point.key}`}
            value={draft.points[point.key] ?? ''}
            onChange={(value) =>
              setDraft((current) => ({ ...current, points: { ...current.points, [point.key]: value } }))
            }
            maxLength={500}
            width="medium"
            error={blank(point.name)}
          />
        ))}
      </fieldset>
      {save.isError && (
        <SaveError error={save.error} title="Inställningarna kunde inte sparas" onReload={onReload} />
      )}
      <SettingsSaveRow
        submitLabel="Spara namnen"
        busy={save.isPending}
        changed={changed}
        onUndo={() => {
          setDraft(namesDraft(file));
          setChecked(false);
          save.reset();
        }}
        savedNote={saved ? 'Inställningarna är sparade.' : null}
      />
    </form>
  );
}
