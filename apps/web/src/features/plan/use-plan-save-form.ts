import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import type { FieldValues } from 'react-hook-form';
import { type SaveFormOptions, useSaveForm } from '../../components/form/use-save-form.ts';
import type { PlanWrite } from './plan-writes.ts';
import { usePlanWrite, useUpdateYearCache } from './use-plan-write.ts';

/** Where a form of the committee's year stands: the year, and the document that freezes its object once adopted. */
export interface PlanFormPlace {
  view: Pick<CommitteeYearView, 'committee' | 'year'>;
  /** "Verksamhetsplan 2024", for the message when it has been adopted meanwhile. */
  documentName: string;
}

/**
 * A form on the one save model that writes one object of the committee's year as `write` says. The object it
 * gets back, saved or taken from a version conflict, goes into the cached year, so that the page and the next save
 * are based on it; once the document is adopted, the form offers to read the year again to show it so.
 */
export function usePlanSaveForm<T extends object, V extends FieldValues, B>(
  { view, documentName }: PlanFormPlace,
  write: PlanWrite<T, B>,
  form: Omit<SaveFormOptions<T, V, B>, 'schema' | 'storedSchema' | 'onStoredChange' | 'frozen'>,
) {
  const updateCache = useUpdateYearCache(view.committee.id, view.year);
  const mutation = usePlanWrite(view.committee.id, view.year, write.send, write.update);
  const save = useSaveForm({
    ...form,
    schema: write.schema,
    storedSchema: write.storedSchema,
    onStoredChange: (current) => updateCache(write.update(current)),
    frozen: { documentName, onRefresh: () => updateCache(null) },
  });
  return { save, send: mutation.mutateAsync };
}
