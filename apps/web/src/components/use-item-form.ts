import { type RefObject, useState } from 'react';
import { isApiError } from '../api/api-error.ts';
import { useFormErrors, type ValidatingSchema } from './use-form-errors.ts';
import { useVersionConflict } from './use-version-conflict.ts';

const sameValues = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys(a).every((key) => Object.is(a[key], b[key]));

/**
 * The values of one item's form and the stored version they are based on. The form is not remounted when the
 * year is read again after another item's save: what the person has typed but not saved stays, and an untouched
 * form follows the newer stored version.
 */
export function useItemForm<T extends { version: number }, V extends Record<string, unknown>>(
  stored: T | null,
  toValues: (item: T | null) => V,
  clearField: (name: string) => void,
) {
  const [state, setState] = useState(() => ({ base: stored, values: toValues(stored), dirty: false }));
  let current = state;
  if (!state.dirty && stored && stored.version !== state.base?.version) {
    current = { base: stored, values: toValues(stored), dirty: false };
    setState(current);
  }

  const change =
    <K extends keyof V & string>(field: K) =>
    (value: V[K]) => {
      setState((previous) => ({ ...previous, values: { ...previous.values, [field]: value }, dirty: true }));
      clearField(field);
    };

  /**
   * Starts again from a stored version: the one just saved, or the one someone else saved. Given the values that
   * were sent, what the person typed while the save was under way is kept, based on the saved version.
   */
  const accept = (item: T, sent?: V) =>
    setState((previous) =>
      sent && !sameValues(previous.values, sent)
        ? { ...previous, base: item, dirty: true }
        : { base: item, values: toValues(item), dirty: false },
    );

  /** Keeps what the person wrote, now based on the version someone else saved, to be saved over it on purpose. */
  const rebase = (item: T) => setState((previous) => ({ ...previous, base: item, dirty: true }));

  return { base: current.base, values: current.values, dirty: current.dirty, change, accept, rebase };
}

/** Field errors, a version conflict, a frozen document and the "saved" message of one item's form. */
export function useItemSave<T>(schema: ValidatingSchema<T>, formRef: RefObject<HTMLFormElement | null>) {
  const form = useFormErrors(formRef);
  const { conflict, clearConflict, onError: onConflict } = useVersionConflict(schema, form.showError);
  const [frozen, setFrozen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  return {
    ...form,
    conflict,
    frozen,
    saved,
    /** Before sending: earlier outcomes no longer apply. */
    begin() {
      clearConflict();
      setFrozen(false);
      setSaved(null);
    },
    onSaved(message: string) {
      form.reset();
      setSaved(message);
    },
    onError(error: unknown) {
      // The server's own wording names the follow-up by its key; the form names the document as the page does.
      if (isApiError(error, 'FROZEN')) setFrozen(true);
      else onConflict(error);
    },
    clearConflict,
  };
}
