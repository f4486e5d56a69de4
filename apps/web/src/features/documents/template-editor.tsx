import {
  type DocumentTemplate,
  documentKindLabels,
  documentTemplateSchema,
  type TemplateChapter,
  updateTemplateSchema,
} from '@styr/shared/contracts/documents';
import { flattenChapters } from '@styr/shared/domain/document-templates';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import { UndoButton } from '../../components/form/form-actions.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { useSettings } from '../settings/index.ts';
import { AddChapterForm } from './add-chapter-form.tsx';
import { type ChapterActions, TemplateChapters } from './template-chapters.tsx';
import { TemplateFileActions } from './template-file-actions.tsx';
import { type EditableFrame, editableFrame, storedFrame } from './template-frame.ts';
import { TemplateFrameFields } from './template-frame-form.tsx';
import {
  addChapter,
  moveChapter,
  newChapterKey,
  removeChapter,
  withSection,
  withText,
} from './template-tree.ts';

type Values = { chapters: TemplateChapter[]; frame: EditableFrame };

const toValues = (template: DocumentTemplate | null): Values => ({
  chapters: template?.chapters ?? [],
  frame: editableFrame(template?.frame),
});

/** The frame to store: as it was where the form left it, so a template without one still reads the defaults. */
const frameOf = (frame: EditableFrame, stored: DocumentTemplate) =>
  JSON.stringify(frame) === JSON.stringify(editableFrame(stored.frame)) ? stored.frame : storedFrame(frame);

const titles = (chapters: readonly TemplateChapter[]) =>
  flattenChapters(chapters)
    .map((entry) => entry.chapter.title)
    .join(', ');

/**
 * One document's template as one form, saved as a whole against its version: the chapter tree (moved, added,
 * removed and set by buttons and choices beside each chapter) and the document's frame.
 */
export function TemplateEditor({
  municipalityId,
  template,
}: {
  municipalityId: string;
  template: DocumentTemplate;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: queryKeys.documentTemplates(municipalityId) });
  const save = useSaveForm({
    stored: template,
    toValues,
    schema: updateTemplateSchema,
    toBody: ({ chapters, frame }: Values, base) => {
      const stored = base ?? template;
      const kept = frameOf(frame, stored);
      return {
        kind: stored.kind,
        version: stored.version,
        chapters,
        ...(kept ? { frame: kept } : {}),
        // The template's own labels come from its file and stay as they are.
        ...(stored.labels ? { labels: stored.labels } : {}),
      };
    },
    storedSchema: documentTemplateSchema,
    onStoredChange: refresh,
  });
  const { form } = save;
  const chapters = useWatch({ control: form.control, name: 'chapters' });
  // An income-statement chapter chooses among the municipality's statement tables, as its settings name them.
  const statementTables = useSettings(municipalityId).data?.file.statementTables ?? [];
  const [parentKey, setParentKey] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

  // A moved chapter's button keeps the focus, so that moving it again is one more key press.
  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
  }, [focusId]);

  const edit = (change: (tree: TemplateChapter[]) => TemplateChapter[]) =>
    form.setValue('chapters', change(form.getValues('chapters')), { shouldDirty: true });
  const actions: ChapterActions = {
    move: (key, step) => {
      edit((tree) => moveChapter(tree, key, step));
      setFocusId(`${step === -1 ? 'upp' : 'ned'}-${key}`);
    },
    remove: (key) => edit((tree) => removeChapter(tree, key)),
    addUnder: setParentKey,
    setSection: (key, section) => edit((tree) => withSection(tree, key, section)),
    setText: (key, text) => edit((tree) => withText(tree, key, text)),
  };
  const parent = parentKey
    ? flattenChapters(chapters).find((entry) => entry.chapter.key === parentKey)?.chapter
    : null;
  const name = documentKindLabels[template.kind];
  return (
    <section aria-labelledby="mallens-kapitel" className="section">
      <h2 id="mallens-kapitel">{name}</h2>
      <SaveForm
        save={save}
        className="template-form"
        onSubmit={save.submit((body) => api.documents.updateTemplate(municipalityId, body), {
          saved: 'Mallen är sparad.',
          onSaved: refresh,
        })}
        subject={`mallen för ${name.toLowerCase()}`}
        conflictRows={(current, mine) => [
          { label: 'Kapitel', value: titles(current.chapters), mine: titles(mine.chapters) },
        ]}
        saveLabel="Spara mallen"
        actions={<UndoButton save={save} />}
      >
        <TemplateChapters chapters={chapters} actions={actions} statementTables={statementTables} />
        <AddChapterForm
          key={parentKey ?? 'top'}
          parentTitle={parent?.title ?? null}
          statementTables={statementTables}
          onCancel={parentKey ? () => setParentKey(null) : null}
          onAdd={(chapter) => {
            edit((tree) =>
              addChapter(tree, { ...chapter, key: newChapterKey(tree, chapter.title) }, parentKey),
            );
            setParentKey(null);
          }}
        />
        <TemplateFrameFields />
      </SaveForm>
      <TemplateFileActions
        municipalityId={municipalityId}
        kind={template.kind}
        chapters={chapters}
        onLoad={(loaded) => edit(() => loaded)}
      />
    </section>
  );
}
