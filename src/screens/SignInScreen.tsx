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
import { personName } from '../auth/person';
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
import { useI18n } from '../i18n/useI18n';
import { useReturnTo } from '../routing/useReturnTo';
import { useSignOut } from '../routing/useSignOut';
import { useStepNavigation } from '../routing/useStepNavigation';
import { withReturnTo } from '../routing/stepRoutes';
import { emailProblem } from '../components/form/validation';
import { currentPasswordProblem } from '../components/form/passwordRules';
import { journeyFrom } from '../routing/journeyState';
import { AuthForm } from '../components/form/AuthForm';
import { FormError } from '../components/form/FormError';
import type { AuthError, CodeDelivery } from '../auth/types';
import { EmailCodeStep } from './EmailCodeStep';

type Passwordless = 'passkey' | 'emailCode';

type Field = 'email' | 'password';

export function SignInScreen() {
  const auth = useAuth();
  const signOut = useSignOut();
  const i18n = useI18n();
  const { t } = i18n;
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
    const who = personName(state.user) ?? t('signIn.signedIn.someone');
    return (
      <Card title={t('signIn.signedIn.title')}>
        <p>{t('signIn.signedIn.text', { who })}</p>
        <p className="actions">
          <Link className="button" to={returnTo}>
            {t('signIn.signedIn.continue', { who })}
          </Link>
          <button type="button" className="secondary" onClick={() => void signOut('here')}>
            {t('signIn.signedIn.signOut')}
          </button>
        </p>
      </Card>
    );
  }

  const submit = form.onSubmit({
    validate: () => ({
      email: emailProblem(email, i18n),
      password: currentPasswordProblem(password, i18n),
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
      validate: () => ({ email: emailProblem(email, i18n) }),
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
      <Card title={t('signIn.emailCode.title')}>
        <EmailCodeStep email={email.trim()} delivery={codeSent} onBack={() => setCodeSent(null)} />
      </Card>
    );
  }

  return (
    <Card title={t('signIn.title')}>
      {journey.note ? <Notice tone="success">{journey.note}</Notice> : null}
      {notice ? (
        <SessionNotice notice={notice} />
      ) : journey.reason === 'signInRequired' && !journey.note ? (
        <Notice>{t('signIn.continueNote')}</Notice>
      ) : null}
      <AuthForm form={form} onSubmit={submit}>
        <EmailField value={email} onChange={setEmail} error={form.fieldErrors.email} />
        <PasswordField
          label={t('form.password.label')}
          kind="current"
          name="password"
          value={password}
          onChange={setPassword}
          error={form.fieldErrors.password}
        />
        <p className="form-links">
          <Link to={paths.forgotPassword} state={{ email: email.trim() }}>
            {t('signIn.forgot')}
          </Link>
        </p>
        <SubmitButton
          busy={form.busy && altBusy === null}
          busyLabel={t('signIn.busy')}
          className="wide"
        >
          {t('signIn.submit')}
        </SubmitButton>
      </AuthForm>
      <section className="other-methods" aria-labelledby="other-methods-heading">
        <h2 id="other-methods-heading" className="divider-heading">
          {t('signIn.otherMethods')}
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
            {altBusy === 'passkey' ? t('signIn.passkeyBusy') : t('signIn.passkey')}
          </button>
          <button
            type="button"
            className="secondary wide"
            disabled={form.busy}
            aria-busy={altBusy === 'emailCode' || undefined}
            onClick={() => passwordless('emailCode')}
          >
            {altBusy === 'emailCode' ? t('signIn.emailCodeBusy') : t('signIn.emailCode')}
          </button>
        </p>
      </section>
      <HostedSignInButtons returnTo={returnTo} />
      <p className="form-footer">
        {t('signIn.newHere')}{' '}
        <Link to={withReturnTo(paths.signUp, returnTo)} state={{ email: email.trim() }}>
          {t('signIn.createAccount')}
        </Link>
      </p>
    </Card>
  );
}
