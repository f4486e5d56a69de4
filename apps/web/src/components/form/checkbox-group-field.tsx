import { useController } from 'react-hook-form';
import { ChoiceGroupField, type FieldBase, type RadioOption } from '../form-fields.tsx';

/**
 * Any number of options, as checkboxes bound to the named field of the enclosing SaveForm, whose value is the
 * list of chosen values in the order of the options, whatever the order of the clicks.
 */
export function FormCheckboxGroupField(
  props: Omit<FieldBase, 'error' | 'inputRef' | 'onBlur'> & { options: readonly RadioOption[] },
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
      error={fieldState.error?.message}
    />
  );
}
