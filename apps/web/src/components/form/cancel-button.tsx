import { FormAction } from './form-actions.tsx';

/** Closes a form that opened in place, leaving what was typed unsaved; goes beside Spara in SaveForm's actions. */
export function CancelButton({ onCancel }: { onCancel: () => void }) {
  return (
    <FormAction pending={false} onClick={onCancel}>
      Avbryt
    </FormAction>
  );
}
