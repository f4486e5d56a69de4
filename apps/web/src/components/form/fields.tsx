import type { ReactNode } from 'react';
import { useController } from 'react-hook-form';
import {
  CheckboxField,
  type CheckboxFieldProps,
  RadioGroupField,
  type RadioGroupFieldProps,
  SelectField,
  type SelectFieldProps,
  TextAreaField,
  type TextAreaFieldProps,
  TextField,
  type TextFieldProps,
} from '../form-fields.tsx';
import { RichText } from '../rich-text.tsx';
import { RichTextField, type RichTextFieldProps } from '../rich-text-field.tsx';
import { shownChoice, shownText, useComparedField } from './compared-fields.tsx';
import { DatePickerField, type DatePickerFieldProps } from './date-picker-field.tsx';

/** What a bound field takes: the field's own props without value, change and error, which the form holds. */
type Bound<P> = Omit<P, 'value' | 'checked' | 'onChange' | 'error' | 'inputRef' | 'onBlur'>;

/**
 * The value, change, error and focus of the named field of the enclosing SaveForm; a version conflict shows the
 * field's values by `show`, or not at all where it is null (a password is never shown again).
 */
function useBoundField(
  { name, label }: { name: string; label: string },
  show: ((value: unknown) => ReactNode) | null,
) {
  useComparedField(name, label, show);
  const { field, fieldState } = useController({ name });
  return {
    value: field.value ?? '',
    onChange: field.onChange,
    onBlur: field.onBlur,
    inputRef: field.ref,
    error: fieldState.error?.message,
  };
}

const shownRichText = (value: unknown) =>
  typeof value === 'string' && value !== '' ? <RichText html={value} /> : '–';

const shownYesNo = (value: unknown) => (value === true ? 'Ja' : 'Nej');

export function FormTextField(props: Bound<TextFieldProps>) {
  return <TextField {...props} {...useBoundField(props, props.type === 'password' ? null : shownText)} />;
}

/** A number typed the Swedish way, "1 234,5"; the form's check reads it with numberFromText. */
export function FormNumberField(props: Bound<Omit<TextFieldProps, 'type' | 'inputMode'>>) {
  return (
    <TextField
      width="short"
      autoComplete="off"
      {...props}
      inputMode="decimal"
      {...useBoundField(props, shownText)}
    />
  );
}

export function FormTextAreaField(props: Bound<TextAreaFieldProps>) {
  return <TextAreaField {...props} {...useBoundField(props, shownText)} />;
}

export function FormSelectField(props: Bound<SelectFieldProps>) {
  return <SelectField {...props} {...useBoundField(props, shownChoice(props.options))} />;
}

export function FormRadioGroupField(props: Bound<RadioGroupFieldProps>) {
  return <RadioGroupField {...props} {...useBoundField(props, shownChoice(props.options))} />;
}

export function FormCheckboxField(props: Bound<CheckboxFieldProps>) {
  const { value, ...bound } = useBoundField(props, shownYesNo);
  return <CheckboxField {...props} {...bound} checked={value === true} />;
}

export function FormRichTextField(props: Bound<RichTextFieldProps>) {
  return <RichTextField {...props} {...useBoundField(props, shownRichText)} />;
}

export function FormDateField(props: Bound<DatePickerFieldProps>) {
  return <DatePickerField {...props} {...useBoundField(props, shownText)} />;
}

/** A person's e-mail address as the form's `email`: to sign in with, or for a new account. */
export function FormEmailField({ autoComplete }: { autoComplete: 'username' | 'off' }) {
  return <FormTextField label="E-postadress" name="email" type="email" autoComplete={autoComplete} />;
}

/** A password as the form's `password`: the one in use, or a new one. */
export function FormPasswordField(
  props: Omit<Bound<TextFieldProps>, 'name' | 'type' | 'autoComplete'> & {
    autoComplete: 'current-password' | 'new-password';
  },
) {
  return <FormTextField {...props} name="password" type="password" />;
}
