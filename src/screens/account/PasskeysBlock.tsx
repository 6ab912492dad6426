/**
 * Passkeys: the ones Cognito holds for this account (name and when it was added; Cognito records no
 * "last used"), adding one on this device, and removing one after a confirmation.
 */
import { useCallback, useState } from 'react';
import { toAuthError } from '../../auth/errors';
import type { Passkey } from '../../auth/types';
import { useAuth } from '../../auth/useAuth';
import { FormError } from '../../components/form/FormError';
import { useAuthForm } from '../../components/form/useAuthForm';
import { useAsyncResource } from '../../components/useAsyncResource';
import { usePasskeyOffer } from '../../components/PasskeyOffer';
import { useI18n } from '../../i18n/useI18n';
import { AccountBlock, useFormErrorInSection, useSectionStatus } from './AccountSection';

export function PasskeysBlock() {
  const { t, formatDateTime } = useI18n();
  const auth = useAuth();
  const status = useSectionStatus();
  const { listPasskeys } = auth;
  const load = useCallback(() => listPasskeys(), [listPasskeys]);
  const { resource: passkeys, retry: reload } = useAsyncResource(load);
  const [confirming, setConfirming] = useState<Passkey | null>(null);
  const offer = usePasskeyOffer();
  // Not forms, but the same cycle: busy while running, a failure shown with "Try again".
  const adding = useAuthForm<never>();
  const removing = useAuthForm<never>();

  const add = () =>
    void adding.run({
      action: async () => {
        status.clear();
        await auth.addPasskey();
        offer.dismiss();
        status.succeed(t('account.passkeys.added'));
        reload();
      },
    });

  const remove = (passkey: Passkey) =>
    void removing.run({
      action: async () => {
        status.clear();
        await auth.removePasskey(passkey.id);
        setConfirming(null);
        status.succeed(t('account.passkeys.removed', { name: passkey.name }));
        reload();
      },
    });
  useFormErrorInSection(adding.error, add);
  useFormErrorInSection(removing.error, confirming ? () => remove(confirming) : undefined);

  return (
    <AccountBlock title={t('account.passkeys.title')}>
      <p>{t('account.passkeys.intro')}</p>
      {passkeys.status === 'loading' ? <p role="status">{t('account.passkeys.loading')}</p> : null}
      {passkeys.status === 'error' ? (
        <FormError error={toAuthError(passkeys.error, 'passkeys')} focus={false} onRetry={reload} />
      ) : null}
      {passkeys.status === 'ok' ? (
        passkeys.data.length === 0 ? (
          <p>{t('account.passkeys.none')}</p>
        ) : (
          <ul className="passkey-list">
            {passkeys.data.map((passkey) => (
              <li key={passkey.id}>
                <span>
                  <strong>{passkey.name}</strong>
                  <span className="hint">
                    {' '}
                    ·{' '}
                    {t('account.passkeys.addedOn', {
                      date: formatDateTime(passkey.createdAt, { dateStyle: 'medium' }),
                    })}
                  </span>
                </span>
                {confirming?.id === passkey.id ? (
                  <span
                    className="actions"
                    role="group"
                    aria-label={t('account.passkeys.confirmLabel', { name: passkey.name })}
                  >
                    <span>{t('account.passkeys.confirm')}</span>
                    <button type="button" disabled={removing.busy} onClick={() => remove(passkey)}>
                      {removing.busy
                        ? t('account.passkeys.removing')
                        : t('account.passkeys.remove')}
                    </button>
                    <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                      {t('account.passkeys.keep')}
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('account.passkeys.removeLabel', { name: passkey.name })}
                    onClick={() => {
                      status.clear();
                      setConfirming(passkey);
                    }}
                  >
                    {t('account.passkeys.remove')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )
      ) : null}
      <p className="actions">
        <button type="button" className="secondary" disabled={adding.busy} onClick={add}>
          {adding.busy ? t('account.passkeys.waiting') : t('account.passkeys.add')}
        </button>
      </p>
    </AccountBlock>
  );
}
