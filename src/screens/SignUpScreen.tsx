/**
 * /sign-up: who you are first (the pool's sign-up attributes, then email and an optional company),
 * then the secret (a password with the live policy checklist), the order every form here uses.
 * The email is sent trimmed and lower-cased (signUpEmail), so Ada@Example.com cannot make a second
 * account.
 * Success moves the session to confirmSignUp and step navigation carries on to /confirm-sign-up.
 */
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { HostedSignInButtons } from '../auth/hosted-ui/HostedSignInButtons';
import { useAuth } from '../auth/useAuth';
import { useConfig } from '../config/ConfigContext';
import { paths } from '../config/paths';
import { AttributeFields } from '../components/form/AttributeFields';
import { COMPANY_ATTRIBUTE, COMPANY_MAX_LENGTH } from '../components/form/attributes';
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
import { emailProblem, lengthProblem, signUpEmail } from '../components/form/validation';
import { useI18n } from '../i18n/useI18n';

export function SignUpScreen() {
  const auth = useAuth();
  const config = useConfig();
  const i18n = useI18n();
  const { t } = i18n;
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
      ...attributes.problems(),
      email: emailProblem(email, i18n),
      [COMPANY_ATTRIBUTE]: lengthProblem(company.trim(), COMPANY_MAX_LENGTH, i18n),
      password: newPasswordProblem(password, config.passwordPolicy, 'password', i18n),
    }),
    action: () =>
      auth.signUp({
        email: signUpEmail(email),
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
    <Card title={t('signUp.title')}>
      <AuthForm
        form={form}
        onSubmit={submit}
        errorActions={
          exists ? (
            <p className="actions">
              <Link to={withReturnTo(paths.signIn, returnTo)} state={{ email: email.trim() }}>
                {t('signUp.exists.signIn')}
              </Link>
              <Link to={paths.forgotPassword} state={{ email: email.trim() }}>
                {t('signUp.exists.forgot')}
              </Link>
            </p>
          ) : null
        }
      >
        <AttributeFields
          names={attributes.names}
          values={attributes.values}
          onChange={attributes.setValues}
          errors={form.fieldErrors}
        />
        <EmailField
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={form.fieldErrors.email}
          hint={t('signUp.emailHint')}
        />
        <TextField
          label={t('signUp.company')}
          name={COMPANY_ATTRIBUTE}
          autoComplete="organization"
          value={company}
          onChange={setCompany}
          maxLength={COMPANY_MAX_LENGTH}
          error={form.fieldErrors[COMPANY_ATTRIBUTE]}
        />
        <PasswordField
          label={t('form.password.label')}
          kind="new"
          name="password"
          value={password}
          onChange={setPassword}
          error={form.fieldErrors.password}
        />
        <SubmitButton busy={form.busy} busyLabel={t('signUp.busy')} className="wide">
          {t('signUp.submit')}
        </SubmitButton>
      </AuthForm>
      <HostedSignInButtons returnTo={returnTo} />
      <p className="form-footer">
        {t('signUp.haveAccount')}{' '}
        <Link to={withReturnTo(paths.signIn, returnTo)} state={{ email: email.trim() }}>
          {t('signUp.signIn')}
        </Link>
      </p>
    </Card>
  );
}
