import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { type SaveFormOptions, useSaveForm } from '../../../components/form/use-save-form.ts';

/** The values with each text left empty as null, as the contracts of the plan's structure want them. */
const emptyAsNull = (values: FieldValues) =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value === '' ? null : value]));

/**
 * A form of the plan that adds an object, or changes the stored one on the version it read: the contract of a
 * new object or of a change, and after saving the form empties for the next new one or follows the change.
 * `onSaved` is told what was saved, e.g. to close the dialog and say so.
 */
export function useAddOrChangeForm<T extends { version: number }, V extends FieldValues, C, U>(options: {
  stored: T | null;
  toValues: (item: T | null) => V;
  create: z.ZodType<C>;
  update: z.ZodType<U>;
  /** The request body but for the version; the values as they are when not given, text left empty as null. */
  toFields?: (values: V) => object;
  /** What a version conflict answers with. */
  storedSchema: SaveFormOptions<T, V, C | U>['storedSchema'];
  send: (body: C | U) => Promise<T>;
  onSaved: (saved: T) => void;
}) {
  const { stored, toFields = emptyAsNull } = options;
  const save = useSaveForm<T, V, C | U>({
    stored,
    toValues: options.toValues,
    schema: stored ? options.update : options.create,
    toBody: toFields,
    storedSchema: options.storedSchema,
    afterSave: stored ? 'follow' : 'clear',
  });
  return { save, onSubmit: save.submit(options.send, { saved: '', onSaved: options.onSaved }) };
}
