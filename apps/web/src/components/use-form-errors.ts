import { type RefObject, useCallback, useState } from 'react';
import { ApiError, type FieldIssue, fieldErrors } from '../api/api-error.ts';

export interface ValidatingSchema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/**
 * Field errors from the shared schema before sending, and from the server's `details` after;
 * other errors go to one message for the whole form.
 */
export function useFormErrors(formRef: RefObject<HTMLFormElement | null>) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<unknown>(null);

  const showFieldIssues = useCallback(
    (issues: readonly FieldIssue[]) => {
      const byField = fieldErrors(issues);
      setErrors(byField);
      // Moving focus to the first wrong field makes its message the next thing a screen reader says.
      requestAnimationFrame(() => {
        const form = formRef.current;
        const first = Object.keys(byField)
          .map((name) => form?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`))
          .find(Boolean);
        first?.focus();
      });
      return byField;
    },
    [formRef],
  );

  const validate = useCallback(
    <T>(schema: ValidatingSchema<T>, value: unknown, extraIssues: readonly FieldIssue[] = []): T | null => {
      setFormError(null);
      const result = schema.safeParse(value);
      if (result.success && extraIssues.length === 0) {
        setErrors({});
        return result.data;
      }
      const schemaIssues = result.success
        ? []
        : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      // Our own checks come first: they speak Swedish where the schema's generic messages may not.
      showFieldIssues([...extraIssues, ...schemaIssues]);
      return null;
    },
    [showFieldIssues],
  );

  const showError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.details.length > 0) {
        const byField = showFieldIssues(error.details);
        const fieldNames = new Set(
          Array.from(formRef.current?.elements ?? [])
            .map((element) => element.getAttribute('name'))
            .filter(Boolean),
        );
        // Details the form has no field for would otherwise be lost.
        if (Object.keys(byField).some((name) => !fieldNames.has(name))) setFormError(error);
        else setFormError(null);
        return;
      }
      setFormError(error);
    },
    [formRef, showFieldIssues],
  );

  const clearField = useCallback((name: string) => {
    setErrors((current) => {
      if (!(name in current)) return current;
      const { [name]: _removed, ...rest } = current;
      return rest;
    });
  }, []);

  const reset = useCallback(() => {
    setErrors({});
    setFormError(null);
  }, []);

  return { errors, formError, validate, showError, clearField, reset };
}
