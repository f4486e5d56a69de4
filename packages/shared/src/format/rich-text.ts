/**
 * Long texts (a goal's plan text, an assessment's analysis, a unit's contribution) are stored as a small
 * subset of HTML: the structure a committee's document uses, nothing that runs, loads or styles. The server
 * sanitizes every write to this subset; the web app sanitizes again before it shows one. A table's first row
 * is its header (th cells); a footnote is `<span data-footnote>its text</span>` at its reference point.
 */
export const richTextTags = [
  'p',
  'br',
  'h3',
  'h4',
  'strong',
  'em',
  'ul',
  'ol',
  'li',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
] as const;
/** The one span kept is a footnote. */
export const footnoteAttribute = 'data-footnote';
export const richTextAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  span: [footnoteAttribute],
};
export const richTextSchemes = ['http', 'https', 'mailto'] as const;

const markup = /<\/?[a-z][a-z0-9]*(\s[^>]*)?\/?>/i;

/** Whether a text holds tags; texts written before rich text, and imported plain texts, hold none. */
export function hasMarkup(text: string): boolean {
  return markup.test(text);
}

/**
 * A text without tags, as paragraphs: a blank line starts a paragraph, a single line break stays a break.
 * The text is HTML already (its `&` and `<` escaped), as the server keeps every long text.
 */
export function linesToParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** The text a person reads, for counting and for an empty check: tags dropped, entities left as written. */
export function richTextToPlain(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h3|h4|li|tr)>/gi, '\n')
    .replace(/<\/t[hd]>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/\n+$/, '');
}
