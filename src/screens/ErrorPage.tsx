/** The router's error boundary: a crash in any screen lands here, never on a blank page. */
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { paths } from '../config/paths';

export function ErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <main id="main" className="page-center">
      <section className="card" aria-labelledby="error-title">
        <h1 id="error-title">Something went wrong</h1>
        <p role="alert">
          The page hit an unexpected error. Nothing you typed was sent anywhere new.
        </p>
        <details>
          <summary>Technical details</summary>
          <pre>{detail}</pre>
        </details>
        <p className="actions">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
          <Link className="button secondary" to={paths.home} reloadDocument>
            Go to the home page
          </Link>
        </p>
      </section>
    </main>
  );
}
