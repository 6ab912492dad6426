/**
 * "Sign in faster next time": offered once after a password sign-in, on a browser that can make
 * passkeys. Dismissed (or answered by adding one) it stays away on this device, through a
 * localStorage flag. It makes no request of its own, so a sign-in or a reload costs what it did.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useAuth } from '../auth/useAuth';
import { useConfig } from '../config/ConfigContext';
import { FormError } from './form/FormError';
import { useAuthForm } from './form/useAuthForm';
import { useI18n } from '../i18n/useI18n';

const listeners = new Set<() => void>();

function flagKey(clientId: string): string {
  return `cra.${clientId}.passkeyOfferDismissed`;
}

function readFlag(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === '1';
  } catch {
    // Storage blocked (privacy mode): showing the offer again is the lesser harm.
    return false;
  }
}

/** Whether this device has dismissed the offer, and the way to dismiss it. */
export function usePasskeyOffer() {
  const { clientId } = useConfig();
  const key = flagKey(clientId);
  const subscribe = useCallback((listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  const dismissed = useSyncExternalStore(subscribe, () => readFlag(key));
  const dismiss = useCallback(() => {
    try {
      window.localStorage.setItem(key, '1');
    } catch {
      // Nothing to keep it in; it goes for this page's life below.
    }
    for (const listener of [...listeners]) listener();
  }, [key]);
  return { dismissed, dismiss };
}

export function PasskeyOffer() {
  const auth = useAuth();
  const { t } = useI18n();
  const { dismissed, dismiss } = usePasskeyOffer();
  const adding = useAuthForm<never>();
  const { state } = auth;
  if (
    dismissed ||
    state.step !== 'signedIn' ||
    state.user.signInMethod !== 'password' ||
    typeof window.PublicKeyCredential !== 'function'
  ) {
    return null;
  }

  const add = () =>
    void adding.run({
      action: async () => {
        await auth.addPasskey();
        dismiss();
      },
    });

  return (
    <aside className="passkey-offer alert" aria-labelledby="passkey-offer-heading">
      <h2 id="passkey-offer-heading">{t('passwordless.offer.title')}</h2>
      <p>{t('passwordless.offer.body')}</p>
      {adding.error ? <FormError error={adding.error} onRetry={add} /> : null}
      <p className="actions">
        <button type="button" disabled={adding.busy} onClick={add}>
          {adding.busy ? t('passwordless.offer.waiting') : t('passwordless.offer.add')}
        </button>
        <button type="button" className="secondary" onClick={dismiss}>
          {t('passwordless.offer.notNow')}
        </button>
      </p>
    </aside>
  );
}
