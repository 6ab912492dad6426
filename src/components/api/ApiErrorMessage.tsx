/**
 * Says why an API call failed in the API client's own words (one table, in src/api/client.ts) and
 * offers Retry; a rejected session also gets a way back to sign-in.
 */
import { Link, useLocation } from 'react-router-dom';
import { isApiError } from '../../api';
import { paths } from '../../config/paths';
import { useI18n } from '../../i18n/useI18n';

export function ApiErrorMessage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const location = useLocation();
  const apiError = isApiError(error) ? error : null;
  const here = `${location.pathname}${location.search}`;
  return (
    <div role="alert" className="alert alert-error">
      <p className="alert-message">{apiError?.message ?? t('protectedPage.apiError.fallback')}</p>
      {apiError?.status !== undefined && apiError.kind !== 'network' ? (
        <p className="hint">{t('protectedPage.apiError.status', { status: apiError.status })}</p>
      ) : null}
      <p className="actions">
        <button type="button" className="secondary" onClick={onRetry}>
          {t('protectedPage.apiError.retry')}
        </button>
        {apiError?.kind === 'unauthorized' ? (
          <Link to={`${paths.signIn}?returnTo=${encodeURIComponent(here)}`}>
            {t('protectedPage.apiError.signInAgain')}
          </Link>
        ) : null}
      </p>
    </div>
  );
}
