/**
 * Two-step verification: whether the authenticator app is on, and turning it on (pairing a new app
 * in place) or off.
 */
import { useCallback } from 'react';
import { toAuthError } from '../../auth/errors';
import { useAuth } from '../../auth/useAuth';
import { FormError } from '../../components/form/FormError';
import { useAuthForm } from '../../components/form/useAuthForm';
import { TotpSetup } from '../../components/TotpSetup';
import { useAsyncResource } from '../../components/useAsyncResource';
import { useI18n } from '../../i18n/useI18n';
import { AccountBlock, useFormErrorInSection, useSectionStatus } from './AccountSection';

export function MfaBlock({
  settingUp,
  onSetUp,
  onClose,
}: {
  settingUp: boolean;
  onSetUp: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const auth = useAuth();
  const status = useSectionStatus();
  const { getMfaStatus } = auth;
  const loadTotpEnabled = useCallback(
    () => getMfaStatus().then((mfa) => mfa.totpEnabled),
    [getMfaStatus],
  );
  const { resource: totpEnabled, retry: reload, update } = useAsyncResource(loadTotpEnabled);
  // Not a form, but the same cycle: busy while it runs, its failure shown with "Try again".
  const turnOff = useAuthForm<never>();
  const disable = () =>
    void turnOff.run({
      action: async () => {
        status.clear();
        await auth.disableTotp();
        update(false);
        status.succeed(t('account.mfa.turnedOff'));
      },
    });
  useFormErrorInSection(turnOff.error, disable);

  return (
    <AccountBlock title={t('account.mfa.title')}>
      {totpEnabled.status === 'loading' && !settingUp ? (
        <p role="status">{t('account.mfa.checking')}</p>
      ) : null}
      {totpEnabled.status === 'error' && !settingUp ? (
        <FormError error={toAuthError(totpEnabled.error)} focus={false} onRetry={reload} />
      ) : null}
      {totpEnabled.status === 'ok' && !settingUp ? (
        <div className="block-row">
          <p>
            {t('account.mfa.app')}{' '}
            <strong>{totpEnabled.data ? t('account.mfa.on') : t('account.mfa.off')}</strong>
          </p>
          {totpEnabled.data ? (
            <button type="button" className="secondary" disabled={turnOff.busy} onClick={disable}>
              {turnOff.busy ? t('account.mfa.turningOff') : t('account.mfa.turnOff')}
            </button>
          ) : (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                status.clear();
                onSetUp();
              }}
            >
              {t('account.mfa.setUp')}
            </button>
          )}
        </div>
      ) : null}
      {settingUp ? (
        <>
          <TotpSetup
            headingLevel={3}
            onVerified={() => {
              onClose();
              update(true);
              status.succeed(t('account.mfa.turnedOn'));
            }}
          />
          <p>
            <button
              type="button"
              className="link"
              onClick={() => {
                onClose();
                reload();
              }}
            >
              {t('account.mfa.cancelSetup')}
            </button>
          </p>
        </>
      ) : null}
    </AccountBlock>
  );
}
