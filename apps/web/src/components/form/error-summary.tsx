import { useState } from 'react';
import { type FieldErrors, useFormState } from 'react-hook-form';
import type { FieldIssue } from '../../api/api-error.ts';
import { ErrorAlert } from '../alerts.tsx';

/** Every message in the form's errors with the path of its field; a list's own message has the list's path. */
function issuesOf(errors: object, path = ''): FieldIssue[] {
  const own =
    'message' in errors && typeof errors.message === 'string' && path
      ? [{ path, message: errors.message }]
      : [];
  const nested = Object.entries(errors).flatMap(([key, value]) => {
    if (['ref', 'message', 'type', 'types'].includes(key) || !value || typeof value !== 'object') return [];
    return issuesOf(value, key === 'root' ? path : path ? `${path}.${key}` : key);
  });
  return [...own, ...nested];
}

/**
 * What stopped the last save of a long form, listed above it: each message with where its field is ("Fokusområde
 * 2, strategi 1: …"), since the fields may be far apart. Kept as it was at the save, so that a screen reader does
 * not hear the list again at every keystroke; the message at each field goes as soon as the field is right.
 */
export function FormErrorSummary({ title, place }: { title: string; place: (path: string) => string }) {
  const { errors, submitCount } = useFormState();
  const [shown, setShown] = useState<{ at: number; issues: FieldIssue[] }>({ at: 0, issues: [] });
  if (shown.at !== submitCount) setShown({ at: submitCount, issues: issuesOf(errors as FieldErrors) });
  if (shown.issues.length === 0) return null;
  return (
    <ErrorAlert title={title}>
      <ul>
        {shown.issues.map((issue) => (
          <li key={issue.path}>
            {place(issue.path)}: {issue.message}
          </li>
        ))}
      </ul>
    </ErrorAlert>
  );
}
