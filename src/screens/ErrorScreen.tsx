/** What the error boundary shows: a crash in any screen lands here, never on a blank page. */
import { paths } from '../config/paths';
import { Card } from '../components/Card';

export function ErrorScreen({ error }: { error: unknown }) {
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <main id="main" className="page-center">
      <Card title="Something went wrong" heading="plain">
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
          {/* A plain link: a full load starts the app afresh, whatever state crashed it. */}
          <a className="button secondary" href={paths.home}>
            Go to the home page
          </a>
        </p>
      </Card>
    </main>
  );
}
