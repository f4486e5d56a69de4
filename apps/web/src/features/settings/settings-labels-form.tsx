import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import {
  type DocumentLabelKey,
  documentLabelCatalog,
  documentLabelKeys,
} from '@styr/shared/domain/document-labels';
import { type FormEvent, useState } from 'react';
import { DataTable } from '../../components/data-table.tsx';
import { SaveError } from './settings-problems.tsx';
import { type SettingsPartProps, SettingsSaveRow } from './settings-save-row.tsx';
import { usePutSettings } from './use-settings.ts';

type Draft = Partial<Record<DocumentLabelKey, string>>;

/** The loaded file with the labels of the draft: a field left empty prints the default, so it is left out. */
function withLabels(file: MunicipalityFile, draft: Draft): MunicipalityFile {
  return {
    ...file,
    documentLabels: Object.fromEntries(
      documentLabelKeys.flatMap((key) => {
        const text = draft[key]?.trim() ?? '';
        return text === '' ? [] : [[key, text]];
      }),
    ),
  };
}

/**
 * The words documents and pages print around the municipality's data (kinds of goal, headings, table columns),
 * each with its default shown; saved like the names, as the loaded file with only the labels changed.
 */
export function SettingsLabelsForm({
  municipalityId,
  version,
  file,
  saved,
  onSaved,
  onReload,
}: SettingsPartProps) {
  const [draft, setDraft] = useState<Draft>(() => ({ ...file.documentLabels }));
  const save = usePutSettings(municipalityId, version);
  const next = withLabels(file, draft);
  const changed = JSON.stringify(next.documentLabels) !== JSON.stringify(file.documentLabels);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSaved(false);
    save.mutate({ file: next, dryRun: false }, { onSuccess: () => onSaved(true) });
  };

  return (
    <form onSubmit={submit} noValidate className="settings-names">
      <DataTable
        caption="Ord i dokument och på sidor"
        captionHidden
        columns={[
          { key: 'about', header: 'Var ordet syns', cell: (key) => documentLabelCatalog[key].about },
          { key: 'default', header: 'Standard', cell: (key) => documentLabelCatalog[key].text },
          {
            key: 'own',
            header: 'Kommunens ord',
            cell: (key) => {
              const { text, about } = documentLabelCatalog[key];
              return (
                <input
                  className="input input-medium"
                  name={`label-${key}`}
                  aria-label={`${about}: ”${text}”`}
                  placeholder={text}
                  value={draft[key] ?? ''}
                  onChange={(event) => setDraft((current) => ({ ...current, [key]: event.target.value }))}
                  maxLength={200}
                />
              );
            },
          },
        ]}
        rows={documentLabelKeys}
        rowKey={(key) => key}
        empty="Inga ord."
      />
      {save.isError && (
        <SaveError error={save.error} title="Etiketterna kunde inte sparas" onReload={onReload} />
      )}
      <SettingsSaveRow
        submitLabel="Spara orden"
        busy={save.isPending}
        changed={changed}
        onUndo={() => {
          setDraft({ ...file.documentLabels });
          save.reset();
        }}
        savedNote={saved ? 'Orden är sparade.' : null}
      />
    </form>
  );
}
