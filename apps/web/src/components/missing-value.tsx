import { MISSING_TEXT } from '@styr/shared/format/number';

/** A value that is missing (not zero): a dash on screen, the words to screen readers and on hover. */
export function MissingValue({ text = 'uppgift saknas' }: { text?: string }) {
  return (
    <span className="missing-value" title={text}>
      <span aria-hidden="true">{MISSING_TEXT}</span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}

/** A formatted value, or the missing mark when there is none. */
export function ValueOrMissing({ text, missing }: { text: string | null; missing?: string }) {
  return text === null ? <MissingValue text={missing} /> : text;
}
