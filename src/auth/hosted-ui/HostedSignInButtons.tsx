/**
 * The way into the hosted UI from our own screens: an "or" divider under the screen's own form, one
 * button for Cognito's hosted sign-in page and one per configured identity provider, each as wide
 * as the form's own submit button. Renders nothing when no hosted UI domain is configured, so
 * screens can place it unconditionally.
 */
import { useState } from 'react';
import { useConfig } from '../../config/ConfigContext';
import { useI18n } from '../../i18n/useI18n';
import { providerDisplayName } from './providers';
import { useLeavingPage } from './useLeavingPage';

export interface HostedSignInButtonsProps {
  /** Where to land after sign-in; sanitised before use. */
  returnTo?: string;
  /** Test seam for leaving the page. */
  navigate?: (url: string) => void;
}

export function HostedSignInButtons({ returnTo, navigate }: HostedSignInButtonsProps) {
  const config = useConfig();
  const { t } = useI18n();
  const [leaving, setLeaving] = useLeavingPage();
  // Only failure here is the OAuth code not loading; its words come with the first load.
  const [failed, setFailed] = useState(false);

  if (config.hostedUiDomain === undefined) return null;

  const start = (provider?: string) => {
    setLeaving(true);
    setFailed(false);
    // The OAuth code (oauth4webapi, PKCE) loads on the click: most people sign in with the form.
    import('./authorize')
      .then(({ startHostedSignIn }) =>
        startHostedSignIn(config, { provider, returnTo }, { navigate }),
      )
      .catch(() => {
        setLeaving(false);
        setFailed(true);
      });
  };

  return (
    <div className="hosted-sign-in">
      <p className="or-divider" aria-hidden="true">
        <span>{t('form.or')}</span>
      </p>
      <div className="actions stacked" role="group" aria-label={t('signIn.hosted.group')}>
        <button
          type="button"
          className="button secondary wide"
          disabled={leaving}
          onClick={() => start()}
        >
          {t('signIn.hosted.button')}
        </button>
        {config.identityProviders.map((provider) => (
          <button
            key={provider}
            type="button"
            className="button secondary wide"
            disabled={leaving}
            onClick={() => start(provider)}
          >
            {t('signIn.hosted.provider', { provider: providerDisplayName(provider) })}
          </button>
        ))}
      </div>
      <div role="alert">
        {failed ? <p className="alert alert-error">{t('errors.hosted.startFailed')}</p> : null}
      </div>
    </div>
  );
}
