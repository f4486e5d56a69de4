import { richTextSchemes } from '@styr/shared/format/rich-text';
import { useId, useState } from 'react';

const allowed = new RegExp(`^(${richTextSchemes.join('|')}):`, 'i');

/** The address of the selected text's link; an empty address removes the link. Not a form: it sits inside one. */
export function RichTextLinkForm({
  current,
  onSet,
  onCancel,
}: {
  current: string;
  onSet: (href: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [href, setHref] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    const trimmed = href.trim();
    const withScheme = trimmed && !trimmed.includes(':') ? `https://${trimmed}` : trimmed;
    if (withScheme && !allowed.test(withScheme)) {
      setError('Adressen ska börja med https://, http:// eller mailto:');
      return;
    }
    onSet(withScheme);
  };
  return (
    <div className="rich-text-link">
      <label className="field-label" htmlFor={id}>
        Länkens adress
      </label>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Fel: </span>
          {error}
        </p>
      )}
      <input
        id={id}
        className="input"
        type="url"
        value={href}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setHref(event.target.value);
          setError(null);
        }}
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
      <button type="button" className="button button-small" onClick={apply}>
        {href.trim() ? 'Lägg till länk' : 'Ta bort länk'}
      </button>
      <button type="button" className="button button-small button-secondary" onClick={onCancel}>
        Avbryt
      </button>
    </div>
  );
}
