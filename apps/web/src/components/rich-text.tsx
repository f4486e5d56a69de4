import { richTextAttributes, richTextTags } from '@styr/shared/format/rich-text';
import DOMPurify from 'dompurify';
import '../styles/rich-text.css';

const allowedAttributes = [...new Set(Object.values(richTextAttributes).flat())];

/** Shows a stored long text. The server has sanitized it; it is sanitized again here, so nothing stored can run. */
export function RichText({ html, className = 'prose' }: { html: string; className?: string }) {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: [...richTextTags],
    ALLOWED_ATTR: allowedAttributes,
  });
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized to the rich-text subset just above
  return <div className={`${className} rich-text`} dangerouslySetInnerHTML={{ __html: clean }} />;
}
