import { richTextSchemes } from '@styr/shared/format/rich-text';
import type { InlineInput, InlineReading } from './rich-text-inline-field.tsx';

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
export const linkInput: InlineInput = {
  label: 'Länkens adress',
  type: 'url',
  applyLabel: (text) => (text.trim() ? 'Lägg till länk' : 'Ta bort länk'),
  read: linkAddress,
};

/** A footnote's text: a new one at the caret, or the selected one's (`editing`), which an empty text removes. */
export const footnoteInput = (editing: boolean): InlineInput => ({
  label: 'Fotnotens text',
  maxLength: 1000,
  applyLabel: (text) => (!editing ? 'Lägg till fotnot' : text.trim() ? 'Ändra fotnot' : 'Ta bort fotnot'),
  canApply: (text) => editing || text.trim() !== '',
  read: (text) => ({ value: text.replace(/\s+/g, ' ').trim() }),
});
