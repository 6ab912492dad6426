/**
 * Passkeys: the ones Cognito holds for this account (name and when it was added; Cognito records no
 * "last used"), adding one on this device, and removing one after a confirmation.
 */
import { useCallback, useState } from 'react';
import { toAuthError } from '../../auth/errors';
import type { Passkey } from '../../auth/types';
import { useAuth } from '../../auth/useAuth';
import { Card } from '../../components/Card';
import { SuccessStatus } from '../../components/SuccessStatus';
import { FormError } from '../../components/form/FormError';
import { useAuthForm } from '../../components/form/useAuthForm';
import { useAsyncResource } from '../../components/useAsyncResource';
import { usePasskeyOffer } from '../../components/PasskeyOffer';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function PasskeysSection() {
  const auth = useAuth();
  const { listPasskeys } = auth;
  const load = useCallback(() => listPasskeys(), [listPasskeys]);
  const { resource: passkeys, retry: reload } = useAsyncResource(load);
  const [note, setNote] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Passkey | null>(null);
  const offer = usePasskeyOffer();
  // Not forms, but the same cycle: busy while running, a failure shown with "Try again".
  const adding = useAuthForm<never>();
  const removing = useAuthForm<never>();

  const add = () =>
    void adding.run({
      action: async () => {
        setNote(null);
        await auth.addPasskey();
        offer.dismiss();
        setNote('Passkey added. You can use it to sign in next time.');
        reload();
      },
    });

  const remove = (passkey: Passkey) =>
    void removing.run({
      action: async () => {
        setNote(null);
        await auth.removePasskey(passkey.id);
        setConfirming(null);
        setNote(`“${passkey.name}” was removed. It can no longer be used to sign in.`);
        reload();
      },
    });

  return (
    <Card title="Passkeys" heading="section">
      <p>Sign in with your fingerprint, face or screen lock instead of a password.</p>
      <SuccessStatus message={note} />
      {passkeys.status === 'loading' ? <p role="status">Loading your passkeys…</p> : null}
      {passkeys.status === 'error' ? (
        <FormError error={toAuthError(passkeys.error, 'passkeys')} focus={false} onRetry={reload} />
      ) : null}
      {passkeys.status === 'ok' ? (
        passkeys.data.length === 0 ? (
          <p>You have no passkeys yet.</p>
        ) : (
          <ul className="passkey-list">
            {passkeys.data.map((passkey) => (
              <li key={passkey.id}>
                <span>
                  <strong>{passkey.name}</strong>
                  <span className="hint">
                    {' '}
                    · added {dateFormat.format(new Date(passkey.createdAt))}
                  </span>
                </span>
                {confirming?.id === passkey.id ? (
                  <span className="actions" role="group" aria-label={`Remove ${passkey.name}?`}>
                    <span>Remove this passkey? You can’t sign in with it afterwards.</span>
                    <button type="button" disabled={removing.busy} onClick={() => remove(passkey)}>
                      {removing.busy ? 'Removing…' : 'Remove'}
                    </button>
                    <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                      Keep it
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Remove ${passkey.name}`}
                    onClick={() => {
                      setNote(null);
                      setConfirming(passkey);
                    }}
                  >
                    Remove
                  </button>
                )}
              </li>
            ))}
          </ul>
        )
      ) : null}
      {removing.error ? (
        <FormError error={removing.error} onRetry={() => confirming && remove(confirming)} />
      ) : null}
      {adding.error ? <FormError error={adding.error} onRetry={add} /> : null}
      <button type="button" disabled={adding.busy} onClick={add}>
        {adding.busy ? 'Waiting for your device…' : 'Add a passkey'}
      </button>
    </Card>
  );
}
