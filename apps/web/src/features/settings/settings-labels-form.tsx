import {
  type DocumentLabelKey,
  documentLabelCatalog,
  documentLabelKeys,
} from '@styr/shared/domain/document-labels';
import { useFormContext } from 'react-hook-form';
import type { Settings } from '../../api/settings-api.ts';
import { DataTable } from '../../components/data-table.tsx';
import { SettingsForm, type SettingsPart } from './settings-form.tsx';

/** Each word in the catalogue's order, '' where the default holds; a key holds dots, so no field is named by it. */
type Values = { labels: { key: DocumentLabelKey; text: string }[] };

const labels: SettingsPart<Values> = {
  saveLabel: 'Spara orden',
  saved: 'Orden är sparade.',
  className: 'settings-names',
  toValues: (file) => ({
    labels: documentLabelKeys.map((key) => ({ key, text: file.documentLabels[key] ?? '' })),
  }),
  // A field left empty prints the default, so it is left out.
  toFile: (file, values) => ({
    ...file,
    documentLabels: Object.fromEntries(
      values.labels.flatMap(({ key, text }) => (text.trim() === '' ? [] : [[key, text.trim()]])),
    ),
  }),
  where: (path) => {
    const index = /^labels\[(\d+)\]/.exec(path)?.[1];
    const key = index === undefined ? undefined : documentLabelKeys[Number(index)];
    return key ? documentLabelCatalog[key].about : 'Ord i dokumenten';
  },
  describe: (values) => [
    {
      label: 'Kommunens ord',
      value:
        values.labels
          .filter(({ text }) => text.trim() !== '')
          .map(({ key, text }) => `${documentLabelCatalog[key].text} → ${text}`)
          .join(', ') || 'Standardorden',
    },
  ],
};

function LabelInput({ index, labelKey }: { index: number; labelKey: DocumentLabelKey }) {
  const { text, about } = documentLabelCatalog[labelKey];
  return (
    <input
      className="input input-medium"
      {...useFormContext<Values>().register(`labels.${index}.text`)}
      aria-label={`${about}: ”${text}”`}
      placeholder={text}
      maxLength={200}
    />
  );
}

/**
 * The words documents and pages print around the municipality's data (kinds of goal, headings, table columns),
 * each with its default shown; saved like the names, as the loaded file with only the words changed.
 */
export function SettingsLabelsForm({ settings }: { settings: Settings }) {
  return (
    <SettingsForm settings={settings} part={labels}>
      <DataTable
        caption="Ord i dokument och på sidor"
        captionHidden
        columns={[
          { key: 'about', header: 'Var ordet syns', cell: (key) => documentLabelCatalog[key].about },
          { key: 'default', header: 'Standard', cell: (key) => documentLabelCatalog[key].text },
          {
            key: 'own',
            header: 'Kommunens ord',
            cell: (key) => <LabelInput index={documentLabelKeys.indexOf(key)} labelKey={key} />,
          },
        ]}
        rows={documentLabelKeys}
        rowKey={(key) => key}
        empty="Inga ord."
      />
    </SettingsForm>
  );
}
