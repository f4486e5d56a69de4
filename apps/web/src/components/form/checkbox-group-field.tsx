import type { ReactNode } from 'react';
import { useController } from 'react-hook-form';
import { CheckboxField } from '../form-fields.tsx';
import { listErrorOf } from './field-rows.tsx';

export interface CheckboxOption {
  value: string;
  label: string;
}

/**
 * Several of a list's options, chosen by checkboxes and held as one array of their values in the enclosing form.
 * A problem with the whole choice shows under the legend, a problem with one chosen value at its box.
 */
export function FormCheckboxGroupField({
  name,
  legend,
  description,
  options,
  order = 'options',
  className = 'checkbox-group',
}: {
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  options: readonly CheckboxOption[];
  /** 'options': the chosen values in the options' order; 'checked': in the order they were checked. */
  order?: 'options' | 'checked';
  className?: string;
}) {
  const { field, fieldState } = useController({ name });
  const chosen: string[] = Array.isArray(field.value) ? field.value : [];
  const problem = listErrorOf(fieldState.error);
  const entryProblem = (value: string) =>
    (fieldState.error as Record<number, { message?: string } | undefined> | undefined)?.[
      chosen.indexOf(value)
    ]?.message;

  const toggle = (value: string, on: boolean) => {
    const rest = chosen.filter((entry) => entry !== value);
    if (!on) return field.onChange(rest);
    if (order === 'checked') return field.onChange([...rest, value]);
    const next = new Set([...rest, value]);
    field.onChange(options.map((option) => option.value).filter((entry) => next.has(entry)));
  };

  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {description && <p className="field-hint">{description}</p>}
      {problem && (
        <p className="field-error">
          <span className="visually-hidden">Fel: </span>
          {problem}
        </p>
      )}
      {options.map((option, index) => (
        <CheckboxField
          key={option.value}
          name={`${name}.${option.value}`}
          label={option.label}
          checked={chosen.includes(option.value)}
          onChange={(on) => toggle(option.value, on)}
          inputRef={index === 0 ? field.ref : undefined}
          onBlur={field.onBlur}
          error={chosen.includes(option.value) ? entryProblem(option.value) : undefined}
        />
      ))}
    </fieldset>
  );
}
