/**
 * "Resend code" with a visible cooldown after each send, and a polite note saying where the new
 * code went. Errors from the resend go to the caller, which shows them with the form's others.
 */
import { useState } from 'react';
import type { CodeDelivery } from '../../auth/types';
import { describeDelivery } from './describeDelivery';
import { useCooldown } from './useCooldown';

export const RESEND_COOLDOWN_SECONDS = 30;

export function ResendCodeButton({
  resend,
  onError,
  fallbackDestination = 'your email',
}: {
  resend: () => Promise<CodeDelivery | void>;
  onError: (error: unknown) => void;
  fallbackDestination?: string;
}) {
  const { remaining, start } = useCooldown(RESEND_COOLDOWN_SECONDS);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const click = async () => {
    setBusy(true);
    setSentTo(null);
    try {
      const delivery = await resend();
      setSentTo(describeDelivery(delivery ?? undefined, fallbackDestination));
      start();
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  const waiting = remaining > 0;
  return (
    <div className="resend">
      <button
        type="button"
        className="secondary"
        disabled={busy || waiting}
        onClick={() => void click()}
      >
        {busy ? 'Sending…' : waiting ? `Resend code in ${remaining} s` : 'Resend code'}
      </button>
      <p role="status" className="hint">
        {sentTo ? `We sent a new code ${sentTo}.` : ''}
      </p>
    </div>
  );
}
