/**
 * The new password of a reset, a change or a forced change: the live policy checklist and
 * `new-password` autofill, under one label and name everywhere.
 */
import { PasswordField, type PasswordFieldProps } from './PasswordField';

export function NewPasswordField(props: Omit<PasswordFieldProps, 'label' | 'kind' | 'name'>) {
  return <PasswordField label="New password" kind="new" name="newPassword" {...props} />;
}
