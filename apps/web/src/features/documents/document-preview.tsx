import DOMPurify from 'dompurify';
import { useMemo } from 'react';

/** The attributes of a chart's shapes (DOMPurify compares them in lower case, so viewBox is "viewbox"). */
const chartAttributes = [
  'viewbox',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'points',
  'cx',
  'cy',
  'r',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
];

/**
 * The server's web page of the document, sanitized again and with every heading one level down, so that the
 * document's title sits under the page's own heading.
 */
export function DocumentPreview({ html }: { html: string }) {
  const article = useMemo(() => {
    const clean = DOMPurify.sanitize(html, {
      ALLOWED_TAGS: [
        'article',
        'header',
        'nav',
        'h1',
        'h2',
        'h3',
        'h4',
        'h5',
        'p',
        'br',
        'strong',
        'em',
        'a',
        'ul',
        'ol',
        'li',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'span',
        'div',
        // A chart: inline SVG of simple shapes and text, named by its alt text.
        'figure',
        'svg',
        'title',
        'g',
        'rect',
        'line',
        'polyline',
        'circle',
        'text',
        // A footnote's reference, and the chapter's numbered notes.
        'sup',
        'section',
      ],
      // role and tabindex: a wide table's scrolling box is a named region the keyboard can scroll; value: a
      // footnote's number in the chapter's list of notes.
      ALLOWED_ATTR: [
        'href',
        'id',
        'class',
        'scope',
        'aria-label',
        'aria-hidden',
        'lang',
        'role',
        'tabindex',
        'value',
        ...chartAttributes,
      ],
      RETURN_DOM: true,
    });
    const found = (clean as HTMLElement).querySelector('article');
    if (!found) return '';
    for (const heading of [...found.querySelectorAll('h1, h2, h3, h4, h5')].reverse()) {
      const level = Number(heading.tagName.slice(1)) + 1;
      const replacement = document.createElement(`h${level}`);
      replacement.innerHTML = heading.innerHTML;
      if (heading.id) replacement.id = heading.id;
      heading.replaceWith(replacement);
    }
    return found.outerHTML;
  }, [html]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized just above to the document's own tags
  return <div className="document-preview" dangerouslySetInnerHTML={{ __html: article }} />;
}

/** An adopted document as the committee adopted it: its archived PDF, never rendered anew. */
export function ArchivedPreview({ href, title }: { href: string; title: string }) {
  return (
    <>
      <p>
        Dokumentet är fastställt. Här visas den arkiverade filen som den var vid beslutet; senare ändringar i
        mallen eller i årets uppgifter ändrar den inte.
      </p>
      <object
        data={href}
        type="application/pdf"
        className="document-archived"
        aria-label={`Fastställd ${title}`}
      >
        <a href={href}>Öppna den fastställda PDF-filen</a>
      </object>
    </>
  );
}
