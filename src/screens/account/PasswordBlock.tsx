/** The password: changed in an editor that opens on demand (current one, then a new one). */
import { useState } from 'react';
import { useAuth } from '../../auth/useAuth';
import { useConfig } from '../../config/ConfigContext';
import { NewPasswordField } from '../../components/form/NewPasswordField';
import { PasswordField } from '../../components/form/PasswordField';
import { newPasswordProblem } from '../../components/form/passwordRules';
import { useAuthForm } from '../../components/form/useAuthForm';
import { UsernameHint } from '../../components/form/UsernameHint';
import { useI18n } from '../../i18n/useI18n';
import {
  AccountBlock,
  EditorActions,
  SectionForm,
  useClearingChange,
  useSectionStatus,
} from './AccountSection';

export function PasswordBlock({
  username,
  open,
  onOpen,
  onClose,
}: {
  /** For password managers only (hidden): the sign-in name the new password belongs to. */
  username: string;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <AccountBlock title={t('account.password.title')}>
      {open ? (
        <PasswordEditor username={username} onDone={onClose} />
      ) : (
        <p className="actions">
          <button type="button" className="secondary" onClick={onOpen}>
            {t('account.password.change')}
          </button>
        </p>
      )}
    </AccountBlock>
  );
}

function PasswordEditor({ username, onDone }: { username: string; onDone: () => void }) {
  const { t } = useI18n();
  const auth = useAuth();
  const status = useSectionStatus();
  const { passwordPolicy } = useConfig();
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const form = useAuthForm<'oldPassword' | 'newPassword'>();
  const submit = form.onSubmit({
    validate: () => ({
      oldPassword: oldPassword === '' ? t('account.password.currentRequired') : undefined,
      newPassword: newPasswordProblem(newPassword, passwordPolicy, 'new password'),
    }),
    action: async () => {
      status.clear();
      await auth.changePassword({ oldPassword, newPassword });
      status.succeed(t('account.password.changed'));
      onDone();
    },
  });
  return (
    <SectionForm form={form} onSubmit={submit}>
      <UsernameHint username={username} />
      <PasswordField
        label={t('account.password.current')}
        kind="current"
        name="oldPassword"
        value={oldPassword}
        onChange={useClearingChange(setOldPassword)}
        error={form.fieldErrors.oldPassword}
      />
      <NewPasswordField
        value={newPassword}
        onChange={useClearingChange(setNewPassword)}
        error={form.fieldErrors.newPassword}
      />
      <EditorActions
        busy={form.busy}
        busyLabel={t('account.password.changing')}
        submitLabel={t('account.password.change')}
        onCancel={onDone}
      />
    </SectionForm>
  );
}
