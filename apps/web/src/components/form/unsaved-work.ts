import { useEffect, useId, useSyncExternalStore } from 'react';

/**
 * The forms on the page that hold unsaved changes. React Router allows one navigation blocker at a time, so the
 * forms report here and one guard in the root layout asks before leaving.
 */
const dirtyForms = new Set<string>();
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const hasUnsavedWork = () => dirtyForms.size > 0;

/** Reports whether this form holds changes that would be lost by leaving the page. */
export function useUnsavedWork(dirty: boolean) {
  const id = useId();
  useEffect(() => {
    if (!dirty) return;
    dirtyForms.add(id);
    notify();
    return () => {
      dirtyForms.delete(id);
      notify();
    };
  }, [id, dirty]);
}

export function useHasUnsavedWork(): boolean {
  return useSyncExternalStore(subscribe, hasUnsavedWork, hasUnsavedWork);
}
