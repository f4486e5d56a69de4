import type { DocumentOverview } from '@styr/shared/contracts/documents';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { isApiError } from '../../api/api-error.ts';
import type { YearScope } from '../../api/plan-api.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { SelectField } from '../../components/form-fields.tsx';
import { RichTextField } from '../../components/rich-text-field.tsx';
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
  if (chapters.length === 0) return null;
  const stored = overview.texts.find((text) => text.chapterKey === key) ?? null;
  return (
    <section aria-labelledby="egna-texter" className="section">
      <h2 id="egna-texter">Kapitlens texter</h2>
      <SelectField
        label="Kapitel"
        name="chapter"
        value={key}
        onChange={setKey}
        options={chapters.map((chapter) => ({
          value: chapter.key,
          label: `${chapter.number} ${chapter.title}${placement[chapter.text]}`,
        }))}
      />
      <ChapterTextForm
        key={`${key}:${stored?.version ?? 0}`}
        scope={scope}
        overview={overview}
        chapterKey={key}
        stored={stored}
      />
    </section>
  );
}

function ChapterTextForm({
  scope,
  overview,
  chapterKey,
  stored,
}: {
  scope: YearScope;
  overview: DocumentOverview;
  chapterKey: string;
  stored: DocumentOverview['texts'][number] | null;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [text, setText] = useState(stored?.text ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () =>
      api.documents.setText(scope, overview.kind, chapterKey, {
        text: text.trim() === '' ? null : text,
        ...(stored ? { version: stored.version } : {}),
      }),
    onSuccess: () => {
      setMessage('Texten är sparad.');
      void queryClient.invalidateQueries({ queryKey: documentKey(scope, overview.kind) });
    },
    onError: (error) => {
      if (isApiError(error, 'VERSION_CONFLICT')) {
        setMessage('Någon annan ändrade texten under tiden. Läs in sidan på nytt innan du sparar.');
      }
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    save.mutate();
  };
  return (
    <form className="item-form" onSubmit={onSubmit} noValidate>
      {save.isError && !isApiError(save.error, 'VERSION_CONFLICT') && (
        <ErrorAlert error={save.error} title="Texten kunde inte sparas" />
      )}
      <RichTextField label="Text" name="text" value={text} onChange={setText} />
      <div className="save-row">
        <button type="submit" className="button button-small" disabled={save.isPending}>
          {save.isPending ? 'Sparar…' : 'Spara texten'}
        </button>
        <p role="status" className="save-status">
          {message}
        </p>
      </div>
    </form>
  );
}
