/**
 * Says why an API call failed in the API client's own words (one table, in src/api/client.ts) and
 * offers Retry; a rejected session also gets a way back to sign-in.
 */
import { Link, useLocation } from 'react-router-dom';
import { isApiError } from '../../api';
import { paths } from '../../config/paths';

const FALLBACK = 'The request failed. Try again in a moment.';

export function ApiErrorMessage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const location = useLocation();
  const apiError = isApiError(error) ? error : null;
  const here = `${location.pathname}${location.search}`;
  return (
    <div role="alert" className="alert alert-error">
      <p className="alert-message">{apiError?.message ?? FALLBACK}</p>
      {apiError?.status !== undefined && apiError.kind !== 'network' ? (
        <p className="hint">Status {apiError.status}</p>
      ) : null}
      <p className="actions">
        <button type="button" className="secondary" onClick={onRetry}>
          Retry
        </button>
        {apiError?.kind === 'unauthorized' ? (
          <Link to={`${paths.signIn}?returnTo=${encodeURIComponent(here)}`}>Sign in again</Link>
        ) : null}
      </p>
    </div>
  );
}
