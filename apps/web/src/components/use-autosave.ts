import { type RefObject, useEffect } from 'react';

export const autosaveDelayMs = 1500;

/**
 * Submits a changed form by itself after a pause in typing, through the same path as its Spara button, so the
 * version check applies. It waits while a save is under way and stops while something needs the person: a
 * version conflict, an adopted document, an invalid field or a failed save.
 */
export function useAutosave(
  formRef: RefObject<HTMLFormElement | null>,
  state: { dirty: boolean; pending: boolean; paused: boolean; values: unknown },
) {
  const { dirty, pending, paused, values } = state;
  // biome-ignore lint/correctness/useExhaustiveDependencies: every change of the values restarts the pause
  useEffect(() => {
    if (!dirty || pending || paused) return;
    const timer = window.setTimeout(() => formRef.current?.requestSubmit(), autosaveDelayMs);
    return () => window.clearTimeout(timer);
  }, [formRef, dirty, pending, paused, values]);
}

/** Whether a form's save state asks the person to act before anything is saved by itself. */
export function needsPerson(save: {
  conflict: unknown;
  frozen: boolean;
  formError: unknown;
  errors: Record<string, string>;
}): boolean {
  return (
    Boolean(save.conflict) || save.frozen || Boolean(save.formError) || Object.keys(save.errors).length > 0
  );
}
