import type { FieldValues, UseFormReturn } from 'react-hook-form';

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
    <button
      type="button"
      className="button button-small button-secondary"
      disabled={!save.dirty || save.pending}
      onClick={() => save.form.reset()}
    >
      Ångra ändringarna
    </button>
  );
}
