import { Button } from 'react-aria-components';
import { ModalDialog } from '../dialogs.tsx';

/** "Du har ändringar som inte är sparade": stay and save (the default), or go on and lose them. */
export function UnsavedWorkDialog({
  isOpen,
  text,
  goLabel,
  onStay,
  onGo,
}: {
  isOpen: boolean;
  /** What going on loses, e.g. "Om du lämnar sidan nu …". */
  text: string;
  goLabel: string;
  onStay: () => void;
  onGo: () => void;
}) {
  return (
    <ModalDialog
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) onStay();
      }}
      title="Du har ändringar som inte är sparade"
      role="alertdialog"
    >
      <p>{text}</p>
      <div className="button-row">
        <Button className="button" autoFocus onPress={onStay}>
          Stanna kvar och spara
        </Button>
        <Button className="button button-secondary" onPress={onGo}>
          {goLabel}
        </Button>
      </div>
    </ModalDialog>
  );
}
