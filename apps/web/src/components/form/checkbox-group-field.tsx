import type { ReactNode } from 'react';
import { type FieldError, useController } from 'react-hook-form';
import { type FieldBase, FieldMessages, LabelText, useFieldIds } from '../form-fields.tsx';

export interface CheckboxOption {
  value: string;
  label: ReactNode;
}

export interface CheckboxGroupFieldProps extends FieldBase {
  /** The chosen values, in the order of the options. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  options: readonly CheckboxOption[];
  /** Said instead of the boxes when there is nothing to choose. */
  empty?: ReactNode;
}

/** Several of a list chosen at once, all visible, as a group the label names. */
export function CheckboxGroupField(props: CheckboxGroupFieldProps) {
  const ids = useFieldIds(props.error, props.description);
  const toggle = (value: string, checked: boolean) =>
    props.onChange(
      props.options
        .map((option) => option.value)
        .filter((entry) => (entry === value ? checked : props.value.includes(entry))),
    );
  return (
    <fieldset
      className={`field field-radios field-checkboxes${props.error ? ' field-invalid' : ''}`}
      aria-describedby={ids.describedBy}
    >
      <legend className="field-label">
        <LabelText label={props.label} optional={props.optional} />
      </legend>
      <FieldMessages {...props} hintId={ids.hintId} errorId={ids.errorId} />
      {props.options.length === 0 && props.empty && <p className="muted">{props.empty}</p>}
      <div className="radio-options">
        {props.options.map((option, index) => (
          <label key={option.value} className="radio-option">
            <input
              type="checkbox"
              name={props.name}
              value={option.value}
              checked={props.value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              ref={index === 0 ? props.inputRef : undefined}
              onBlur={props.onBlur}
              disabled={props.disabled}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A list's error may stand on the list, its root, or one of its entries (the server's "goalIds.0"). */
function listMessage(error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  const list = error as FieldError & { root?: FieldError } & ArrayLike<FieldError | undefined>;
  return error.message ?? list.root?.message ?? Array.from(list).find((entry) => entry?.message)?.message;
}

/** The checkbox group bound to a list of strings of the enclosing SaveForm. */
export function FormCheckboxGroupField(
  props: Omit<CheckboxGroupFieldProps, 'value' | 'onChange' | 'error' | 'inputRef' | 'onBlur'>,
) {
  const { field, fieldState } = useController({ name: props.name });
  return (
    <CheckboxGroupField
      {...props}
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={listMessage(fieldState.error)}
    />
  );
}
