/**
 * /new-password: an account created by an administrator must choose its own password (and fill in
 * any attribute the pool requires) before the first sign-in completes.
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
  const { passwordPolicy } = useConfig();
  const [newPassword, setNewPassword] = useState('');
  // The SDK door already strips Cognito's "userAttributes." prefix (stripAttributePrefix).
  const attributes = useAttributeValues(state.requiredAttributes);
  const form = useAuthForm<string>();

  const submit = form.onSubmit({
    validate: () => ({
      newPassword: newPasswordProblem(newPassword, passwordPolicy, 'new password'),
      ...attributes.problems(),
    }),
    action: () => auth.completeNewPassword({ newPassword, attributes: attributes.trimmed() }),
  });

  return (
    <Card title="Choose a new password">
      <p>
        Your account <strong>{state.username}</strong> needs a new password before you can continue.
      </p>
      <AuthForm form={form} onSubmit={submit}>
        <UsernameHint username={state.username} />
        <NewPasswordField
          value={newPassword}
          onChange={setNewPassword}
          error={form.fieldErrors.newPassword}
        />
        <AttributeFields
          names={attributes.names}
          values={attributes.values}
          onChange={attributes.setValues}
          errors={form.fieldErrors}
        />
        <SubmitButton busy={form.busy} busyLabel="Saving…" className="wide">
          Set password and continue
        </SubmitButton>
      </AuthForm>
      <p className="form-footer">
        <button type="button" className="link" onClick={() => auth.cancelFlow()}>
          Cancel sign-in
        </button>
      </p>
    </Card>
  );
}
