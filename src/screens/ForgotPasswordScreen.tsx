/**
 * /forgot-password in two steps: the email (Cognito sends a code), then the code and a new password
 * with the live checklist. Success goes to sign-in with a note and the email filled in.
 */
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { toAuthError } from '../auth/errors';
import { useAuth } from '../auth/useAuth';
import type { CodeDelivery } from '../auth/types';
import { useConfig } from '../config/ConfigContext';
import { paths } from '../config/paths';
import { journeyFrom } from '../routing/journeyState';
import { Notice } from '../components/Notice';
import { Card } from '../components/Card';
import { CodeEntry } from '../components/form/CodeEntry';
import { newPasswordProblem } from '../components/form/passwordRules';
import { describeDelivery } from '../components/form/describeDelivery';
import { ResendCodeButton } from '../components/form/ResendCodeButton';
import { SubmitButton } from '../components/form/SubmitButton';
import { EmailField } from '../components/form/fields';
import { NewPasswordField } from '../components/form/NewPasswordField';
import { useAuthForm } from '../components/form/useAuthForm';
import { UsernameHint } from '../components/form/UsernameHint';
import { codeProblem, emailProblem } from '../components/form/validation';
import { AuthForm } from '../components/form/AuthForm';

export const PASSWORD_RESET_NOTE = 'Your password has been reset. Sign in with your new password.';

export function ForgotPasswordScreen() {
  const location = useLocation();
  const journey = journeyFrom(location);
  const [email, setEmail] = useState(journey.email ?? '');
  const [delivery, setDelivery] = useState<CodeDelivery | null>(null);
  return delivery === null ? (
    <RequestCode
      email={email}
      setEmail={setEmail}
      resetRequired={journey.reason === 'resetRequired'}
      onSent={setDelivery}
    />
  ) : (
    <ResetPassword email={email.trim()} delivery={delivery} onBack={() => setDelivery(null)} />
  );
}

function RequestCode({
  email,
  setEmail,
  resetRequired,
  onSent,
}: {
  email: string;
  setEmail: (value: string) => void;
  resetRequired: boolean;
  onSent: (delivery: CodeDelivery) => void;
}) {
  const auth = useAuth();
  const form = useAuthForm<'email'>();
  const submit = form.onSubmit({
    validate: () => ({ email: emailProblem(email) }),
    action: async () => {
      onSent(await auth.forgotPassword(email.trim()));
    },
  });
  return (
    <Card title="Reset your password">
      {resetRequired ? (
        <Notice>You need to reset your password before you can sign in.</Notice>
      ) : null}
      <p>Enter the email you signed up with. We&rsquo;ll send you a code to set a new password.</p>
      <AuthForm form={form} onSubmit={submit}>
        <EmailField value={email} onChange={setEmail} error={form.fieldErrors.email} />
        <SubmitButton busy={form.busy} busyLabel="Sending code…" className="wide">
          Send code
        </SubmitButton>
      </AuthForm>
      <p className="form-footer">
        <Link to={paths.signIn} state={{ email: email.trim() }}>
          Back to sign-in
        </Link>
      </p>
    </Card>
  );
}

function ResetPassword({
  email,
  delivery,
  onBack,
}: {
  email: string;
  delivery: CodeDelivery;
  onBack: () => void;
}) {
  const auth = useAuth();
  const { passwordPolicy } = useConfig();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const form = useAuthForm<'code' | 'newPassword'>();
  const submit = form.onSubmit({
    validate: () => ({
      code: codeProblem(code),
      newPassword: newPasswordProblem(newPassword, passwordPolicy, 'new password'),
    }),
    action: async () => {
      await auth.confirmForgotPassword({ username: email, code: code.trim(), newPassword });
      navigate(paths.signIn, { replace: true, state: { email, note: PASSWORD_RESET_NOTE } });
    },
  });
  return (
    <Card title="Choose a new password">
      <CodeEntry
        message={
          <>
            We sent a code {describeDelivery(delivery, 'to your email')} for{' '}
            <strong>{email}</strong>. Enter it with your new password.
          </>
        }
        form={form}
        onSubmit={submit}
        field={{ value: code, onChange: setCode, error: form.fieldErrors.code }}
      >
        <UsernameHint username={email} />
        <NewPasswordField
          value={newPassword}
          onChange={setNewPassword}
          error={form.fieldErrors.newPassword}
        />
        <SubmitButton busy={form.busy} busyLabel="Resetting password…" className="wide">
          Reset password
        </SubmitButton>
      </CodeEntry>
      <ResendCodeButton
        resend={() => auth.forgotPassword(email)}
        onError={(error) => form.setError(toAuthError(error, 'forgotPassword'))}
      />
      <p className="form-footer">
        <button type="button" className="link" onClick={onBack}>
          Use a different email
        </button>
      </p>
    </Card>
  );
}
