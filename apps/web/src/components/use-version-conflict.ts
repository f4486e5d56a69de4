import { useState } from 'react';
import { isApiError } from '../api/api-error.ts';
import type { ValidatingSchema } from './use-form-errors.ts';

/** Someone else saved in between: what is stored now, rather than an error, lets the person start again from it. */
export function useVersionConflict<T>(schema: ValidatingSchema<T>, showError: (error: unknown) => void) {
  const [conflict, setConflict] = useState<T | null>(null);

  const onError = (error: unknown) => {
    const current = isApiError(error, 'VERSION_CONFLICT') ? schema.safeParse(error.current) : null;
    if (current?.success) setConflict(current.data);
    else showError(error);
  };

  return { conflict, clearConflict: () => setConflict(null), onError };
}
