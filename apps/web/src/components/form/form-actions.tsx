import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/** A further button of a form beside its save button, such as "Ta bort" or "Ångra"; off while the form saves. */
export function FormAction({
  pending,
  disabled = false,
  onClick,
  children,
}: {
  pending: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="button button-small button-secondary"
      disabled={pending || disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** "Ångra ändringarna": takes the form back to the stored version it is based on. */
export function UndoButton<V extends FieldValues>({
  save,
}: {
  save: {
    form: UseFormReturn<V, unknown, never> | UseFormReturn<V, unknown, unknown>;
    dirty: boolean;
    pending: boolean;
  };
}) {
  return (
    <FormAction pending={save.pending} disabled={!save.dirty} onClick={() => save.form.reset()}>
      Ångra ändringarna
    </FormAction>
  );
}
