/** Change password: the current one, then a new one against the pool's live policy checklist. */
import { useState } from 'react';
import { useAuth } from '../../auth/useAuth';
import { useConfig } from '../../config/ConfigContext';
import { Card } from '../../components/Card';
import { SuccessStatus } from '../../components/SuccessStatus';
import { AuthForm } from '../../components/form/AuthForm';
import { NewPasswordField } from '../../components/form/NewPasswordField';
import { PasswordField } from '../../components/form/PasswordField';
import { newPasswordProblem } from '../../components/form/passwordRules';
import { SubmitButton } from '../../components/form/SubmitButton';
import { useAuthForm } from '../../components/form/useAuthForm';
import { UsernameHint } from '../../components/form/UsernameHint';

export function PasswordSection({ username }: { username: string }) {
  const auth = useAuth();
  const { passwordPolicy } = useConfig();
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [saved, setSaved] = useState(false);
  const form = useAuthForm<'oldPassword' | 'newPassword'>();
  const submit = form.onSubmit({
    validate: () => ({
      oldPassword: oldPassword === '' ? 'Enter your current password.' : undefined,
      newPassword: newPasswordProblem(newPassword, passwordPolicy, 'new password'),
    }),
    action: async () => {
      setSaved(false);
      await auth.changePassword({ oldPassword, newPassword });
      setOldPassword('');
      setNewPassword('');
      setSaved(true);
    },
  });
  return (
    <Card title="Change password" heading="section">
      <SuccessStatus message={saved ? 'Your password is changed.' : null} />
      <AuthForm form={form} onSubmit={submit}>
        <UsernameHint username={username} />
        <PasswordField
          label="Current password"
          kind="current"
          name="oldPassword"
          value={oldPassword}
          onChange={setOldPassword}
          error={form.fieldErrors.oldPassword}
        />
        <NewPasswordField
          value={newPassword}
          onChange={setNewPassword}
          error={form.fieldErrors.newPassword}
        />
        <SubmitButton busy={form.busy} busyLabel="Changing password…">
          Change password
        </SubmitButton>
      </AuthForm>
    </Card>
  );
}
