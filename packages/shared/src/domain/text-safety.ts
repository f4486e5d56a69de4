/**
 * PostgreSQL cannot store the NUL character (\u0000) in text or jsonb, and no one types it: it comes from broken
 * files or from probing. Finding it before anything is written lets the refusal name where it is.
 */
export function findNulCharacter(value: unknown): string | null {
  // Iterative, since a hostile document can nest deeper than the call stack reaches.
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string };
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path;
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--)
        stack.push({ value: current[index], path: `${path}[${index}]` });
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current).reverse()) {
        if (key.includes('\u0000')) return path;
        stack.push({ value: item, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return null;
}

/**
 * What XML 1.0 forbids in a document's text: control characters other than tab and line breaks, U+FFFE, U+FFFF
 * and a surrogate without its pair. A Word file holding one is invalid and does not open.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are what the pattern is for.
const xmlForbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;
const everyXmlForbidden = new RegExp(xmlForbidden.source, 'gu');

/** The text without the characters XML forbids; the same string when it holds none. */
export const withoutXmlForbidden = (text: string): string =>
  xmlForbidden.test(text) ? text.replace(everyXmlForbidden, '') : text;

/** Every text in a tree of plain objects and arrays (a document model) without the characters XML forbids. */
export function withoutXmlForbiddenDeep<T>(value: T): T {
  if (typeof value === 'string') return withoutXmlForbidden(value) as T;
  if (Array.isArray(value)) return value.map((item) => withoutXmlForbiddenDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = withoutXmlForbiddenDeep(item);
    return copy as T;
  }
  return value;
}
