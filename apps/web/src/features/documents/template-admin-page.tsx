import type { DocumentFrameInput } from '@styr/shared/contracts/document-frame';
import {
  type DocumentKind,
  type DocumentTemplate,
  documentKindLabels,
  documentKinds,
  type TemplateChapter,
} from '@styr/shared/contracts/documents';
import { flattenChapters } from '@styr/shared/domain/document-templates';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { isApiError } from '../../api/api-error.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { SelectField } from '../../components/form-fields.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { useMe } from '../auth/index.ts';
import { useSettings } from '../settings/index.ts';
import { AddChapterForm } from './add-chapter-form.tsx';
import { TemplateChapters } from './template-chapters.tsx';
import { TemplateFileActions } from './template-file-actions.tsx';
import { TemplateFrameForm } from './template-frame-form.tsx';
import {
  addChapter,
  moveChapter,
  newChapterKey,
  removeChapter,
  withSection,
  withText,
} from './template-tree.ts';
import { useDocumentTemplates } from './use-documents.ts';
import '../../styles/documents.css';

/** The administrator's templates: which chapters each document has, in which order, and what each holds. */
export function TemplateAdminPage() {
  const municipalityId = useMe().user.municipalityId;
  const templates = useDocumentTemplates(municipalityId);
  const [kind, setKind] = useState<DocumentKind>('arsrapport');
  const template = templates.data?.find((entry) => entry.kind === kind);
  // Kept here: a saved template comes back with a new version, which starts a fresh editor below.
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <PageHeader title="Dokumentmallar" documentTitle="Dokumentmallar" />
      <p className="page-lead">
        Mallen bestämmer vilka kapitel verksamhetsplanen och rapporterna har, i vilken ordning och vad varje
        kapitel hämtar: text, mål, målområden eller uppdrag. Kapitlen numreras automatiskt.
      </p>
      <SelectField
        label="Dokument"
        name="kind"
        value={kind}
        onChange={(value) => {
          setMessage(null);
          setKind(documentKinds.find((entry) => entry === value) ?? 'arsrapport');
        }}
        options={documentKinds.map((entry) => ({ value: entry, label: documentKindLabels[entry] }))}
      />
      {templates.isPending && <Loading />}
      {templates.isError && <QueryError error={templates.error} onRetry={() => templates.refetch()} />}
      {template && (
        <TemplateEditor
          key={`${kind}:${template.version}`}
          municipalityId={municipalityId}
          template={template}
          message={message}
          setMessage={setMessage}
        />
      )}
    </>
  );
}

function TemplateEditor({
  municipalityId,
  template,
  message,
  setMessage,
}: {
  municipalityId: string;
  template: DocumentTemplate;
  message: string | null;
  setMessage: (message: string | null) => void;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [chapters, setChapters] = useState<TemplateChapter[]>(template.chapters);
  const [frame, setFrame] = useState<DocumentFrameInput | undefined>(template.frame);
  // An income-statement chapter chooses among the municipality's statement tables, as its settings name them.
  const statementTables = useSettings(municipalityId).data?.file.statementTables ?? [];
  const [parentKey, setParentKey] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const changed =
    JSON.stringify(chapters) !== JSON.stringify(template.chapters) ||
    JSON.stringify(frame) !== JSON.stringify(template.frame);

  // A moved chapter's button keeps the focus, so that moving it again is one more key press.
  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
  }, [focusId]);

  const save = useMutation({
    mutationFn: () =>
      api.documents.updateTemplate(municipalityId, {
        kind: template.kind,
        version: template.version,
        chapters,
        // The template's own labels come from its file and stay as they are.
        ...(frame ? { frame } : {}),
        ...(template.labels ? { labels: template.labels } : {}),
      }),
    onSuccess: () => {
      setMessage('Mallen är sparad.');
      void queryClient.invalidateQueries({ queryKey: queryKeys.documentTemplates(municipalityId) });
    },
    onError: (error) => {
      if (isApiError(error, 'VERSION_CONFLICT')) {
        setMessage('Någon annan har ändrat mallen under tiden. Läs in den på nytt och gör om ändringen.');
      }
    },
  });

  const parent = parentKey
    ? flattenChapters(chapters).find((entry) => entry.chapter.key === parentKey)?.chapter
    : null;
  return (
    <section aria-labelledby="mallens-kapitel" className="section">
      <h2 id="mallens-kapitel">{documentKindLabels[template.kind]}</h2>
      <TemplateChapters
        chapters={chapters}
        actions={{
          move: (key, step) => {
            setChapters((tree) => moveChapter(tree, key, step));
            setFocusId(`${step === -1 ? 'upp' : 'ned'}-${key}`);
          },
          remove: (key) => setChapters((tree) => removeChapter(tree, key)),
          addUnder: (key) => setParentKey(key),
          setSection: (key, section) => setChapters((tree) => withSection(tree, key, section)),
          setText: (key, text) => setChapters((tree) => withText(tree, key, text)),
        }}
        statementTables={statementTables}
      />
      <AddChapterForm
        key={parentKey ?? 'top'}
        parentTitle={parent?.title ?? null}
        statementTables={statementTables}
        onCancel={parentKey ? () => setParentKey(null) : null}
        onAdd={(chapter) => {
          setChapters((tree) =>
            addChapter(tree, { ...chapter, key: newChapterKey(tree, chapter.title) }, parentKey),
          );
          setParentKey(null);
        }}
      />
      <TemplateFrameForm frame={frame} onChange={setFrame} />
      {save.isError && !isApiError(save.error, 'VERSION_CONFLICT') && (
        <ErrorAlert error={save.error} title="Mallen kunde inte sparas" />
      )}
      <div className="save-row">
        <button
          type="button"
          className="button"
          disabled={!changed || save.isPending}
          onClick={() => {
            setMessage(null);
            save.mutate();
          }}
        >
          {save.isPending ? 'Sparar…' : 'Spara mallen'}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={!changed || save.isPending}
          onClick={() => {
            setChapters(template.chapters);
            setFrame(template.frame);
          }}
        >
          Ångra ändringarna
        </button>
        <p role="status" className="save-status">
          {message}
        </p>
      </div>
      <TemplateFileActions
        municipalityId={municipalityId}
        kind={template.kind}
        chapters={chapters}
        onLoad={(loaded) => {
          setMessage(null);
          setChapters(loaded);
        }}
      />
    </section>
  );
}
