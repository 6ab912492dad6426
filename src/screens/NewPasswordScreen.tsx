/**
 * /new-password: an account created by an administrator must choose its own password (and fill in
 * any attribute the pool requires) before the first sign-in completes. Who you are comes first (the
 * required attributes), then the secret, as on sign-up. The session's username can be Cognito's
 * internal ID rather than what the person typed, so the screen names the account only by an email
 * address and otherwise just asks for the password.
 */
import { useState } from 'react';
import { useAuth } from '../auth/useAuth';
import type { AuthState } from '../auth/types';
import { useConfig } from '../config/ConfigContext';
import { Card } from '../components/Card';
import { AttributeFields } from '../components/form/AttributeFields';
import { AuthForm } from '../components/form/AuthForm';
import { NewPasswordField } from '../components/form/NewPasswordField';
import { newPasswordProblem } from '../components/form/passwordRules';
import { SubmitButton } from '../components/form/SubmitButton';
import { useAttributeValues } from '../components/form/useAttributeValues';
import { useAuthForm } from '../components/form/useAuthForm';
import { UsernameHint } from '../components/form/UsernameHint';
import { emailProblem } from '../components/form/validation';
import { useI18n } from '../i18n/useI18n';
import { FlowGate } from '../routing/FlowGate';

export function NewPasswordScreen() {
  return (
    <FlowGate steps={['newPasswordRequired']}>
      {(state) => <NewPasswordForm state={state} />}
    </FlowGate>
  );
}

function NewPasswordForm({
  state,
}: {
  state: Extract<AuthState, { step: 'newPasswordRequired' }>;
}) {
  const auth = useAuth();
  const i18n = useI18n();
  const { t } = i18n;
  const { passwordPolicy } = useConfig();
  const [newPassword, setNewPassword] = useState('');
  // The SDK door already strips Cognito's "userAttributes." prefix (stripAttributePrefix).
  const attributes = useAttributeValues(state.requiredAttributes);
  const form = useAuthForm<string>();
  // An address is worth showing (and giving password managers); an internal ID is neither.
  const email = emailProblem(state.username) === undefined ? state.username.trim() : undefined;

  const submit = form.onSubmit({
    validate: () => ({
      ...attributes.problems(),
      newPassword: newPasswordProblem(newPassword, passwordPolicy, 'new password', i18n),
    }),
    action: () => auth.completeNewPassword({ newPassword, attributes: attributes.trimmed() }),
  });

  return (
    <Card title={t('newPassword.title')}>
      <p>
        {email
          ? t('newPassword.introFor', { email })
          : state.displayName
            ? t('newPassword.introNamed', { name: state.displayName })
            : t('newPassword.intro')}
      </p>
      <AuthForm form={form} onSubmit={submit}>
        {email ? <UsernameHint username={email} /> : null}
        <AttributeFields
          names={attributes.names}
          values={attributes.values}
          onChange={attributes.setValues}
          errors={form.fieldErrors}
        />
        <NewPasswordField
          value={newPassword}
          onChange={setNewPassword}
          error={form.fieldErrors.newPassword}
        />
        <SubmitButton busy={form.busy} busyLabel={t('newPassword.busy')} className="wide">
          {t('newPassword.submit')}
        </SubmitButton>
      </AuthForm>
      <p className="form-footer">
        <button type="button" className="link" onClick={() => auth.cancelFlow()}>
          {t('newPassword.cancel')}
        </button>
      </p>
    </Card>
  );
}
