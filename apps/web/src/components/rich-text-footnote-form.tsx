import { RichTextInlineField } from './rich-text-inline-field.tsx';

/** A footnote's text: a new one at the caret, or the selected one's; an empty text removes it. */
export function RichTextFootnoteForm({
  current,
  editing,
  onSet,
  onCancel,
}: {
  current: string;
  /** Whether a footnote is selected, so that an empty text removes it. */
  editing: boolean;
  onSet: (text: string) => void;
  onCancel: () => void;
}) {
  return (
    <RichTextInlineField
      label="Fotnotens text"
      initial={current}
      maxLength={1000}
      applyLabel={(text) => (!editing ? 'Lägg till fotnot' : text.trim() ? 'Ändra fotnot' : 'Ta bort fotnot')}
      canApply={(text) => editing || text.trim() !== ''}
      read={(text) => ({ value: text.replace(/\s+/g, ' ').trim() })}
      onApply={onSet}
      onCancel={onCancel}
    />
  );
}
