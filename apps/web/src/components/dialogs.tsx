import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { ErrorAlert } from './alerts.tsx';

export function ModalDialog({
  isOpen,
  onOpenChange,
  title,
  role = 'dialog',
  children,
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  role?: 'dialog' | 'alertdialog';
  children: ReactNode;
}) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog" role={role}>
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

export function ConfirmDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  confirmLabel,
  pendingLabel,
  onConfirm,
  isPending,
  isDisabled = false,
  error,
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  onConfirm: () => void;
  isPending: boolean;
  /** While what the action concerns is still being read, or it cannot be done. */
  isDisabled?: boolean;
  error: unknown;
}) {
  return (
    <ModalDialog isOpen={isOpen} onOpenChange={onOpenChange} title={title} role="alertdialog">
      {children}
      {error ? <ErrorAlert error={error} /> : null}
      <div className="button-row">
        <Button
          className="button button-danger"
          onPress={onConfirm}
          isPending={isPending}
          isDisabled={isDisabled}
        >
          {isPending ? pendingLabel : confirmLabel}
        </Button>
        <Button className="button button-secondary" slot="close" autoFocus>
          Avbryt
        </Button>
      </div>
    </ModalDialog>
  );
}
