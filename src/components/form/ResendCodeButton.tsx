/**
 * "Resend code" with a visible cooldown after each send, and a polite note saying where the new
 * code went. Errors from the resend go to the caller, which shows them with the form's others.
 */
import { useState } from 'react';
import type { CodeDelivery } from '../../auth/types';
import { useI18n } from '../../i18n/useI18n';
import { codeDestination } from './describeDelivery';
import { useCooldown } from './useCooldown';

export const RESEND_COOLDOWN_SECONDS = 30;

export function ResendCodeButton({
  resend,
  onError,
  email,
}: {
  resend: () => Promise<CodeDelivery | void>;
  onError: (error: unknown) => void;
  /** The address the person typed, shown as where the code went (see codeDestination). */
  email?: string;
}) {
  const { t } = useI18n();
  const { remaining, start } = useCooldown(RESEND_COOLDOWN_SECONDS);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<{ destination: string | undefined } | null>(null);

  const click = async () => {
    setBusy(true);
    setSent(null);
    try {
      const delivery = await resend();
      setSent({ destination: codeDestination(delivery ?? undefined, email) });
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
        {busy
          ? t('form.resend.busy')
          : waiting
            ? t('form.resend.wait', { seconds: remaining })
            : t('form.resend.button')}
      </button>
      <p role="status" className="hint">
        {sent === null
          ? ''
          : sent.destination
            ? t('form.resend.sent', { destination: sent.destination })
            : t('form.resend.sentToEmail')}
      </p>
    </div>
  );
}
