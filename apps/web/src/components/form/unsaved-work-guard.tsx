import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { hasUnsavedWork } from './unsaved-work.ts';
import { UnsavedWorkDialog } from './unsaved-work-dialog.tsx';

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
    <UnsavedWorkDialog
      isOpen={blocked}
      text="Om du lämnar sidan nu försvinner det du har skrivit men inte sparat."
      goLabel="Lämna sidan utan att spara"
      onStay={() => blocked && blocker.reset()}
      onGo={() => blocked && blocker.proceed()}
    />
  );
}
