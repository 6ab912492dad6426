/** Edits name and company together: one form, one save; the next tokens carry both. */
import { useState } from 'react';
import type { SignedInUser } from '../../auth/types';
import { useAuth } from '../../auth/useAuth';
import { TextField } from '../../components/form/TextField';
import { attributeField, COMPANY_ATTRIBUTE } from '../../components/form/attributes';
import { useAuthForm } from '../../components/form/useAuthForm';
import { useI18n } from '../../i18n/useI18n';
import { EditorActions, SectionForm, useClearingChange, useSectionStatus } from './AccountSection';
import { companyOf } from './ProfileSection';

export function NameEditor({ user, onDone }: { user: SignedInUser; onDone: () => void }) {
  const { t } = useI18n();
  // The same autocomplete tokens and Cognito limits as sign-up's fields; only the labels differ.
  const nameField = attributeField('name');
  const companyField = attributeField(COMPANY_ATTRIBUTE);
  const auth = useAuth();
  const status = useSectionStatus();
  const [name, setName] = useState(user.name ?? '');
  const [company, setCompany] = useState(() => companyOf(user));
  const form = useAuthForm<'name' | 'company'>();
  const submit = form.onSubmit({
    validate: () => ({
      name: name.trim() === '' ? t('account.profile.nameRequired') : undefined,
      company: undefined,
    }),
    action: async () => {
      status.clear();
      // Cognito keeps an empty company as "no company": the token then has no company claim.
      await auth.updateAttributes({ name: name.trim(), [COMPANY_ATTRIBUTE]: company.trim() });
      status.succeed(t('account.profile.saved'));
      onDone();
    },
  });
  return (
    <SectionForm form={form} onSubmit={submit}>
      <TextField
        label={t('account.profile.name')}
        name="name"
        autoComplete={nameField.autoComplete}
        maxLength={nameField.maxLength}
        value={name}
        onChange={useClearingChange(setName)}
        error={form.fieldErrors.name}
      />
      <TextField
        label={t('account.profile.companyOptional')}
        name="company"
        autoComplete={companyField.autoComplete}
        value={company}
        onChange={useClearingChange(setCompany)}
        maxLength={companyField.maxLength}
        error={form.fieldErrors.company}
      />
      <EditorActions
        busy={form.busy}
        busyLabel={t('account.saving')}
        submitLabel={t('account.profile.save')}
        onCancel={onDone}
      />
    </SectionForm>
  );
}
