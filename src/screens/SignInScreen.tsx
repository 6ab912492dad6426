/**
 * /sign-in: email and password. Wrong password and unknown user read the same; an unconfirmed
 * account goes to confirmation with a fresh code; a forced reset goes to forgot-password. After
 * sign-in the visitor returns to the sanitised `returnTo`.
 */
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { HostedSignInButtons } from '../auth/hosted-ui/HostedSignInButtons';
import { useAuth } from '../auth/useAuth';
import { paths } from '../config/paths';
import { Notice } from '../components/Notice';
import { Card } from '../components/Card';
import { PasswordField } from '../components/form/PasswordField';
import { LoadingStatus } from '../components/LoadingStatus';
import { SubmitButton } from '../components/form/SubmitButton';
import { EmailField } from '../components/form/fields';
import { useAuthForm } from '../components/form/useAuthForm';
import { useReturnTo } from '../routing/useReturnTo';
import { useStepNavigation } from '../routing/useStepNavigation';
import { withReturnTo } from '../routing/stepRoutes';
import { emailProblem } from '../components/form/validation';
import { readJourneyState } from '../routing/journeyState';
import { AuthForm } from '../components/form/AuthForm';

type Field = 'email' | 'password';

export function SignInScreen() {
  const auth = useAuth();
  const { state } = auth;
  const location = useLocation();
  const navigate = useNavigate();
  const returnTo = useReturnTo();
  const journey = readJourneyState(location.state);
  const [email, setEmail] = useState(journey.email ?? '');
  const [password, setPassword] = useState('');
  const form = useAuthForm<Field>();
  useStepNavigation();

  if (state.step === 'loading') return <LoadingStatus />;

  if (state.step === 'signedIn') {
    const who = state.user.name ?? state.user.email ?? state.user.username;
    return (
      <Card title="You’re signed in">
        <p>
          You are signed in as <strong>{state.user.email ?? state.user.username}</strong>.
        </p>
        <p className="actions">
          <Link className="button" to={returnTo}>
            Continue as {who}
          </Link>
          <button type="button" className="secondary" onClick={() => void auth.signOut()}>
            Sign out
          </button>
        </p>
      </Card>
    );
  }

  const submit = form.onSubmit({
    validate: () => ({
      email: emailProblem(email),
      password: password === '' ? 'Enter your password.' : undefined,
    }),
    action: () => auth.signIn({ username: email.trim(), password }),
    // Wrong password and unknown user share one message, shown for the form as a whole so it
    // does not point at either field: only an email problem goes next to its field.
    fieldFor: (_error, field) => (field === 'email' ? 'email' : undefined),
    // An unconfirmed account is not an error here: the auth core sends a fresh code and moves to
    // confirmSignUp, and step navigation follows. A forced reset continues on forgot-password.
    onError: (error) => {
      if (error.code !== 'PasswordResetRequiredException') return false;
      navigate(paths.forgotPassword, { state: { email: email.trim(), reason: 'resetRequired' } });
      return true;
    },
  });

  const notice = state.step === 'signedOut' ? state.notice : undefined;

  return (
    <Card title="Sign in">
      {journey.note ? <Notice tone="success">{journey.note}</Notice> : null}
      {notice ? <Notice>{notice}</Notice> : null}
      <AuthForm form={form} onSubmit={submit}>
        <EmailField value={email} onChange={setEmail} error={form.fieldErrors.email} />
        <PasswordField
          label="Password"
          kind="current"
          name="password"
          value={password}
          onChange={setPassword}
          error={form.fieldErrors.password}
        />
        <p className="form-links">
          <Link to={paths.forgotPassword} state={{ email: email.trim() }}>
            Forgot password?
          </Link>
        </p>
        <SubmitButton busy={form.busy} busyLabel="Signing in…" className="wide">
          Sign in
        </SubmitButton>
      </AuthForm>
      <HostedSignInButtons returnTo={returnTo} />
      <p className="form-footer">
        New here?{' '}
        <Link to={withReturnTo(paths.signUp, returnTo)} state={{ email: email.trim() }}>
          Create an account
        </Link>
      </p>
    </Card>
  );
}
