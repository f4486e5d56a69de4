import { type ChangeEvent, Fragment, type ReactNode, useId } from 'react';

export interface FieldBase {
  label: string;
  name: string;
  error?: string | undefined;
  description?: ReactNode;
  /** Marks the label "(valfritt)"; required is the default, as in most Swedish public forms. */
  optional?: boolean;
  disabled?: boolean;
  /** Lets a forms library move focus to the field with an error. */
  inputRef?: ((element: HTMLElement | null) => void) | undefined;
  onBlur?: (() => void) | undefined;
}

/** A field's name, marked "(valfritt)" where it may be left empty. */
export function LabelText({ label, optional }: { label: string; optional?: boolean | undefined }) {
  return (
    <>
      {label}
      {optional && <span className="field-optional"> (valfritt)</span>}
    </>
  );
}

export function FieldLabel({
  htmlFor,
  label,
  optional,
}: {
  htmlFor: string;
  label: string;
  optional?: boolean;
}) {
  return (
    <label className="field-label" htmlFor={htmlFor}>
      <LabelText label={label} optional={optional} />
    </label>
  );
}

export function useFieldIds(error: string | undefined, description: ReactNode) {
  const id = useId();
  const hintId = description ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

/** A field's problem, read after its label as "Fel: …". */
export function FieldProblem({ id, children }: { id: string | undefined; children: ReactNode }) {
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">Fel: </span>
      {children}
    </p>
  );
}

export function FieldMessages(
  props: { hintId?: string | undefined; errorId?: string | undefined } & FieldBase,
) {
  return (
    <>
      {props.description && (
        <p className="field-hint" id={props.hintId}>
          {props.description}
        </p>
      )}
      {props.error && <FieldProblem id={props.errorId}>{props.error}</FieldProblem>}
    </>
  );
}

type FieldIds = ReturnType<typeof useFieldIds>;

/** What every control of a field carries: its name, focus, state and the texts that describe it. */
function controlProps(props: FieldBase, ids: FieldIds) {
  return {
    id: ids.id,
    name: props.name,
    ref: props.inputRef,
    onBlur: props.onBlur,
    disabled: props.disabled,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': ids.describedBy,
  };
}

type TextControl = ReturnType<typeof controlProps> & {
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;
};

/** A labelled field whose value is a text: its name, hint and problem above the control it is given. */
function FieldFrame({
  children,
  ...props
}: FieldBase & {
  value: string;
  onChange: (value: string) => void;
  children: (control: TextControl) => ReactNode;
}) {
  const ids = useFieldIds(props.error, props.description);
  return (
    <div className={`field${props.error ? ' field-invalid' : ''}`}>
      <FieldLabel htmlFor={ids.id} label={props.label} optional={props.optional} />
      <FieldMessages {...props} hintId={ids.hintId} errorId={ids.errorId} />
      {children({
        ...controlProps(props, ids),
        value: props.value,
        onChange: (event) => props.onChange(event.target.value),
      })}
    </div>
  );
}

export interface TextFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search';
  autoComplete?: string;
  maxLength?: number;
  width?: 'short' | 'medium' | 'full';
  inputMode?: 'decimal' | 'numeric';
}

export function TextField({ type = 'text', width = 'full', ...props }: TextFieldProps) {
  return (
    <FieldFrame {...props}>
      {(control) => (
        <input
          {...control}
          className={`input input-${width}`}
          type={type}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete}
          maxLength={props.maxLength}
          spellCheck={type === 'text' ? undefined : false}
        />
      )}
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
}

export function SelectField(props: SelectFieldProps) {
  return (
    <FieldFrame {...props}>
      {(control) => (
        <select {...control} className="select">
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export interface CheckboxFieldProps extends Omit<FieldBase, 'optional'> {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField(props: CheckboxFieldProps) {
  const ids = useFieldIds(props.error, props.description);
  return (
    <div className={`field field-checkbox${props.error ? ' field-invalid' : ''}`}>
      <input
        {...controlProps(props, ids)}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <div>
        <label className="field-label" htmlFor={ids.id}>
          {props.label}
        </label>
        <FieldMessages {...props} hintId={ids.hintId} errorId={ids.errorId} />
      </div>
    </div>
  );
}

export interface TextAreaFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
}

/** Plain text whose line breaks are kept as typed. */
export function TextAreaField({ rows = 5, ...props }: TextAreaFieldProps) {
  return (
    <FieldFrame {...props}>
      {(control) => (
        <textarea {...control} className="input textarea" rows={rows} maxLength={props.maxLength} />
      )}
    </FieldFrame>
  );
}

export interface RadioOption {
  value: string;
  label: ReactNode;
}

export interface RadioGroupFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  options: readonly RadioOption[];
}

export interface ChoiceGroupFieldProps extends FieldBase {
  type: 'radio' | 'checkbox';
  options: readonly RadioOption[];
  isChecked: (value: string) => boolean;
  onToggle: (value: string, checked: boolean) => void;
  /** Said instead of the options when there is nothing to choose. */
  empty?: ReactNode;
  /** A problem with one option, said at its box. */
  optionError?: (value: string) => string | undefined;
}

/** Options all visible at once in one fieldset: radios for one choice, checkboxes for any number. */
export function ChoiceGroupField(props: ChoiceGroupFieldProps) {
  const ids = useFieldIds(props.error, props.description);
  return (
    <fieldset
      className={`field field-radios${props.type === 'checkbox' ? ' field-checkboxes' : ''}${props.error ? ' field-invalid' : ''}`}
      aria-describedby={ids.describedBy}
    >
      <legend className="field-label">
        <LabelText label={props.label} optional={props.optional} />
      </legend>
      <FieldMessages {...props} hintId={ids.hintId} errorId={ids.errorId} />
      {props.options.length === 0 && props.empty && <p className="muted">{props.empty}</p>}
      <div className="radio-options">
        {props.options.map((option, index) => {
          const problem = props.optionError?.(option.value);
          const problemId = `${ids.id}-${index}-error`;
          return (
            <Fragment key={option.value}>
              <label className="radio-option">
                <input
                  type={props.type}
                  name={props.name}
                  value={option.value}
                  checked={props.isChecked(option.value)}
                  onChange={(event) => props.onToggle(option.value, event.target.checked)}
                  ref={index === 0 ? props.inputRef : undefined}
                  onBlur={props.onBlur}
                  disabled={props.disabled}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? problemId : undefined}
                />
                {option.label}
              </label>
              {problem && <FieldProblem id={problemId}>{problem}</FieldProblem>}
            </Fragment>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * A choice among a few options, all visible at once; arrow keys move between them as in any radio group and
 * only change the form's value: nothing is saved until the form is.
 */
export function RadioGroupField({ value, onChange, ...props }: RadioGroupFieldProps) {
  return (
    <ChoiceGroupField
      {...props}
      type="radio"
      isChecked={(option) => option === value}
      onToggle={(option) => onChange(option)}
    />
  );
}
