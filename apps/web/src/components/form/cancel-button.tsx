/** Closes a form that opened in place, leaving what was typed unsaved; goes beside Spara in SaveForm's actions. */
export function CancelButton({ onCancel }: { onCancel: () => void }) {
  return (
    <button type="button" className="button button-small button-secondary" onClick={onCancel}>
      Avbryt
    </button>
  );
}
