/**
 * The second half of "Email me a code" on /sign-in: the 8-digit code Cognito emailed, a resend with a
 * cooldown, and a way back to the other methods with the email still filled in.
 */
import { useState } from 'react';
import { toAuthError } from '../auth/errors';
import { useAuth } from '../auth/useAuth';
import type { CodeDelivery } from '../auth/types';
import { CodeEntry } from '../components/form/CodeEntry';
import { codeDestination } from '../components/form/describeDelivery';
import { ResendCodeButton } from '../components/form/ResendCodeButton';
import { SubmitButton } from '../components/form/SubmitButton';
import { useAuthForm } from '../components/form/useAuthForm';
import { normaliseCode } from '../components/form/validation';
import { useI18n } from '../i18n/useI18n';

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
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const form = useAuthForm<'code'>();

  const submit = form.onSubmit({
    validate: () => ({
      code: new RegExp(`^\\d{${EMAIL_CODE_LENGTH}}$`).test(normaliseCode(code))
        ? undefined
        : t('signIn.emailCode.invalid', { length: EMAIL_CODE_LENGTH }),
    }),
    action: () => auth.answerEmailCode(normaliseCode(code)),
  });

  return (
    <>
      <CodeEntry
        message={t('signIn.emailCode.sent', {
          destination: codeDestination(delivery, email) ?? email,
        })}
        form={form}
        onSubmit={submit}
        field={{
          value: code,
          onChange: setCode,
          error: form.fieldErrors.code,
          hint: t('signIn.emailCode.hint', { length: EMAIL_CODE_LENGTH }),
        }}
      >
        <SubmitButton busy={form.busy} busyLabel={t('signIn.busy')} className="wide">
          {t('signIn.submit')}
        </SubmitButton>
      </CodeEntry>
      <ResendCodeButton
        resend={() => auth.sendEmailCode(email)}
        onError={(e) => form.setError(toAuthError(e, 'emailCode'))}
        email={email}
      />
      <p className="form-links">
        <button type="button" className="link" onClick={onBack}>
          {t('signIn.emailCode.back')}
        </button>
      </p>
    </>
  );
}
