/**
 * /sign-in: email and password, or, with the same email, a passkey or a code by email (Cognito's
 * choice-based sign-in). The password keeps its SRP path and round trips; the other two are offered
 * next to it rather than in front of it, so no call is added before the password. Wrong password and
 * unknown user read the same; an unconfirmed account goes to confirmation with a fresh code; a
 * forced reset goes to forgot-password. After sign-in the visitor returns to the sanitised `returnTo`.
 */
import { useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { HostedSignInButtons } from '../auth/hosted-ui/HostedSignInButtons';
import { useAuth } from '../auth/useAuth';
import { paths } from '../config/paths';
import { Notice } from '../components/Notice';
import { SessionNotice } from '../components/SessionNotice';
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
import { journeyFrom } from '../routing/journeyState';
import { AuthForm } from '../components/form/AuthForm';
import { FormError } from '../components/form/FormError';
import type { AuthError, CodeDelivery } from '../auth/types';
import { EmailCodeStep } from './EmailCodeStep';

type Passwordless = 'passkey' | 'emailCode';

type Field = 'email' | 'password';

export function SignInScreen() {
  const auth = useAuth();
  const { state } = auth;
  const location = useLocation();
  const navigate = useNavigate();
  const returnTo = useReturnTo();
  const journey = journeyFrom(location);
  const [email, setEmail] = useState(journey.email ?? '');
  const [password, setPassword] = useState('');
  const form = useAuthForm<Field>();
  // Passkey and email-code failures show next to their buttons, with their own "Try again".
  const [altError, setAltError] = useState<AuthError | null>(null);
  const [altBusy, setAltBusy] = useState<Passwordless | null>(null);
  const lastAlt = useRef<Passwordless>('passkey');
  const [codeSent, setCodeSent] = useState<CodeDelivery | null>(null);
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

  const passwordless = (method: Passwordless) => {
    lastAlt.current = method;
    setAltError(null);
    void form.run({
      validate: () => ({ email: emailProblem(email) }),
      action: async () => {
        setAltBusy(method);
        try {
          if (method === 'passkey') await auth.signInWithPasskey(email.trim());
          else setCodeSent(await auth.sendEmailCode(email.trim()));
        } finally {
          setAltBusy(null);
        }
      },
      onError: (error) => {
        setAltError(error);
        return true;
      },
    });
  };

  const notice = state.step === 'signedOut' ? state.notice : undefined;

  if (codeSent !== null) {
    return (
      <Card title="Enter your sign-in code">
        <EmailCodeStep email={email.trim()} delivery={codeSent} onBack={() => setCodeSent(null)} />
      </Card>
    );
  }

  return (
    <Card title="Sign in">
      {journey.note ? <Notice tone="success">{journey.note}</Notice> : null}
      {notice ? <SessionNotice notice={notice} /> : null}
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
        <SubmitButton busy={form.busy && altBusy === null} busyLabel="Signing in…" className="wide">
          Sign in
        </SubmitButton>
      </AuthForm>
      <section className="other-methods" aria-labelledby="other-methods-heading">
        <h2 id="other-methods-heading" className="divider-heading">
          Or, with the email above
        </h2>
        {/* Mounted with its error (and focused then), so the password form's summary stays the
            page's one alert region until a passkey or code attempt fails. */}
        {altError ? (
          <FormError error={altError} onRetry={() => passwordless(lastAlt.current)} />
        ) : null}
        <p className="actions stacked">
          <button
            type="button"
            className="secondary wide"
            disabled={form.busy}
            aria-busy={altBusy === 'passkey' || undefined}
            onClick={() => passwordless('passkey')}
          >
            {altBusy === 'passkey' ? 'Waiting for your passkey…' : 'Sign in with a passkey'}
          </button>
          <button
            type="button"
            className="secondary wide"
            disabled={form.busy}
            aria-busy={altBusy === 'emailCode' || undefined}
            onClick={() => passwordless('emailCode')}
          >
            {altBusy === 'emailCode' ? 'Sending a code…' : 'Email me a code'}
          </button>
        </p>
      </section>
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
