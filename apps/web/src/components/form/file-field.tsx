import { type FieldBase, FieldLabel, FieldMessages, useFieldIds } from '../form-fields.tsx';

export interface FileFieldProps extends Omit<FieldBase, 'optional'> {
  /** What the chooser offers, e.g. ".json,application/json" or "image/png". */
  accept: string;
  /** The file chosen, or null when the choice was cleared. */
  onChoose: (file: File | null) => void;
}

/**
 * A file chosen from the person's computer. The browser keeps the choice, so the field holds no value of its own:
 * the form reads the file when it is chosen.
 */
export function FileField({ accept, onChoose, ...props }: FileFieldProps) {
  const ids = useFieldIds(props.error, props.description);
  return (
    <div className={`field${props.error ? ' field-invalid' : ''}`}>
      <FieldLabel htmlFor={ids.id} label={props.label} />
      <FieldMessages {...props} hintId={ids.hintId} errorId={ids.errorId} />
      <input
        id={ids.id}
        name={props.name}
        type="file"
        accept={accept}
        ref={props.inputRef}
        onBlur={props.onBlur}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChoose(event.target.files?.[0] ?? null)}
      />
    </div>
  );
}

/** Hands `content` to the person as a JSON file named `name`, as a form's "Ladda ner" does. */
export function downloadJson(name: string, content: unknown) {
  const blob = new Blob([`${JSON.stringify(content, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}
