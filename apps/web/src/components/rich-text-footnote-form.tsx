import { useId, useState } from 'react';

/** A footnote's text: a new one at the caret, or the selected one's; an empty text removes it. Not a form: it sits inside one. */
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
  const id = useId();
  const [text, setText] = useState(current);
  const apply = () => onSet(text.replace(/\s+/g, ' ').trim());
  const empty = text.trim() === '';
  return (
    <div className="rich-text-link">
      <label className="field-label" htmlFor={id}>
        Fotnotens text
      </label>
      <input
        id={id}
        className="input"
        type="text"
        maxLength={1000}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            apply();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <button type="button" className="button button-small" disabled={empty && !editing} onClick={apply}>
        {!editing ? 'Lägg till fotnot' : empty ? 'Ta bort fotnot' : 'Ändra fotnot'}
      </button>
      <button type="button" className="button button-small button-secondary" onClick={onCancel}>
        Avbryt
      </button>
    </div>
  );
}
