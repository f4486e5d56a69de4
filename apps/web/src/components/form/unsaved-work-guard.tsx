import { useEffect } from 'react';
import { Button } from 'react-aria-components';
import { useBlocker } from 'react-router';
import { ModalDialog } from '../dialogs.tsx';
import { hasUnsavedWork } from './unsaved-work.ts';

/**
 * Asks before work is lost: a link or the back button within the app opens a question; closing the tab or
 * reloading gets the browser's own warning.
 */
export function UnsavedWorkGuard() {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      hasUnsavedWork() && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (hasUnsavedWork()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const blocked = blocker.state === 'blocked';
  return (
    <ModalDialog
      isOpen={blocked}
      onOpenChange={(open) => {
        if (!open && blocked) blocker.reset();
      }}
      title="Du har ändringar som inte är sparade"
      role="alertdialog"
    >
      <p>Om du lämnar sidan nu försvinner det du har skrivit men inte sparat.</p>
      <div className="button-row">
        <Button className="button" autoFocus onPress={() => blocked && blocker.reset()}>
          Stanna kvar och spara
        </Button>
        <Button className="button button-secondary" onPress={() => blocked && blocker.proceed()}>
          Lämna sidan utan att spara
        </Button>
      </div>
    </ModalDialog>
  );
}
