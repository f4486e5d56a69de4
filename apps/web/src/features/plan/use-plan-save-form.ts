import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import type { FieldValues } from 'react-hook-form';
import type { PlanApi, YearScope } from '../../api/plan-api.ts';
import { type SaveFormOptions, useSaveForm } from '../../components/form/use-save-form.ts';
import type { ViewUpdate } from './plan-cache.ts';
import { usePlanWrite, useUpdateYearCache } from './use-plan-write.ts';

/**
 * A form on the one save model that writes one object of the committee's year. The object it gets back, saved or
 * taken from a version conflict, goes into the cached year through `update`, so that the page and the next save
 * are based on it; `refresh` reads the year again, e.g. to show it as adopted.
 */
export function usePlanSaveForm<T extends object, V extends FieldValues, B>(
  view: Pick<CommitteeYearView, 'committee' | 'year'>,
  options: Omit<SaveFormOptions<T, V, B>, 'onStoredChange'> & {
    send: (api: PlanApi, scope: YearScope, body: B) => Promise<T>;
    update: (item: T) => ViewUpdate;
  },
) {
  const { send, update, ...form } = options;
  const updateCache = useUpdateYearCache(view.committee.id, view.year);
  const write = usePlanWrite(view.committee.id, view.year, send, update);
  const save = useSaveForm({ ...form, onStoredChange: (current) => updateCache(update(current)) });
  return { save, send: write.mutateAsync, refresh: () => updateCache(null) };
}
