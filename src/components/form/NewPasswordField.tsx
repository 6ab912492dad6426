/**
 * The new password of a reset, a change or a forced change: the live policy checklist and
 * `new-password` autofill, under one label and name everywhere.
 */
import { useI18n } from '../../i18n/useI18n';
import { PasswordField, type PasswordFieldProps } from './PasswordField';

export function NewPasswordField(props: Omit<PasswordFieldProps, 'label' | 'kind' | 'name'>) {
  const { t } = useI18n();
  return (
    <PasswordField label={t('form.password.newLabel')} kind="new" name="newPassword" {...props} />
  );
}
