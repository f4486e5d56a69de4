import { isRouteErrorResponse, useRouteError } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';

/** Last resort when a page fails to render; the rest of the app may be in a bad state, so offer a reload. */
export function RouteErrorPage() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main className="standalone" id="innehall" tabIndex={-1}>
      <PageHeader title={notFound ? 'Sidan finns inte' : 'Något gick fel'} />
      <p>
        {notFound
          ? 'Sidan du söker finns inte. Kontrollera adressen.'
          : 'Sidan kunde inte visas. Ladda om sidan och försök igen. Händer det igen, kontakta supporten.'}
      </p>
      <p>
        <a href="/">Gå till startsidan</a>
      </p>
    </main>
  );
}
