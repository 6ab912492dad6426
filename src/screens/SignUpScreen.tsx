/**
 * /sign-up: email, the pool's sign-up attributes, an optional company and a password with the live
 * policy checklist.
 * Success moves the session to confirmSignUp and step navigation carries on to /confirm-sign-up.
 */
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { HostedSignInButtons } from '../auth/hosted-ui/HostedSignInButtons';
import { useAuth } from '../auth/useAuth';
import { useConfig } from '../config/ConfigContext';
import { paths } from '../config/paths';
import { AttributeFields } from '../components/form/AttributeFields';
import { COMPANY_ATTRIBUTE } from '../components/form/attributes';
import { TextField } from '../components/form/TextField';
import { AuthForm } from '../components/form/AuthForm';
import { journeyFrom } from '../routing/journeyState';
import { Card } from '../components/Card';
import { PasswordField } from '../components/form/PasswordField';
import { newPasswordProblem } from '../components/form/passwordRules';
import { withReturnTo } from '../routing/stepRoutes';
import { SubmitButton } from '../components/form/SubmitButton';
import { EmailField } from '../components/form/fields';
import { useAttributeValues } from '../components/form/useAttributeValues';
import { useAuthForm } from '../components/form/useAuthForm';
import { useReturnTo } from '../routing/useReturnTo';
import { useStepNavigation } from '../routing/useStepNavigation';
import { emailProblem } from '../components/form/validation';

export function SignUpScreen() {
  const auth = useAuth();
  const config = useConfig();
  const location = useLocation();
  const returnTo = useReturnTo();
  const [email, setEmail] = useState(() => journeyFrom(location).email ?? '');
  const [password, setPassword] = useState('');
  const [company, setCompany] = useState('');
  const attributes = useAttributeValues(config.signUpAttributes);
  const form = useAuthForm<string>();
  useStepNavigation();

  const submit = form.onSubmit({
    validate: () => ({
      email: emailProblem(email),
      ...attributes.problems(),
      password: newPasswordProblem(password, config.passwordPolicy),
    }),
    action: () =>
      auth.signUp({
        email: email.trim(),
        password,
        attributes: {
          ...attributes.trimmed(),
          ...(company.trim() ? { [COMPANY_ATTRIBUTE]: company.trim() } : {}),
        },
      }),
    // An existing account gets the summary with its two ways forward, not a bare field error. The
    // pre sign-up trigger judges the address, so its message belongs next to the email.
    fieldFor: (error, field) =>
      error.code === 'UsernameExistsException'
        ? undefined
        : error.code === 'UserLambdaValidationException'
          ? 'email'
          : field,
  });

  const exists = form.error?.code === 'UsernameExistsException';

  return (
    <Card title="Create an account">
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
          names={attributes.names}
          values={attributes.values}
          onChange={attributes.setValues}
          errors={form.fieldErrors}
        />
        <TextField
          label="Company (optional)"
          name={COMPANY_ATTRIBUTE}
          autoComplete="organization"
          value={company}
          onChange={setCompany}
          maxLength={256}
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
    </Card>
  );
}
