import type { ReactNode } from 'react';
import { ApiError } from '../api/api-error.ts';

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Något gick fel. Ladda om sidan och försök igen.';
}

/** An error the person must notice; role="alert" makes screen readers say it at once. */
export function ErrorAlert({
  error,
  title,
  children,
}: {
  error?: unknown;
  title?: string;
  children?: ReactNode;
}) {
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div className="alert alert-error" role="alert">
      {title && <p className="alert-title">{title}</p>}
      {error !== undefined && error !== null && <p>{errorMessage(error)}</p>}
      {details.length > 0 && (
        <ul>
          {details.map((detail) => (
            <li key={`${detail.path}:${detail.message}`}>{detail.message}</li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}

/** Keeps its live region mounted so that a message put into it is announced. */
export function StatusMessage({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className={children ? 'alert alert-success' : 'status-empty'}>
      {children}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return <div className="alert alert-info">{children}</div>;
}
