import { type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { ModalDialog } from '../../../components/dialogs.tsx';

/**
 * A button that opens a dialog holding a form; the form's `done` closes the dialog and hands its message
 * (e.g. "Målet Trygg stad är ändrat.") to `onDone`, which announces it on the page.
 */
export function DialogButton({
  label,
  title,
  small,
  ariaLabel,
  onDone,
  children,
}: {
  label: string;
  title: string;
  small?: boolean;
  ariaLabel?: string;
  onDone: (message: string) => void;
  children: (done: (message: string) => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        className={small ? 'button button-small button-secondary' : 'button button-secondary'}
        aria-label={ariaLabel}
        onPress={() => setOpen(true)}
      >
        {label}
      </Button>
      <ModalDialog isOpen={open} onOpenChange={setOpen} title={title}>
        {children((message) => {
          setOpen(false);
          onDone(message);
        })}
      </ModalDialog>
    </>
  );
}

/** "Ändra" on a row of a list, opening the object's form in a dialog; `name` tells the row's button from others. */
export function ChangeButton({
  name,
  ...props
}: Omit<Parameters<typeof DialogButton>[0], 'label' | 'small' | 'ariaLabel'> & { name: string }) {
  return <DialogButton {...props} small label="Ändra" ariaLabel={`Ändra ${name}`} />;
}

/** Closes the dialog a form stands in without saving. */
export function DialogCancel() {
  return (
    <Button className="button button-small button-secondary" slot="close">
      Avbryt
    </Button>
  );
}
