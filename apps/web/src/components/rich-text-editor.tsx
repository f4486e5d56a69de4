import { hasMarkup, linesToParagraphs } from '@styr/shared/format/rich-text';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { createDocument, EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Footnote } from './rich-text-footnote.ts';
import { RichTextInlineField } from './rich-text-inline-field.tsx';
import { footnoteInput, linkInput } from './rich-text-inline-inputs.ts';

interface Props {
  id: string;
  label: string;
  labelId: string;
  describedBy: string | undefined;
  invalid: boolean;
  disabled: boolean | undefined;
  value: string;
  onChange: (value: string) => void;
}

/**
 * Built once: the editor compares its options by identity on every render and, finding new ones, resets its view
 * from its state, which can drop typing the view has not yet read (a filled text visible but never emitted).
 */
const extensions = [
  StarterKit.configure({
    heading: { levels: [3, 4] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    trailingNode: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: ['mailto'],
      HTMLAttributes: { target: null, rel: null },
    },
  }),
  // Tab moves to the next cell and, from the last one, on out of the editor: a keyboard is never kept in a table
  // (the table's own Tab would add a row there); rows are added with the toolbar.
  Table.extend({
    addKeyboardShortcuts() {
      return {
        ...this.parent?.(),
        Tab: () => this.editor.commands.goToNextCell(),
      };
    },
  }).configure({ resizable: false }),
  TableRow,
  TableHeader,
  TableCell,
  Footnote,
];

/** Texts stored before rich text, or imported as plain text, open with their paragraphs. */
const toEditorHtml = (value: string) => (hasMarkup(value) ? value : linesToParagraphs(value));

export default function RichTextEditor(props: Props) {
  const { value, onChange } = props;
  const emitted = useRef(value);
  // Later values come in through the effect below; a new `content` option on each keystroke would reset the view.
  const [content] = useState(() => toEditorHtml(value));
  const attributes = useMemo(
    () => ({
      id: props.id,
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': props.labelId,
      ...(props.describedBy && { 'aria-describedby': props.describedBy }),
      ...(props.invalid && { 'aria-invalid': 'true' }),
      class: 'input rich-text-input prose',
    }),
    [props.id, props.labelId, props.describedBy, props.invalid],
  );
  const editorProps = useMemo(() => ({ attributes }), [attributes]);
  const [form, setForm] = useState<'link' | 'footnote' | null>(null);
  const editor = useEditor({
    extensions,
    content,
    editable: !props.disabled,
    editorProps,
    onUpdate: ({ editor: current }) => {
      const html = current.isEmpty ? '' : current.getHTML();
      emitted.current = html;
      onChange(html);
    },
  });

  // A value from outside (another version taken into the form) replaces the content; the person's own typing,
  // echoed back through `value`, and the same text written differently by the server (`<br />`) leave the caret be.
  useEffect(() => {
    if (!editor || value === emitted.current) return;
    emitted.current = value;
    const incoming = createDocument(toEditorHtml(value), editor.schema);
    if (!incoming.eq(editor.state.doc)) editor.commands.setContent(incoming.toJSON(), { emitUpdate: false });
  }, [editor, value]);

  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      heading: current?.isActive('heading', { level: 3 }) ?? false,
      subheading: current?.isActive('heading', { level: 4 }) ?? false,
      bold: current?.isActive('bold') ?? false,
      italic: current?.isActive('italic') ?? false,
      bullets: current?.isActive('bulletList') ?? false,
      numbers: current?.isActive('orderedList') ?? false,
      link: current?.isActive('link') ?? false,
      footnote: current?.isActive('footnote') ?? false,
      table: current?.isActive('table') ?? false,
      headerCell: current?.isActive('tableHeader') ?? false,
    }),
  });
  if (!editor) return null;
  const chain = () => editor.chain().focus();
  const tools: {
    key: keyof NonNullable<typeof active>;
    label: string;
    run: () => void;
    expanded?: boolean;
  }[] = [
    { key: 'heading', label: 'Rubrik', run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: 'subheading', label: 'Underrubrik', run: () => chain().toggleHeading({ level: 4 }).run() },
    { key: 'bold', label: 'Fet', run: () => chain().toggleBold().run() },
    { key: 'italic', label: 'Kursiv', run: () => chain().toggleItalic().run() },
    { key: 'bullets', label: 'Punktlista', run: () => chain().toggleBulletList().run() },
    { key: 'numbers', label: 'Numrerad lista', run: () => chain().toggleOrderedList().run() },
    // These two open a line of their own below the toolbar: a link's address, a footnote's text.
    ...(['link', 'footnote'] as const).map((key) => ({
      key,
      label: key === 'link' ? 'Länk' : 'Fotnot',
      run: () => setForm((open) => (open === key ? null : key)),
      expanded: form === key,
    })),
  ];
  // Shown while the caret is in a table. The header row stays: a document prints a table's first row as its header.
  const tableTools = [
    { key: 'addRow', label: 'Lägg till rad', run: () => chain().addRowAfter().run(), off: false },
    { key: 'deleteRow', label: 'Ta bort rad', run: () => chain().deleteRow().run(), off: active?.headerCell },
    { key: 'addColumn', label: 'Lägg till kolumn', run: () => chain().addColumnAfter().run(), off: false },
    { key: 'deleteColumn', label: 'Ta bort kolumn', run: () => chain().deleteColumn().run(), off: false },
    { key: 'deleteTable', label: 'Ta bort tabell', run: () => chain().deleteTable().run(), off: false },
  ] as const;
  const closeForm = () => {
    setForm(null);
    editor.commands.focus();
  };

  return (
    <div className={`rich-text-editor${props.invalid ? ' rich-text-invalid' : ''}`}>
      <div
        className="rich-text-toolbar"
        role="toolbar"
        aria-label={`Formatering av ${props.label.toLowerCase()}`}
      >
        {tools.map((tool) => (
          <button
            key={tool.key}
            type="button"
            className="button button-small button-secondary"
            aria-pressed={active?.[tool.key] ?? false}
            aria-expanded={tool.expanded}
            disabled={props.disabled}
            onClick={tool.run}
          >
            {tool.label}
          </button>
        ))}
        {!active?.table && (
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={props.disabled}
            onClick={() => chain().insertTable({ rows: 3, cols: 2, withHeaderRow: true }).run()}
          >
            Infoga tabell
          </button>
        )}
        {active?.table &&
          tableTools.map((tool) => (
            <button
              key={tool.key}
              type="button"
              className="button button-small button-secondary"
              disabled={props.disabled || tool.off}
              onClick={tool.run}
            >
              {tool.label}
            </button>
          ))}
      </div>
      {form === 'link' && (
        <RichTextInlineField
          {...linkInput}
          initial={(editor.getAttributes('link').href as string | undefined) ?? ''}
          onApply={(href) => {
            if (href) chain().extendMarkRange('link').setLink({ href }).run();
            else chain().extendMarkRange('link').unsetLink().run();
            setForm(null);
          }}
          onCancel={closeForm}
        />
      )}
      {form === 'footnote' && (
        <RichTextInlineField
          {...footnoteInput(active?.footnote ?? false)}
          initial={active?.footnote ? String(editor.getAttributes('footnote').text ?? '') : ''}
          onApply={(text) => {
            if (active?.footnote && text === '') chain().deleteSelection().run();
            // The caret goes on after the note, as after a new one, so typing goes on in the text.
            else if (active?.footnote)
              chain()
                .updateAttributes('footnote', { text })
                .setTextSelection(editor.state.selection.to)
                .run();
            else chain().insertContent({ type: 'footnote', attrs: { text } }).run();
            setForm(null);
          }}
          onCancel={closeForm}
        />
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
