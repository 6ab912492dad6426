/**
 * Says why an API call failed in the API client's own words (one table, in src/api/client.ts) and
 * offers Retry; a rejected session also gets a way back to sign-in.
 */
import { Link, useLocation } from 'react-router-dom';
import { apiErrorText, isApiError } from '../../api';
import { paths } from '../../config/paths';
import { message, translateMessage } from '../../i18n/message';
import { useI18n } from '../../i18n/useI18n';

const FALLBACK = message('errors.api.failed');

export function ApiErrorMessage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const location = useLocation();
  const apiError = isApiError(error) ? error : null;
  const here = `${location.pathname}${location.search}`;
  return (
    <div role="alert" className="alert alert-error">
      <p className="alert-message">
        {translateMessage(i18n, apiError ? apiErrorText(apiError) : FALLBACK)}
      </p>
      {apiError?.status !== undefined && apiError.kind !== 'network' ? (
        <p className="hint">{t('errors.api.status', { status: apiError.status })}</p>
      ) : null}
      <p className="actions">
        <button type="button" className="secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
        {apiError?.kind === 'unauthorized' ? (
          <Link to={`${paths.signIn}?returnTo=${encodeURIComponent(here)}`}>
            {t('common.signInAgain')}
          </Link>
        ) : null}
      </p>
    </div>
  );
}
