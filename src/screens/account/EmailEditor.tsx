/** Changes the email: a new address takes effect only after its verification code is entered. */
import { useState } from 'react';
import type { SignedInUser } from '../../auth/types';
import { useAuth } from '../../auth/useAuth';
import { DevInboxLink } from '../../components/DevInboxLink';
import { CodeField, EmailField } from '../../components/form/fields';
import { useAuthForm } from '../../components/form/useAuthForm';
import { codeProblem, emailProblem } from '../../components/form/validation';
import { useI18n } from '../../i18n/useI18n';
import { EditorActions, SectionForm, useClearingChange, useSectionStatus } from './AccountSection';

export function EmailEditor({ user, onDone }: { user: SignedInUser; onDone: () => void }) {
  const { t } = useI18n();
  const auth = useAuth();
  const status = useSectionStatus();
  const [email, setEmail] = useState(user.email ?? '');
  // Cognito's masked destination adds nothing: the person just typed the address.
  const [pending, setPending] = useState(false);
  const [code, setCode] = useState('');
  const change = useAuthForm<'email'>();
  const verify = useAuthForm<'code'>();
  const onEmail = useClearingChange(setEmail);
  const onCode = useClearingChange(setCode);

  const submitChange = change.onSubmit({
    validate: () => ({
      email:
        emailProblem(email) ?? (email.trim() === user.email ? t('account.email.same') : undefined),
    }),
    action: async () => {
      status.clear();
      const result = await auth.updateAttributes({ email: email.trim() });
      if (result.verificationRequired) {
        setPending(true);
      } else {
        status.succeed(t('account.email.changed'));
        onDone();
      }
    },
  });

  const submitVerify = verify.onSubmit({
    validate: () => ({ code: codeProblem(code, 'verification code', { t }) }),
    action: async () => {
      status.clear();
      await auth.verifyAttribute('email', code.trim());
      status.succeed(t('account.email.verified'));
      onDone();
    },
  });

  if (!pending) {
    return (
      <SectionForm form={change} onSubmit={submitChange}>
        <EmailField
          label={t('account.profile.email')}
          autoComplete="email"
          value={email}
          onChange={onEmail}
          error={change.fieldErrors.email}
          hint={t('account.email.hint')}
        />
        <EditorActions
          busy={change.busy}
          busyLabel={t('account.email.sending')}
          submitLabel={t('account.email.change')}
          onCancel={onDone}
        />
      </SectionForm>
    );
  }
  return (
    <>
      <p>{t('account.email.codeSent', { email: email.trim() })}</p>
      <DevInboxLink />
      <SectionForm form={verify} onSubmit={submitVerify}>
        <CodeField
          label={t('account.email.codeLabel')}
          value={code}
          onChange={onCode}
          error={verify.fieldErrors.code}
        />
        <EditorActions
          busy={verify.busy}
          busyLabel={t('account.email.verifying')}
          submitLabel={t('account.email.verify')}
          onCancel={onDone}
        />
      </SectionForm>
    </>
  );
}
