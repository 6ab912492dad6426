/** Security: the password, two-step verification and passkeys, with one editor open at a time. */
import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { AccountSection } from './AccountSection';
import { MfaBlock } from './MfaBlock';
import { PasskeysBlock } from './PasskeysBlock';
import { PasswordBlock } from './PasswordBlock';

type Editor = 'password' | 'totp' | null;

export function SecuritySection({ username }: { username: string }) {
  const { t } = useI18n();
  const [editor, setEditor] = useState<Editor>(null);
  const close = () => setEditor(null);
  return (
    <AccountSection id="security" title={t('account.security.title')}>
      <PasswordBlock
        username={username}
        open={editor === 'password'}
        onOpen={() => setEditor('password')}
        onClose={close}
      />
      <MfaBlock settingUp={editor === 'totp'} onSetUp={() => setEditor('totp')} onClose={close} />
      <PasskeysBlock />
    </AccountSection>
  );
}
