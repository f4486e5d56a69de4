import { type Control, type FieldValues, type Path, useController } from 'react-hook-form';
import { SelectField, type SelectOption, TextField } from '../../../components/form-fields.tsx';

interface ControlProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  optional?: boolean;
  description?: string;
}

/** A text field of a react-hook-form form; an optional field left empty is null, as the contracts want. */
export function FormText<T extends FieldValues>({
  control,
  name,
  maxLength,
  ...props
}: ControlProps<T> & { maxLength: number }) {
  const { field, fieldState } = useController({ control, name });
  return (
    <TextField
      {...props}
      name={name}
      value={(field.value as string | null) ?? ''}
      onChange={(value) => field.onChange(props.optional && value === '' ? null : value)}
      error={fieldState.error?.message}
      maxLength={maxLength}
    />
  );
}

/** A choice of a react-hook-form form; the empty option is null. */
export function FormSelect<T extends FieldValues>({
  control,
  name,
  options,
  ...props
}: ControlProps<T> & { options: readonly SelectOption[] }) {
  const { field, fieldState } = useController({ control, name });
  return (
    <SelectField
      {...props}
      name={name}
      value={(field.value as string | null) ?? ''}
      onChange={(value) => field.onChange(value === '' ? null : value)}
      error={fieldState.error?.message}
      options={options}
    />
  );
}
