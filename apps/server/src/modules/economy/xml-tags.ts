/** A start tag: its name as written (with any prefix) and its attributes, values as written (no entities expanded). */
export interface XmlTag {
  name: string;
  attributes: ReadonlyMap<string, string>;
}

/** Thrown when one tag is longer than the reader was told to hold. */
export class XmlTagTooLong extends Error {}

const attributePattern = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** What follows `<` for the parts that hold no elements, and the text that ends each; the longest start first. */
const skipped = [
  { start: '![CDATA[', end: ']]>' },
  { start: '!--', end: '-->' },
  { start: '?', end: '?>' },
  { start: '!', end: '>' },
];
const longestStart = 8;

function parseTag(text: string): XmlTag | null {
  const name = /^[^\s/>]+/.exec(text)?.[0];
  if (!name) return null;
  const attributes = new Map<string, string>();
  for (const match of text.slice(name.length).matchAll(attributePattern)) {
    attributes.set(match[1] as string, match[2] ?? match[3] ?? '');
  }
  return { name, attributes };
}

/**
 * Finds the start tags of an XML text that arrives in pieces, in one pass and holding no more than one tag, so an
 * unpacked sheet is checked while it is unpacked. Comments, CDATA, processing instructions and declarations are
 * passed over as an XML parser passes them, and a `>` inside a quoted attribute value does not end a tag.
 */
export class XmlTagReader {
  /** The text after `<` so far; null between tags. */
  private tag: string | null = null;
  private quote = '';
  /** Inside a comment, CDATA or the like: the text that ends it, and the end of the last piece, which may hold its start. */
  private skipUntil = '';
  private skipTail = '';
  /** The start of a `<!` whose kind the next piece decides. */
  private carry = '';

  private readonly onTag: (tag: XmlTag) => void;
  private readonly maxTagLength: number;

  constructor(onTag: (tag: XmlTag) => void, maxTagLength: number) {
    this.onTag = onTag;
    this.maxTagLength = maxTagLength;
  }

  push(piece: string): void {
    const text = this.carry + piece;
    this.carry = '';
    let index = 0;
    while (index < text.length) {
      if (this.skipUntil) index = this.skip(text, index);
      else if (this.tag === null) {
        const open = text.indexOf('<', index);
        if (open < 0) return;
        this.tag = '';
        this.quote = '';
        index = open + 1;
      } else if (this.tag === '' && (text[index] === '!' || text[index] === '?'))
        index = this.startSkip(text, index);
      else index = this.readTag(text, index);
    }
  }

  private readTag(text: string, start: number): number {
    let index = start;
    for (; index < text.length; index++) {
      const char = text[index];
      if (this.quote) {
        if (char === this.quote) this.quote = '';
      } else if (char === '"' || char === "'") this.quote = char;
      else if (char === '>') break;
    }
    const tag = (this.tag ?? '') + text.slice(start, index);
    if (tag.length > this.maxTagLength) throw new XmlTagTooLong();
    this.tag = index === text.length ? tag : null;
    const parsed = this.tag === null && !tag.startsWith('/') ? parseTag(tag) : null;
    if (parsed) this.onTag(parsed);
    return index === text.length ? index : index + 1;
  }

  private startSkip(text: string, index: number): number {
    const head = text.slice(index, index + longestStart);
    const open = skipped.some(({ start }) => start.length > head.length && start.startsWith(head));
    if (open && index + longestStart > text.length) {
      this.carry = head;
      return text.length;
    }
    const kind = skipped.find(({ start }) => head.startsWith(start)) as (typeof skipped)[number];
    this.tag = null;
    this.skipUntil = kind.end;
    return index + kind.start.length;
  }

  private skip(text: string, index: number): number {
    const haystack = this.skipTail + text.slice(index);
    const found = haystack.indexOf(this.skipUntil);
    if (found < 0) {
      this.skipTail = this.skipUntil.length > 1 ? haystack.slice(1 - this.skipUntil.length) : '';
      return text.length;
    }
    const next = index + found + this.skipUntil.length - this.skipTail.length;
    this.skipUntil = '';
    this.skipTail = '';
    return next;
  }
}
