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
import { codeDestination } from '../components/form/describeDelivery';
import { ResendCodeButton } from '../components/form/ResendCodeButton';
import { SubmitButton } from '../components/form/SubmitButton';
import { EmailField } from '../components/form/fields';
import { NewPasswordField } from '../components/form/NewPasswordField';
import { useAuthForm } from '../components/form/useAuthForm';
import { UsernameHint } from '../components/form/UsernameHint';
import { codeProblem, emailProblem, normaliseCode } from '../components/form/validation';
import { AuthForm } from '../components/form/AuthForm';
import { useI18n } from '../i18n/useI18n';

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
  const i18n = useI18n();
  const { t } = i18n;
  const form = useAuthForm<'email'>();
  const submit = form.onSubmit({
    validate: () => ({ email: emailProblem(email, i18n) }),
    action: async () => {
      onSent(await auth.forgotPassword(email.trim()));
    },
  });
  return (
    <Card title={t('forgot.title')}>
      {resetRequired ? <Notice>{t('forgot.resetRequired')}</Notice> : null}
      <p>{t('forgot.intro')}</p>
      <AuthForm form={form} onSubmit={submit}>
        <EmailField value={email} onChange={setEmail} error={form.fieldErrors.email} />
        <SubmitButton busy={form.busy} busyLabel={t('forgot.sending')} className="wide">
          {t('forgot.send')}
        </SubmitButton>
      </AuthForm>
      <p className="form-footer">
        <Link to={paths.signIn} state={{ email: email.trim() }}>
          {t('forgot.back')}
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
  const i18n = useI18n();
  const { t } = i18n;
  const { passwordPolicy } = useConfig();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const form = useAuthForm<'code' | 'newPassword'>();
  const submit = form.onSubmit({
    validate: () => ({
      code: codeProblem(code, 'code', i18n),
      newPassword: newPasswordProblem(newPassword, passwordPolicy, 'new password', i18n),
    }),
    action: async () => {
      await auth.confirmForgotPassword({
        username: email,
        code: normaliseCode(code),
        newPassword,
      });
      navigate(paths.signIn, {
        replace: true,
        state: { email, note: t('forgot.reset.done') },
      });
    },
  });
  return (
    <Card title={t('forgot.reset.title')}>
      <CodeEntry
        message={t('forgot.reset.sent', {
          // The person typed `email` on the step before, so it is always known here.
          destination: codeDestination(delivery, email) ?? email,
        })}
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
        <SubmitButton busy={form.busy} busyLabel={t('forgot.reset.busy')} className="wide">
          {t('forgot.reset.submit')}
        </SubmitButton>
      </CodeEntry>
      <ResendCodeButton
        resend={() => auth.forgotPassword(email)}
        onError={(error) => form.setError(toAuthError(error, 'forgotPassword'))}
        email={email}
      />
      <p className="form-footer">
        <button type="button" className="link" onClick={onBack}>
          {t('forgot.reset.otherEmail')}
        </button>
      </p>
    </Card>
  );
}
