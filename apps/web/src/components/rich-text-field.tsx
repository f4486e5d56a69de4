import { lazy, Suspense, useId } from 'react';
import { type FieldBase, FieldMessages, useFieldIds } from './form-fields.tsx';

// The editor is loaded when a form with a long text is shown, not with the first page.
const RichTextEditor = lazy(() => import('./rich-text-editor.tsx'));

export interface RichTextFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
}

/** A long text with headings, lists, tables, footnotes, bold, italics and links; Ctrl+B, Ctrl+I and Ctrl+Z work as in a word processor. */
export function RichTextField(props: RichTextFieldProps) {
  const ids = useFieldIds(props.error, props.description);
  const labelId = useId();
  return (
    <div className={`field${props.error ? ' field-invalid' : ''}`}>
      <span className="field-label" id={labelId}>
        {props.label}
        {props.optional && <span className="field-optional"> (valfritt)</span>}
      </span>
      <FieldMessages {...props} hintId={ids.hintId} errorId={ids.errorId} />
      <Suspense fallback={<p className="rich-text-loading">Läser in textredigeraren…</p>}>
        <RichTextEditor
          id={ids.id}
          label={props.label}
          labelId={labelId}
          describedBy={ids.describedBy}
          invalid={Boolean(props.error)}
          disabled={props.disabled}
          value={props.value}
          onChange={props.onChange}
        />
      </Suspense>
    </div>
  );
}
