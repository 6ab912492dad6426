/**
 * The second half of "Email me a code" on /sign-in: the 8-digit code Cognito emailed, a resend with a
 * cooldown, and a way back to the other methods with the email still filled in.
 */
import { useState } from 'react';
import { toAuthError } from '../auth/errors';
import { useAuth } from '../auth/useAuth';
import type { CodeDelivery } from '../auth/types';
import { CodeEntry } from '../components/form/CodeEntry';
import { describeDelivery } from '../components/form/describeDelivery';
import { ResendCodeButton } from '../components/form/ResendCodeButton';
import { SubmitButton } from '../components/form/SubmitButton';
import { useAuthForm } from '../components/form/useAuthForm';

export const EMAIL_CODE_LENGTH = 8;

export function EmailCodeStep({
  email,
  delivery,
  onBack,
}: {
  email: string;
  delivery: CodeDelivery;
  /** Back to the sign-in form (password, passkey), email kept. */
  onBack: () => void;
}) {
  const auth = useAuth();
  const [code, setCode] = useState('');
  const form = useAuthForm<'code'>();

  const submit = form.onSubmit({
    validate: () => ({
      code: new RegExp(`^\\d{${EMAIL_CODE_LENGTH}}$`).test(code.trim())
        ? undefined
        : `Enter the ${EMAIL_CODE_LENGTH}-digit code from the email.`,
    }),
    action: () => auth.answerEmailCode(code),
  });

  return (
    <>
      <CodeEntry
        message={`We sent a sign-in code ${describeDelivery(delivery, `to ${email}`)}. It works for 3 minutes.`}
        form={form}
        onSubmit={submit}
        field={{
          value: code,
          onChange: setCode,
          error: form.fieldErrors.code,
          hint: `${EMAIL_CODE_LENGTH} digits`,
        }}
      >
        <SubmitButton busy={form.busy} busyLabel="Signing in…" className="wide">
          Sign in
        </SubmitButton>
      </CodeEntry>
      <ResendCodeButton
        resend={() => auth.sendEmailCode(email)}
        onError={(e) => form.setError(toAuthError(e, 'emailCode'))}
        fallbackDestination={`to ${email}`}
      />
      <p className="form-links">
        <button type="button" className="link" onClick={onBack}>
          Use your password or a passkey instead
        </button>
      </p>
    </>
  );
}
