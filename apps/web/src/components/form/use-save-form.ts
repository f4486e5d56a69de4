import { useEffect, useRef, useState } from 'react';
import {
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import type { z } from 'zod';
import { type ChangedBy, type FieldIssue, isApiError } from '../../api/api-error.ts';
import { contractResolver } from './contract-resolver.ts';
import { placeServerErrors } from './server-errors.ts';
import { useUnsavedWork } from './unsaved-work.ts';

/** A contract that can read what the server answers, such as the stored object in a version conflict. */
export interface ValidatingSchema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

export interface Conflict<T, V> {
  /** The version stored now. */
  current: T;
  changedBy: ChangedBy | undefined;
  /** What the person had in the form when the save was refused. */
  mine: V;
}

/** The document a form's object belongs to, which may be adopted meanwhile: its name, and how to show it so. */
export interface FrozenDocument {
  documentName: string;
  onRefresh: () => void;
}

export interface SaveFormOptions<T extends object, V extends FieldValues, B> {
  /** The stored object the form edits; null for a form that creates one. */
  stored: T | null;
  toValues: (item: T | null) => V;
  /** The shared contract of the request body. */
  schema: z.ZodType<B>;
  /**
   * The request body before validation, given the values and the stored version they are based on; the body of
   * an edit gets that version's `version` unless it says one itself.
   */
  toBody: (values: V, base: T | null) => unknown;
  /** Checks in Swedish before the contract, e.g. a number that does not parse. */
  check?: (values: V) => readonly FieldIssue[];
  /** The contract of the stored object, to read what a version conflict answers with. */
  storedSchema?: ValidatingSchema<T>;
  /** After a save: follow the saved object (an edit form) or start again empty (a create form). */
  afterSave?: 'follow' | 'clear';
  /** Told when the form takes a stored version from a conflict, so that the page's data can follow. */
  onStoredChange?: (item: T) => void;
  /** Where the object belongs to a document that may be adopted. */
  frozen?: FrozenDocument;
}

export type SaveForm<T extends object, V extends FieldValues, B> = ReturnType<typeof useSaveForm<T, V, B>>;

const sameValues = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The stored object's version, where it has one; what a create form gets back may have none. */
const storedVersion = (item: object | null): number | undefined => {
  const version = item && 'version' in item ? item.version : undefined;
  return typeof version === 'number' ? version : undefined;
};

/**
 * One form's state and its one save model: the person saves explicitly, the form says when it is saved and
 * warns before unsaved work is left. Field errors come from the shared contract before sending and from the
 * server's 400 after; a version conflict names who saved in between and keeps what the person wrote.
 */
export function useSaveForm<T extends object, V extends FieldValues, B>(options: SaveFormOptions<T, V, B>) {
  const { stored, toValues, storedSchema, onStoredChange } = options;
  const base = useRef<T | null>(stored);
  /** An edit sends the version its values are based on, so that a save over someone else's is refused. */
  const bodyOf = (values: V) => {
    const body = options.toBody(values, base.current);
    const version = storedVersion(base.current);
    return version !== undefined && typeof body === 'object' && body !== null && !Array.isArray(body)
      ? { version, ...body }
      : body;
  };
  const form: UseFormReturn<V, unknown, B> = useForm<V, unknown, B>({
    defaultValues: toValues(stored) as DefaultValues<V>,
    resolver: contractResolver(options.schema, bodyOf, options.check),
  });
  const formRef = useRef<HTMLFormElement>(null);
  const [conflict, setConflict] = useState<Conflict<T, V> | null>(null);
  const [frozen, setFrozen] = useState(false);
  const [formError, setFormError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { isDirty, isSubmitting } = form.formState;
  const unsaved = useUnsavedWork(isDirty);

  // An untouched form follows a newer stored version, e.g. after the page's data was read again.
  useEffect(() => {
    if (!stored || isDirty || (storedVersion(stored) ?? 0) <= (storedVersion(base.current) ?? 0)) return;
    base.current = stored;
    form.reset(toValues(stored));
  }, [stored, isDirty, form, toValues]);

  /** Starts from a stored version while keeping the given values as unsaved changes on top of it. */
  const rebase = (item: T, keep: V) => {
    base.current = item;
    form.reset(toValues(item));
    for (const [name, value] of Object.entries(keep)) {
      if (!sameValues(value, form.getValues(name as Path<V>)))
        form.setValue(name as Path<V>, value, { shouldDirty: true });
    }
  };

  const onError = (error: unknown) => {
    if (isApiError(error, 'FROZEN')) {
      setFrozen(true);
      return;
    }
    const current = isApiError(error, 'VERSION_CONFLICT')
      ? storedSchema?.safeParse(error.current)
      : undefined;
    if (current?.success && isApiError(error)) {
      setConflict({ current: current.data, changedBy: error.changedBy, mine: form.getValues() });
      return;
    }
    setFormError(placeServerErrors(form, error));
  };

  /** The form's submit handler: validates, sends, and takes the saved object or shows what went wrong. */
  const submit = (
    send: (body: B) => Promise<T>,
    done: { saved: string | ((item: T) => string); onSaved?: (item: T) => void },
  ) =>
    form.handleSubmit(async (body) => {
      setConflict(null);
      setFrozen(false);
      setFormError(null);
      setSaved(null);
      const sent = form.getValues();
      let item: T;
      try {
        item = await send(body);
      } catch (error) {
        onError(error);
        return;
      }
      const now = form.getValues();
      if (options.afterSave === 'clear') {
        form.reset(toValues(null));
        unsaved.markSaved();
      } else if (sameValues(now, sent)) {
        base.current = item;
        form.reset(toValues(item));
        unsaved.markSaved();
      } else rebase(item, now); // typed while the save was under way: kept, based on the saved version
      setSaved(typeof done.saved === 'string' ? done.saved : done.saved(item));
      done.onSaved?.(item);
    });

  /**
   * A submit handler that validates and sends a request which stores nothing, e.g. a dry run that tells what a
   * save would change: the form keeps its values, and a refusal shows as a save's would.
   */
  const check = <R>(send: (body: B) => Promise<R>, done: (result: R) => void) =>
    form.handleSubmit(async (body) => {
      setConflict(null);
      setFrozen(false);
      setFormError(null);
      setSaved(null);
      await send(body).then(done, onError);
    });

  return {
    form,
    formRef,
    /** The stored version the form's values are based on. */
    base: base.current,
    /** A stored version as the form's values. */
    valuesOf: toValues,
    frozenDocument: options.frozen,
    conflict,
    frozen,
    formError,
    saved,
    pending: isSubmitting,
    dirty: isDirty,
    submit,
    check,
    /** Takes the stored version into the form, leaving what the person wrote. */
    reload(current: T) {
      setConflict(null);
      base.current = current;
      form.reset(toValues(current));
      onStoredChange?.(current);
    },
    /** Saves what the person wrote over the version someone else saved, on purpose. */
    keepMine(current: T, mine: V) {
      setConflict(null);
      rebase(current, mine);
      onStoredChange?.(current);
      formRef.current?.requestSubmit();
    },
  };
}
