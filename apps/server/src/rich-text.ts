import {
  footnoteAttribute,
  hasMarkup,
  linesToParagraphs,
  richTextAttributes,
  richTextSchemes,
  richTextTags,
  richTextToPlain,
} from '@styr/shared/format/rich-text';
import sanitizeHtml from 'sanitize-html';

const options: sanitizeHtml.IOptions = {
  allowedTags: [...richTextTags],
  allowedAttributes: Object.fromEntries(
    Object.entries(richTextAttributes).map(([tag, names]) => [tag, [...names]]),
  ),
  allowedSchemes: [...richTextSchemes],
  allowProtocolRelative: false,
  // What a word processor pastes, mapped onto the subset rather than lost.
  transformTags: {
    b: 'strong',
    i: 'em',
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
    // A span is kept only as a footnote, its marker always written the same way; any other loses its tag.
    span: (_, attribs): sanitizeHtml.Tag =>
      footnoteAttribute in attribs
        ? { tagName: 'span', attribs: { [footnoteAttribute]: '' } }
        : { tagName: 'unwrapped', attribs: {} },
  },
  // An editor's empty trailing paragraph, or an empty footnote, is not part of the text.
  exclusiveFilter: (frame) =>
    ['p', 'h3', 'h4', 'span'].includes(frame.tag) && frame.text.trim() === '' && !frame.mediaChildren.length,
};

/**
 * A long text as it is stored: only the rich-text subset (scripts, styles, event handlers and other tags and
 * attributes dropped), a plain text turned into paragraphs, and a text with no words at all as null.
 */
export function sanitizeRichText<T extends string | null | undefined>(value: T): T | null {
  if (typeof value !== 'string') return value;
  const clean = sanitizeHtml(value, options);
  if (richTextToPlain(clean).trim() === '') return null;
  return (hasMarkup(clean) ? clean : linesToParagraphs(clean)) as T;
}
