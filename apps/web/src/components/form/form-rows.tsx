import { type ReactNode, useRef } from 'react';
import { useFieldArray } from 'react-hook-form';
import { ComparedAsOne, type ComparedField } from './compared-fields.tsx';
import { ListError } from './field-rows.tsx';

/**
 * A list of alike rows of the enclosing SaveForm: each row a group named by its place ("Insats 2"), with its own
 * fields, bound under `${name}.${index}`, and a button to remove it; a button after the last adds a row and moves
 * focus to its first field. What is wrong with the list as a whole (too many rows) is said above the rows.
 * A version conflict compares the list as one row where `compared` says how, never its rows' alike fields.
 */
export function FormRows({
  name,
  newRow,
  rowName,
  addLabel,
  legend,
  className,
  rowClassName,
  legendHidden = false,
  empty,
  compared,
  children,
}: {
  /** The list's path in the form's values. */
  name: string;
  newRow: () => object;
  /** "Insats": the rows are named "Insats 1", "Insats 2", and their remove buttons "Ta bort insats 2". */
  rowName: string;
  addLabel: string;
  /** Names the whole list in a group of its own, e.g. "Åtgärder". */
  legend?: string;
  className?: string;
  rowClassName?: string;
  /** Where the rows read well without a visible name of their own. */
  legendHidden?: boolean;
  /** Said when there are no rows. */
  empty?: string;
  compared?: ComparedField;
  /** The row's fields, given the row's path, e.g. "actions.2". */
  children: (path: string, index: number) => ReactNode;
}) {
  const { fields, append, remove } = useFieldArray({ name });
  // A removed row takes its button along; focus goes on to the add button rather than to the page.
  const addButton = useRef<HTMLButtonElement>(null);

  const rows = (
    <ComparedAsOne name={name} label={compared?.label ?? rowName} show={compared?.show ?? null}>
      <ListError name={name} />
      {fields.length === 0 && empty && <p className="muted">{empty}</p>}
      {fields.map((field, index) => (
        <fieldset key={field.id} className={rowClassName}>
          <legend className={legendHidden ? 'visually-hidden' : undefined}>
            {rowName} {index + 1}
          </legend>
          {children(`${name}.${index}`, index)}
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => {
              remove(index);
              addButton.current?.focus();
            }}
          >
            Ta bort {rowName.toLowerCase()} {index + 1}
          </button>
        </fieldset>
      ))}
      <button
        ref={addButton}
        type="button"
        className="button button-small button-secondary"
        onClick={() => append(newRow() as never)}
      >
        {addLabel}
      </button>
    </ComparedAsOne>
  );
  return legend ? (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {rows}
    </fieldset>
  ) : (
    <div className={className}>{rows}</div>
  );
}
