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
import { AttributeFields } from '../components/form/AttributeFields';
import { attributeField } from '../components/form/attributes';
import { AuthForm } from '../components/form/AuthForm';
import { readJourneyState } from '../routing/journeyState';
import { PageHeading } from '../components/PageHeading';
import { PasswordField } from '../components/form/PasswordField';
import { newPasswordProblem } from '../components/form/passwordRules';
import { withReturnTo } from '../routing/stepRoutes';
import { SubmitButton } from '../components/form/SubmitButton';
import { EmailField } from '../components/form/fields';
import { useAuthForm, type FieldErrors } from '../components/form/useAuthForm';
import { useReturnTo } from '../routing/useReturnTo';
import { useStepNavigation } from '../routing/useStepNavigation';
import { emailProblem, requiredProblem } from '../components/form/validation';

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
