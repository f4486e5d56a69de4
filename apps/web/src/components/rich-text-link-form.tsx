import { richTextSchemes } from '@styr/shared/format/rich-text';
import { type InlineReading, RichTextInlineField } from './rich-text-inline-field.tsx';

const allowed = new RegExp(`^(${richTextSchemes.join('|')}):`, 'i');

/** An address without a scheme is a web address; an empty one removes the link. */
function linkAddress(text: string): InlineReading {
  const trimmed = text.trim();
  const href = trimmed && !trimmed.includes(':') ? `https://${trimmed}` : trimmed;
  return href && !allowed.test(href)
    ? { problem: 'Adressen ska börja med https://, http:// eller mailto:' }
    : { value: href };
}

/** The address of the selected text's link. */
export function RichTextLinkForm({
  current,
  onSet,
  onCancel,
}: {
  current: string;
  onSet: (href: string) => void;
  onCancel: () => void;
}) {
  return (
    <RichTextInlineField
      label="Länkens adress"
      type="url"
      initial={current}
      applyLabel={(text) => (text.trim() ? 'Lägg till länk' : 'Ta bort länk')}
      read={linkAddress}
      onApply={onSet}
      onCancel={onCancel}
    />
  );
}
