/**
 * /new-password: an account created by an administrator must choose its own password (and fill in
 * any attribute the pool requires) before the first sign-in completes.
 */
import { useId, useState } from 'react';
import { useAuth } from '../auth/useAuth';
import type { AuthState } from '../auth/types';
import { useConfig } from '../config/ConfigContext';
import { AttributeFields } from '../components/form/AttributeFields';
import { attributeField } from '../components/form/attributes';
import { FlowGate } from '../routing/FlowGate';
import { PageHeading } from '../components/PageHeading';
import { PasswordField } from '../components/form/PasswordField';
import { newPasswordProblem } from '../components/form/passwordRules';
import { SubmitButton } from '../components/form/SubmitButton';
import { useAuthForm, type FieldErrors } from '../components/form/useAuthForm';
import { UsernameHint } from '../components/form/UsernameHint';
import { requiredProblem } from '../components/form/validation';
import { AuthForm } from '../components/form/AuthForm';

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
  const titleId = useId();
  // The SDK door already strips Cognito's "userAttributes." prefix (stripAttributePrefix).
  const required = state.requiredAttributes;
  const [newPassword, setNewPassword] = useState('');
  const [attributes, setAttributes] = useState<Record<string, string>>(() =>
    Object.fromEntries(required.map((name) => [name, ''])),
  );
  const form = useAuthForm<string>();

  const submit = form.onSubmit({
    validate: () => {
      const problems: FieldErrors<string> = {
        newPassword: newPasswordProblem(newPassword, passwordPolicy, 'new password'),
      };
      for (const name of required) {
        problems[name] = requiredProblem(attributes[name] ?? '', attributeField(name).label);
      }
      return problems;
    },
    action: () =>
      auth.completeNewPassword({
        newPassword,
        attributes: Object.fromEntries(
          required.map((name) => [name, (attributes[name] ?? '').trim()]),
        ),
      }),
    fieldFor: (error) => {
      if (error.field === 'password' || error.field === 'newPassword') return 'newPassword';
      if (error.field !== undefined && required.includes(error.field)) return error.field;
      return undefined;
    },
  });

  return (
    <section className="card" aria-labelledby={titleId}>
      <PageHeading id={titleId}>Choose a new password</PageHeading>
      <p>
        Your account <strong>{state.username}</strong> needs a new password before you can continue.
      </p>
      <AuthForm form={form} onSubmit={submit}>
        <UsernameHint username={state.username} />
        <PasswordField
          label="New password"
          kind="new"
          name="newPassword"
          value={newPassword}
          onChange={setNewPassword}
          error={form.fieldErrors.newPassword}
        />
        <AttributeFields
          names={required}
          values={attributes}
          onChange={setAttributes}
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
    </section>
  );
}
