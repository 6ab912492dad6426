/**
 * Two-step verification: whether the authenticator app is on, and turning it on (pairing a new app)
 * or off.
 */
import { useCallback, useState } from 'react';
import { toAuthError } from '../../auth/errors';
import { useAuth } from '../../auth/useAuth';
import { Card } from '../../components/Card';
import { SuccessStatus } from '../../components/SuccessStatus';
import { FormError } from '../../components/form/FormError';
import { useAuthForm } from '../../components/form/useAuthForm';
import { TotpSetup } from '../../components/TotpSetup';
import { useAsyncResource } from '../../components/useAsyncResource';

export function MfaSection() {
  const auth = useAuth();
  const { getMfaStatus } = auth;
  const loadTotpEnabled = useCallback(
    () => getMfaStatus().then((status) => status.totpEnabled),
    [getMfaStatus],
  );
  const { resource: totpEnabled, retry: reload, update } = useAsyncResource(loadTotpEnabled);
  const [settingUp, setSettingUp] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  // Not a form, but the same cycle: busy while it runs, its failure shown with "Try again".
  const turnOff = useAuthForm<never>();

  const disable = () =>
    void turnOff.run({
      action: async () => {
        setNote(null);
        await auth.disableTotp();
        update(false);
        setNote('The authenticator app is turned off.');
      },
    });

  return (
    <Card title="Two-step verification" heading="section">
      <SuccessStatus message={note} />
      {totpEnabled.status === 'loading' && !settingUp ? (
        <p role="status">Checking your settings…</p>
      ) : null}
      {totpEnabled.status === 'error' && !settingUp ? (
        <FormError error={toAuthError(totpEnabled.error)} focus={false} onRetry={reload} />
      ) : null}
      {totpEnabled.status === 'ok' && !settingUp ? (
        <>
          <FormError error={turnOff.error} onRetry={disable} />
          <p>
            Authenticator app: <strong>{totpEnabled.data ? 'On' : 'Off'}</strong>
          </p>
          {totpEnabled.data ? (
            <button type="button" className="secondary" disabled={turnOff.busy} onClick={disable}>
              {turnOff.busy ? 'Turning off…' : 'Turn off authenticator app'}
            </button>
          ) : (
            <button
              type="button"
              onClick={() => {
                setNote(null);
                setSettingUp(true);
              }}
            >
              Set up authenticator app
            </button>
          )}
        </>
      ) : null}
      {settingUp ? (
        <>
          <TotpSetup
            headingLevel={3}
            onVerified={() => {
              setSettingUp(false);
              update(true);
              setNote(
                'The authenticator app is turned on. You will be asked for a code when you sign in.',
              );
            }}
          />
          <p>
            <button
              type="button"
              className="link"
              onClick={() => {
                setSettingUp(false);
                reload();
              }}
            >
              Cancel setup
            </button>
          </p>
        </>
      ) : null}
    </Card>
  );
}
