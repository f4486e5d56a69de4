import type { ReactNode } from 'react';
import { type FieldValues, useController, useFieldArray, useFormState, useWatch } from 'react-hook-form';
import { ListError, messageAt, RowButtons } from '../../components/form/field-rows.tsx';
import { TextField, type TextFieldProps } from '../../components/form-fields.tsx';

type NameProps = Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'error' | 'description' | 'width'>;

/**
 * The name of an entry in a settings list. A new entry has no key yet and gets one made from this name when the
 * file is built; a kept entry's key is shown and never changes, and a problem with it is said here.
 */
export function KeyedNameField({
  path,
  field = 'name',
  fresh,
  width = 'medium',
  ...props
}: NameProps & {
  /** The entry's place in the form: "file.riskAreas.2". */
  path: string;
  field?: string;
  /** What a new entry's key comes from: "Ny nivå: nyckeln bildas av benämningen." */
  fresh: string;
  width?: TextFieldProps['width'];
}) {
  const { field: bound, fieldState } = useController({ name: `${path}.${field}` });
  const key: string = useWatch({ name: `${path}.key` });
  const { errors } = useFormState({ name: `${path}.key` });
  return (
    <TextField
      {...props}
      name={bound.name}
      width={width}
      value={bound.value ?? ''}
      onChange={bound.onChange}
      onBlur={bound.onBlur}
      inputRef={bound.ref}
      error={fieldState.error?.message ?? messageAt(errors, `${path}.key`)}
      description={key === '' ? fresh : `Nyckel: ${key}`}
    />
  );
}

/** Adds an entry to a settings list. */
export function AddButton({
  label,
  context,
  disabled,
  onAdd,
}: {
  label: string;
  /** Read instead of the label where several lists have one: "Lägg till nivå i ”Måluppfyllelse”". */
  context?: string;
  disabled?: boolean;
  onAdd: () => void;
}) {
  return (
    <button
      type="button"
      className="button button-small button-secondary"
      aria-label={context}
      disabled={disabled}
      onClick={onAdd}
    >
      {label}
    </button>
  );
}

/**
 * A settings list whose entries are named and keyed, in order: each row with its name, the fields `beside` it, the
 * buttons that move and remove it, and what goes `below`; a button at the end adds an entry.
 */
export function KeyedRows({
  name,
  field = 'name',
  label,
  rowName,
  minimum = 0,
  newEntry,
  add,
  empty,
  beside,
  below,
  ...nameProps
}: Omit<NameProps, 'label'> & {
  /** The list's place in the form: "file.riskAreas". */
  name: string;
  field?: string;
  fresh: string;
  width?: TextFieldProps['width'];
  label: (index: number) => string;
  /** What the buttons call an entry not yet named: "riskområde 2". */
  rowName: (index: number) => string;
  /** The fewest entries the list may have. */
  minimum?: number;
  newEntry: () => FieldValues;
  add: { label: string; context?: string };
  /** Said when the list is empty. */
  empty?: string;
  beside?: (path: string, index: number) => ReactNode;
  below?: (path: string, index: number) => ReactNode;
}) {
  const { fields, append, move, remove } = useFieldArray({ name });
  const entries: Record<string, string | undefined>[] = useWatch({ name });
  return (
    <>
      <ListError name={name} />
      {empty && fields.length === 0 && <p className="muted">{empty}</p>}
      <ol className="settings-rows">
        {fields.map((row, index) => {
          const path = `${name}.${index}`;
          return (
            <li key={row.id} className="settings-row">
              <KeyedNameField {...nameProps} path={path} field={field} label={label(index)} />
              {beside?.(path, index)}
              <RowButtons
                id={row.id}
                name={entries[index]?.[field] || rowName(index)}
                index={index}
                count={fields.length}
                onMove={(step) => move(index, index + step)}
                onRemove={() => remove(index)}
                removable={fields.length > minimum}
              />
              {below?.(path, index)}
            </li>
          );
        })}
      </ol>
      <AddButton
        label={add.label}
        {...(add.context && { context: add.context })}
        onAdd={() => append(newEntry())}
      />
    </>
  );
}
