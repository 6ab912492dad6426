/**
 * The /callback route: finishes a hosted-UI sign-in and sends the user on to their (sanitised)
 * returnTo. All protocol work lives in auth/hosted-ui/callback.ts; this screen only runs it once,
 * shows progress, and turns any failure into a readable page with a Try again that starts a fresh
 * redirect back to the same place.
 */
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { startHostedSignIn } from '../auth/hosted-ui/authorize';
import {
  handleCallbackOnce,
  hasCallbackParams,
  readLastCallback,
  type CallbackOutcome,
} from '../auth/hosted-ui/callback';
import { hostedUiError } from '../auth/hosted-ui/errors';
import { useLeavingPage } from '../auth/hosted-ui/useLeavingPage';
import type { AuthError } from '../auth/types';
import { useAuth } from '../auth/useAuth';
import { useConfig } from '../config/ConfigContext';
import { paths } from '../config/paths';
import { Card } from '../components/Card';
import { translateMessage } from '../i18n/message';
import { useI18n } from '../i18n/useI18n';

type Failure = Extract<CallbackOutcome, { ok: false }>;

export function CallbackScreen() {
  const config = useConfig();
  const { state, completeHostedSignIn } = useAuth();
  const navigate = useNavigate();
  // Read once: the first run strips the response from the address bar, and StrictMode's second
  // run (or a re-render) must still see the same response to join the first run.
  const [href] = useState(() => window.location.href);
  const [hasResponse] = useState(() => hasCallbackParams(new URL(href).search));
  const [last] = useState(readLastCallback);
  const [failure, setFailure] = useState<Failure | null>(null);

  useEffect(() => {
    if (!hasResponse || config.hostedUiDomain === undefined) return;
    let active = true;
    // The guard shares one run among every call for this response, so re-running this effect
    // (StrictMode, a new completeHostedSignIn identity) never exchanges the code twice.
    void handleCallbackOnce(config, href, { complete: completeHostedSignIn }).then((outcome) => {
      if (!active) return;
      if (outcome.ok) navigate(outcome.returnTo, { replace: true });
      else setFailure(outcome);
    });
    return () => {
      active = false;
    };
  }, [config, href, hasResponse, completeHostedSignIn, navigate]);

  // Reached without a response: typically a reload after the response was already handled.
  const signedIn = state.step === 'signedIn';
  useEffect(() => {
    if (!hasResponse && signedIn) navigate(last?.returnTo ?? paths.home, { replace: true });
  }, [hasResponse, signedIn, last, navigate]);

  let shown: Failure | null = failure;
  if (config.hostedUiDomain === undefined) {
    shown = { ok: false, error: hostedUiError('not_configured'), returnTo: '/' };
  } else if (!hasResponse && state.step !== 'loading' && !signedIn) {
    shown = {
      ok: false,
      error: hostedUiError('no_response'),
      returnTo: last?.returnTo ?? '/',
      provider: last?.provider,
    };
  }

  return shown === null ? <Working /> : <Failed failure={shown} />;
}

function Working() {
  const { t } = useI18n();
  return (
    <Card title={t('callback.working.title')}>
      <p role="status">{t('callback.working.body')}</p>
    </Card>
  );
}

function Failed({ failure }: { failure: Failure }) {
  const config = useConfig();
  const i18n = useI18n();
  const { t } = i18n;
  const [starting, setStarting] = useLeavingPage();
  const [startError, setStartError] = useState<AuthError | null>(null);
  const canRetry = config.hostedUiDomain !== undefined;

  const retry = () => {
    setStarting(true);
    setStartError(null);
    startHostedSignIn(config, { returnTo: failure.returnTo, provider: failure.provider }).catch(
      (cause: unknown) => {
        setStarting(false);
        setStartError(hostedUiError('start_failed', cause));
      },
    );
  };

  const error = startError ?? failure.error;
  return (
    <Card title={t('callback.failed.title')}>
      <div role="alert" className="alert alert-error">
        <p className="alert-message">{translateMessage(i18n, error.text)}</p>
        {failure.description && !startError ? (
          <details>
            <summary>{t('callback.failed.details')}</summary>
            <p>{failure.description}</p>
          </details>
        ) : null}
      </div>
      <p className="hint">
        {t('common.errorCode')} <code>{error.code}</code>
      </p>
      <p className="actions">
        {canRetry ? (
          <button type="button" className="button" onClick={retry} disabled={starting}>
            {t('common.tryAgain')}
          </button>
        ) : null}
        <Link className="button secondary" to={paths.signIn}>
          {t('common.backToSignIn')}
        </Link>
      </p>
    </Card>
  );
}
