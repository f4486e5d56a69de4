import type { ReactNode } from 'react';
import { type FieldError, useController } from 'react-hook-form';
import { ChoiceGroupField, type FieldBase, type RadioOption } from '../form-fields.tsx';
import { shownChoices, useComparedField } from './compared-fields.tsx';
import { listErrorOf } from './field-rows.tsx';

/**
 * Any number of options, as checkboxes bound to the named field of the enclosing SaveForm, whose value is the
 * list of chosen values: in the order of the options, or, where the order is the person's to give, in the order
 * they were checked.
 */
export function FormCheckboxGroupField(
  props: Omit<FieldBase, 'error' | 'inputRef' | 'onBlur'> & {
    options: readonly RadioOption[];
    /** Said instead of the boxes when there is nothing to choose. */
    empty?: ReactNode;
    order?: 'options' | 'checked';
  },
) {
  useComparedField(props.name, props.label, shownChoices(props.options));
  const { field, fieldState } = useController({ name: props.name });
  const chosen: readonly string[] = field.value ?? [];
  return (
    <ChoiceGroupField
      {...props}
      type="checkbox"
      isChecked={(value) => chosen.includes(value)}
      onToggle={(value, checked) => {
        const rest = chosen.filter((entry) => entry !== value);
        if (!checked) field.onChange(rest);
        else if (props.order === 'checked') field.onChange([...rest, value]);
        else
          field.onChange(
            props.options
              .map((option) => option.value)
              .filter((entry) => entry === value || rest.includes(entry)),
          );
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={listErrorOf(fieldState.error)}
      optionError={(value) =>
        chosen.includes(value)
          ? (fieldState.error as Record<number, FieldError | undefined> | undefined)?.[chosen.indexOf(value)]
              ?.message
          : undefined
      }
    />
  );
}
