import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '../../../api/api-error.ts';

/**
 * Puts the server's refusals on the form's fields ("body.goalIds[0]" on goalIds); what names no field of the
 * form goes on the form as a whole, so every refusal is shown and announced.
 */
export function showServerErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
) {
  const details = isApiError(error) ? error.details : [];
  let placed = false;
  for (const detail of details) {
    const field = detail.path.replace(/^body\./, '').replace(/[[.].*$/, '') as Path<T>;
    if (!fields.includes(field)) continue;
    setError(field, { message: detail.message });
    placed = true;
  }
  if (!placed)
    setError('root.server' as Path<T>, {
      message: error instanceof Error ? error.message : 'Ändringen kunde inte sparas.',
    });
}
