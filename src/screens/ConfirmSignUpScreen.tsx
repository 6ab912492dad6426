/**
 * /confirm-sign-up: the code from the sign-up email. Success signs in straight away when the auth
 * core still holds the password; otherwise the person goes to sign-in with a note saying so. The
 * address is shown once, as typed (see codeDestination for why not Cognito's masked form).
 */
import { useState } from 'react';
import { toAuthError } from '../auth/errors';
import { useAuth } from '../auth/useAuth';
import type { AuthState } from '../auth/types';
import { FlowGate } from '../routing/FlowGate';
import { paths } from '../config/paths';
import { Card } from '../components/Card';
import { CodeEntry } from '../components/form/CodeEntry';
import { codeDestination } from '../components/form/describeDelivery';
import { ResendCodeButton } from '../components/form/ResendCodeButton';
import { SubmitButton } from '../components/form/SubmitButton';
import { useAuthForm } from '../components/form/useAuthForm';
import { codeProblem, normaliseCode } from '../components/form/validation';
import { useI18n } from '../i18n/useI18n';

const CODE_ERRORS = ['CodeMismatchException', 'ExpiredCodeException', 'LimitExceededException'];

export function ConfirmSignUpScreen() {
  // Set while a confirmation is under way: if the session then ends up signed out (the auth core had
  // no password to sign in with, and says so in its notice), sign-in gets the email filled in.
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <FlowGate
      steps={['confirmSignUp']}
      whenLeaving={(state) =>
        confirming !== null && state.step === 'signedOut'
          ? { email: confirming }
          : state.step === 'signedIn'
            ? { welcome: true }
            : undefined
      }
      signedInLanding={paths.home}
    >
      {(state) => <ConfirmSignUpForm state={state} onConfirming={setConfirming} />}
    </FlowGate>
  );
}

function ConfirmSignUpForm({
  state,
  onConfirming,
}: {
  state: Extract<AuthState, { step: 'confirmSignUp' }>;
  onConfirming: (username: string | null) => void;
}) {
  const auth = useAuth();
  const i18n = useI18n();
  const { t } = i18n;
  const [code, setCode] = useState('');
  const form = useAuthForm<'code'>();

  const submit = form.onSubmit({
    validate: () => ({ code: codeProblem(code, 'confirmation code', i18n) }),
    action: async () => {
      // Marked before the call resolves: the session may leave this step before `await` returns,
      // and the gate must already know that leaving means "confirmed", not "cancelled".
      onConfirming(state.username);
      try {
        await auth.confirmSignUp(normaliseCode(code));
      } catch (error) {
        onConfirming(null);
        throw error;
      }
    },
    // These three are about the code the person typed, so they sit next to it.
    fieldFor: (error, field) => (CODE_ERRORS.includes(error.code) ? 'code' : field),
  });

  const destination = codeDestination(state.delivery, state.username);
  return (
    <Card title={t('confirm.title')}>
      <CodeEntry
        message={destination ? t('confirm.sent', { destination }) : t('confirm.sentToYourEmail')}
        form={form}
        onSubmit={submit}
        field={{
          label: t('confirm.codeLabel'),
          value: code,
          onChange: setCode,
          error: form.fieldErrors.code,
        }}
      >
        <SubmitButton busy={form.busy} busyLabel={t('confirm.busy')} className="wide">
          {t('confirm.submit')}
        </SubmitButton>
      </CodeEntry>
      <ResendCodeButton
        resend={() => auth.resendSignUpCode(state.username.trim())}
        onError={(error) => form.setError(toAuthError(error))}
        email={state.username}
      />
      <p className="form-footer">
        <button type="button" className="link" onClick={() => auth.cancelFlow()}>
          {t('confirm.back')}
        </button>
      </p>
    </Card>
  );
}
