import { createContext, useContext, useEffect, useId } from 'react';

/**
 * The forms on the page that hold unsaved changes. React Router allows one navigation blocker at a time, so the
 * forms report here and one guard in the root layout asks before leaving.
 */
const dirtyForms = new Set<string>();

/** Read when someone leaves, not at the last render: a form that just saved may navigate in the same turn. */
export const hasUnsavedWork = () => dirtyForms.size > 0;

/** The forms beneath a choice that replaces them, e.g. the chapter whose text is edited: they report here too. */
const UnsavedScopeContext = createContext<Set<string> | null>(null);

export const UnsavedWorkScope = UnsavedScopeContext.Provider;

/**
 * Reports whether this form holds changes that would be lost by leaving the page; `markSaved` tells it at once
 * after a save, before the change of state has rendered.
 */
export function useUnsavedWork(dirty: boolean) {
  const id = useId();
  const scope = useContext(UnsavedScopeContext);
  useEffect(() => {
    if (!dirty) return;
    dirtyForms.add(id);
    scope?.add(id);
    return () => {
      dirtyForms.delete(id);
      scope?.delete(id);
    };
  }, [id, dirty, scope]);
  return {
    markSaved: () => {
      dirtyForms.delete(id);
      scope?.delete(id);
    },
  };
}
