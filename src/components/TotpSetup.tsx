/**
 * Pairs an authenticator app: asks Cognito for a secret, shows it as a QR code (the qrcode library
 * loads only now, never on first load) and as copyable text, then verifies the first code.
 * Used by the required mfaSetup step and by the account page.
 */
import { useCallback, useId, useRef, useState } from 'react';
import { useAuth } from '../auth/useAuth';
import type { TotpSetup as TotpSecret } from '../auth/types';
import { toAuthError } from '../auth/errors';
import { FormError } from './form/FormError';
import { SubmitButton } from './form/SubmitButton';
import { CodeField } from './form/fields';
import { useAuthForm } from './form/useAuthForm';
import { codeProblem } from './form/validation';
import { AuthForm } from './form/AuthForm';
import { useAsyncResource } from './useAsyncResource';
import { useI18n } from '../i18n/useI18n';

async function qrDataUrl(uri: string): Promise<string> {
  const { toString } = await import('qrcode');
  // SVG needs no canvas, so it renders the same in every browser and in tests.
  const svg = await toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Groups of four are easier to type into an app by hand. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export function TotpSetup({
  onVerified,
  headingLevel = 2,
}: {
  onVerified?: () => void;
  headingLevel?: 2 | 3;
}) {
  const auth = useAuth();
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const [code, setCode] = useState('');
  const form = useAuthForm<'code'>();
  const secretId = useId();
  const Heading = `h${headingLevel}` as const;

  // One request per attempt, shared by StrictMode's second effect run (and by re-runs when the auth
  // value changes): a second AssociateSoftwareToken would replace the secret on screen.
  const request = useRef<Promise<TotpSecret> | null>(null);
  const loadSecret = useCallback(() => (request.current ??= auth.setupTotp()), [auth]);
  const { resource: loaded, retry } = useAsyncResource(loadSecret);
  const secret = loaded.status === 'ok' ? loaded.data : null;

  // The key shows as text at once; the QR code follows when its library has loaded.
  const uri = secret?.otpauthUri ?? null;
  const loadQr = useCallback(
    () => (uri === null ? Promise.resolve(null) : qrDataUrl(uri).catch(() => null)),
    [uri],
  );
  const { resource: drawn } = useAsyncResource(loadQr);
  const qr = drawn.status === 'ok' ? drawn.data : null;

  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret.secretCode);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const submit = form.onSubmit({
    validate: () => ({ code: codeProblem(code) }),
    action: async () => {
      await auth.verifyTotp(code.trim());
      onVerified?.();
    },
  });

  if (loaded.status === 'error') {
    return (
      <FormError
        error={toAuthError(loaded.error, 'mfa')}
        onRetry={() => {
          request.current = null;
          retry();
        }}
        focus={false}
      />
    );
  }
  if (!secret) return <p role="status">{t('mfa.totp.preparing')}</p>;

  return (
    <div className="totp-setup">
      <Heading className="step-heading">{t('mfa.totp.scanHeading')}</Heading>
      <p>{t('mfa.totp.scanIntro')}</p>
      <div className="qr">
        {qr ? (
          <img src={qr} alt={t('mfa.totp.qrAlt')} width="200" height="200" />
        ) : (
          <p role="status">{t('mfa.totp.drawing')}</p>
        )}
      </div>
      <p id={secretId}>{t('mfa.totp.cantScan')}</p>
      <p className="secret-row">
        <code className="secret" aria-describedby={secretId}>
          {groupSecret(secret.secretCode)}
        </code>
        <button
          type="button"
          className="secondary"
          aria-label={t('mfa.totp.copyKey')}
          onClick={() => void copy()}
        >
          {t('common.copy')}
        </button>
        <span role="status" className="hint">
          {copied ? t('common.copied') : ''}
        </span>
      </p>
      <Heading className="step-heading">{t('mfa.totp.codeHeading')}</Heading>
      <AuthForm form={form} onSubmit={submit}>
        <CodeField value={code} onChange={setCode} error={form.fieldErrors.code} maxLength={6} />
        <SubmitButton busy={form.busy} busyLabel={t('common.verifying')}>
          {t('mfa.totp.submit')}
        </SubmitButton>
      </AuthForm>
    </div>
  );
}
