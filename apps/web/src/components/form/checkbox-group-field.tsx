import type { ReactNode } from 'react';
import { type FieldError, useController } from 'react-hook-form';
import { ChoiceGroupField, type FieldBase, type RadioOption } from '../form-fields.tsx';

/** A list's error may stand on the list, its root, or one of its entries (the server's "goalIds.0"). */
function listMessage(error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  const list = error as FieldError & { root?: FieldError } & ArrayLike<FieldError | undefined>;
  return error.message ?? list.root?.message ?? Array.from(list).find((entry) => entry?.message)?.message;
}

/**
 * Any number of options, as checkboxes bound to the named field of the enclosing SaveForm, whose value is the
 * list of chosen values in the order of the options, whatever the order of the clicks.
 */
export function FormCheckboxGroupField(
  props: Omit<FieldBase, 'error' | 'inputRef' | 'onBlur'> & {
    options: readonly RadioOption[];
    /** Said instead of the boxes when there is nothing to choose. */
    empty?: ReactNode;
  },
) {
  const { field, fieldState } = useController({ name: props.name });
  const chosen: readonly string[] = field.value ?? [];
  return (
    <ChoiceGroupField
      {...props}
      type="checkbox"
      isChecked={(value) => chosen.includes(value)}
      onToggle={(value, checked) =>
        field.onChange(
          props.options
            .map((option) => option.value)
            .filter((entry) => (entry === value ? checked : chosen.includes(entry))),
        )
      }
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={listMessage(fieldState.error)}
    />
  );
}
