/**
 * The way into the hosted UI from our own screens: one button for Cognito's hosted sign-in page and
 * one per configured identity provider. Renders nothing when no hosted UI domain is configured, so
 * screens can place it unconditionally.
 */
import { useState } from 'react';
import { useConfig } from '../../config/ConfigContext';
import { providerDisplayName } from './providers';
import { START_FAILED_MESSAGE } from './startFailed';
import { useLeavingPage } from './useLeavingPage';

export interface HostedSignInButtonsProps {
  /** Where to land after sign-in; sanitised before use. */
  returnTo?: string;
  /** Test seam for leaving the page. */
  navigate?: (url: string) => void;
}

export function HostedSignInButtons({ returnTo, navigate }: HostedSignInButtonsProps) {
  const config = useConfig();
  const [leaving, setLeaving] = useLeavingPage();
  const [error, setError] = useState<string | null>(null);

  if (config.hostedUiDomain === undefined) return null;

  const start = (provider?: string) => {
    setLeaving(true);
    setError(null);
    // The OAuth code (oauth4webapi, PKCE) loads on the click: most people sign in with the form.
    import('./authorize')
      .then(({ startHostedSignIn }) =>
        startHostedSignIn(config, { provider, returnTo }, { navigate }),
      )
      .catch(() => {
        setLeaving(false);
        setError(START_FAILED_MESSAGE);
      });
  };

  return (
    <div className="hosted-sign-in">
      {/* Uses the shared .actions row so the buttons wrap like every other button group. */}
      <div className="actions" role="group" aria-label="Other ways to sign in">
        <button
          type="button"
          className="button secondary"
          disabled={leaving}
          onClick={() => start()}
        >
          Continue with hosted sign-in
        </button>
        {config.identityProviders.map((provider) => (
          <button
            key={provider}
            type="button"
            className="button secondary"
            disabled={leaving}
            onClick={() => start(provider)}
          >
            Continue with {providerDisplayName(provider)}
          </button>
        ))}
      </div>
      <div role="alert">{error ? <p className="alert alert-error">{error}</p> : null}</div>
    </div>
  );
}
