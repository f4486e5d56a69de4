import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiError, type FieldIssue } from '../../api/api-error.ts';

/**
 * Says the server's field details at the form's fields, the first one focused, and gives back what is to be said
 * above the form: the error where no detail names a field, the details no field takes, or null where each found
 * its field.
 */
export function placeServerErrors<V extends FieldValues>(
  form: Pick<UseFormReturn<V, unknown, unknown>, 'getValues' | 'setError'>,
  error: unknown,
): unknown {
  if (!(error instanceof ApiError) || error.details.length === 0) return error;
  const fields = form.getValues();
  const unplaced: FieldIssue[] = [];
  let first = true;
  for (const issue of error.details) {
    const path = issue.path.replace(/^body\./, '');
    if (!((path.split('.')[0] ?? '') in fields)) {
      unplaced.push(issue);
      continue;
    }
    form.setError(path as Path<V>, { type: 'server', message: issue.message }, { shouldFocus: first });
    first = false;
  }
  return unplaced.length > 0
    ? new ApiError({ code: error.code, message: error.message, status: error.status, details: unplaced })
    : null;
}
