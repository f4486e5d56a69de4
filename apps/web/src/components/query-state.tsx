import { Link } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { ErrorAlert } from './alerts.tsx';
import { PageHeader } from './page-header.tsx';

export function Loading({ label = 'Hämtar uppgifter…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

/** Shown before anything else is known, e.g. while the session is checked. */
export function LoadingPage() {
  return (
    <main className="standalone" id="innehall" tabIndex={-1}>
      <Loading label="Laddar Styr…" />
    </main>
  );
}

export function QueryErrorPage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <main className="standalone" id="innehall" tabIndex={-1}>
      <PageHeader title="Styr kunde inte starta" />
      <ErrorAlert error={error} />
      <button type="button" className="button" onClick={onRetry}>
        Försök igen
      </button>
    </main>
  );
}

/** A failed fetch inside a page. Not found and forbidden get their own wording. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <ErrorAlert error={error}>
      {onRetry && !isApiError(error, 'NOT_FOUND') && !isApiError(error, 'FORBIDDEN') && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Försök igen
        </button>
      )}
    </ErrorAlert>
  );
}

/** While a page's main object is read, its heading already names the page. */
export function PageLoading({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Loading />
    </>
  );
}

/** For pages whose main object could not be read: a heading plus the reason. */
export function PageLoadError({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
}) {
  if (isApiError(error, 'NOT_FOUND')) return <MissingPage />;
  if (isApiError(error, 'FORBIDDEN')) return <NoAccessPage />;
  return (
    <>
      <PageHeader title={title} />
      <QueryError error={error} onRetry={onRetry} />
    </>
  );
}

export function MissingPage({ message }: { message?: string }) {
  return (
    <>
      <PageHeader title="Sidan finns inte" />
      <p>{message ?? 'Sidan du söker finns inte, eller så har den flyttats. Kontrollera adressen.'}</p>
      <p>
        <Link to="/">Gå till startsidan</Link>
      </p>
    </>
  );
}

export function NoAccessPage({ message }: { message?: string }) {
  return (
    <>
      <PageHeader title="Du saknar behörighet" />
      <p>
        {message ??
          'Ditt konto har inte behörighet att se den här sidan. Kontakta en administratör om du behöver den.'}
      </p>
      <p>
        <Link to="/">Gå till startsidan</Link>
      </p>
    </>
  );
}
