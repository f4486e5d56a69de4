import {
  type DocumentOverview,
  type DocumentText,
  documentTextSchema,
  setDocumentTextSchema,
} from '@styr/shared/contracts/documents';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import type { YearScope } from '../../api/plan-api.ts';
import { FormRichTextField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useUnsavedSwitch } from '../../components/form/unsaved-switch.tsx';
import { UnsavedWorkScope } from '../../components/form/unsaved-work.ts';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { SelectField } from '../../components/form-fields.tsx';
import { documentKey } from './use-documents.ts';

const placement = { content: '', before: ' (före kapitlets innehåll)', after: ' (efter kapitlets innehåll)' };

/**
 * The chapters whose text is written for this committee's document, one at a time: text chapters such as the
 * summary, and any chapter whose template prints the committee's text before or after its content.
 */
export function ChapterTexts({ scope, overview }: { scope: YearScope; overview: DocumentOverview }) {
  const chapters = overview.chapters.flatMap((chapter) =>
    chapter.text === null ? [] : [{ ...chapter, text: chapter.text }],
  );
  const [key, setKey] = useState(chapters[0]?.key ?? '');
  const switcher = useUnsavedSwitch();
  if (chapters.length === 0) return null;
  const stored = overview.texts.find((text) => text.chapterKey === key) ?? null;
  const options = chapters.map((chapter) => ({
    value: chapter.key,
    label: `${chapter.number} ${chapter.title}${placement[chapter.text]}`,
  }));
  return (
    <section aria-labelledby="egna-texter" className="section">
      <h2 id="egna-texter">Kapitlens texter</h2>
      <SelectField
        label="Kapitel"
        name="chapter"
        value={key}
        onChange={(next) => switcher.guard(() => setKey(next))}
        options={options}
      />
      <UnsavedWorkScope value={switcher.scope}>
        <ChapterTextForm key={key} scope={scope} overview={overview} chapterKey={key} stored={stored} />
      </UnsavedWorkScope>
      {switcher.dialog}
    </section>
  );
}

type Values = { text: string };

const toValues = (stored: DocumentText | null): Values => ({ text: stored?.text ?? '' });

function ChapterTextForm({
  scope,
  overview,
  chapterKey,
  stored,
}: {
  scope: YearScope;
  overview: DocumentOverview;
  chapterKey: string;
  stored: DocumentText | null;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: documentKey(scope, overview.kind) });
  const save = useSaveForm({
    stored,
    toValues,
    schema: setDocumentTextSchema,
    toBody: ({ text }: Values) => ({ text: text.trim() === '' ? null : text }),
    storedSchema: documentTextSchema,
    onStoredChange: refresh,
    frozen: { documentName: overview.title, onRefresh: refresh },
  });
  return (
    <SaveForm
      save={save}
      onSubmit={save.submit((body) => api.documents.setText(scope, overview.kind, chapterKey, body), {
        saved: 'Texten är sparad.',
        onSaved: refresh,
      })}
      subject="texten"
      saveLabel="Spara texten"
    >
      <FormRichTextField label="Text" name="text" />
    </SaveForm>
  );
}
