/**
 * /sign-up: email, the pool's sign-up attributes and a password with the live policy checklist.
 * Success moves the session to confirmSignUp and step navigation carries on to /confirm-sign-up.
 */
import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { HostedSignInButtons } from '../auth/hosted-ui/HostedSignInButtons';
import { useAuth } from '../auth/useAuth';
import { useConfig } from '../config/ConfigContext';
import { paths } from '../config/paths';
import { AttributeFields } from '../components/AttributeFields';
import { attributeField } from '../components/attributes';
import { AuthForm } from '../components/AuthForm';
import { readJourneyState } from '../components/journeyState';
import { PageHeading } from '../components/PageHeading';
import { PasswordField } from '../components/PasswordField';
import { newPasswordProblem } from '../components/passwordRules';
import { withReturnTo } from '../components/stepRoutes';
import { SubmitButton } from '../components/SubmitButton';
import { EmailField } from '../components/fields';
import { useAuthForm, type FieldErrors } from '../components/useAuthForm';
import { useReturnTo } from '../components/useReturnTo';
import { useStepNavigation } from '../components/useStepNavigation';
import { emailProblem, requiredProblem } from '../components/validation';

export function SignUpScreen() {
  const auth = useAuth();
  const config = useConfig();
  const location = useLocation();
  const returnTo = useReturnTo();
  const titleId = useId();
  const [email, setEmail] = useState(() => readJourneyState(location.state).email ?? '');
  const [password, setPassword] = useState('');
  const [attributes, setAttributes] = useState<Record<string, string>>(() =>
    Object.fromEntries(config.signUpAttributes.map((name) => [name, ''])),
  );
  const form = useAuthForm<string>();
  useStepNavigation();

  const validate = () => {
    const problems: FieldErrors<string> = { email: emailProblem(email) };
    for (const name of config.signUpAttributes) {
      problems[name] = requiredProblem(attributes[name] ?? '', attributeField(name).label);
    }
    problems.password = newPasswordProblem(password, config.passwordPolicy);
    return problems;
  };

  const submit = form.onSubmit({
    validate,
    action: () =>
      auth.signUp({
        email: email.trim(),
        password,
        attributes: Object.fromEntries(
          Object.entries(attributes).map(([name, value]) => [name, value.trim()]),
        ),
      }),
    fieldFor: (error) => {
      // An existing account gets the summary with its two ways forward, not a bare field error.
      if (error.code === 'UsernameExistsException') return undefined;
      if (error.field === 'username') return 'email';
      if (error.field !== undefined && (error.field === 'email' || error.field === 'password')) {
        return error.field;
      }
      if (error.field !== undefined && config.signUpAttributes.includes(error.field)) {
        return error.field;
      }
      return undefined;
    },
  });

  const exists = form.error?.code === 'UsernameExistsException';

  return (
    <section className="card" aria-labelledby={titleId}>
      <PageHeading id={titleId}>Create an account</PageHeading>
      <AuthForm
        form={form}
        onSubmit={submit}
        errorActions={
          exists ? (
            <p className="actions">
              <Link to={withReturnTo(paths.signIn, returnTo)} state={{ email: email.trim() }}>
                Sign in
              </Link>
              <Link to={paths.forgotPassword} state={{ email: email.trim() }}>
                Forgot password
              </Link>
            </p>
          ) : null
        }
      >
        <EmailField
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={form.fieldErrors.email}
          hint="We’ll send a code to confirm it."
        />
        <AttributeFields
          names={config.signUpAttributes}
          values={attributes}
          onChange={setAttributes}
          errors={form.fieldErrors}
        />
        <PasswordField
          label="Password"
          kind="new"
          name="password"
          value={password}
          onChange={setPassword}
          error={form.fieldErrors.password}
        />
        <SubmitButton busy={form.busy} busyLabel="Creating account…" className="wide">
          Create account
        </SubmitButton>
      </AuthForm>
      <HostedSignInButtons returnTo={returnTo} />
      <p className="form-footer">
        Already have an account?{' '}
        <Link to={withReturnTo(paths.signIn, returnTo)} state={{ email: email.trim() }}>
          Sign in
        </Link>
      </p>
    </section>
  );
}
