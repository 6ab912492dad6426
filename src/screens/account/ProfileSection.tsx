/**
 * Profile: name, email and company as facts, each changed in an editor that opens on demand (one
 * at a time). Name and company save together; a new email takes effect only after its code.
 */
import { useState } from 'react';
import type { SignedInUser } from '../../auth/types';
import { COMPANY_ATTRIBUTE } from '../../components/form/attributes';
import { useI18n } from '../../i18n/useI18n';
import { AccountSection, useSectionStatus } from './AccountSection';
import { EmailEditor } from './EmailEditor';
import { NameEditor } from './NameEditor';

export function companyOf(user: SignedInUser): string {
  const value = user.idTokenClaims[COMPANY_ATTRIBUTE];
  return typeof value === 'string' ? value : '';
}

type Editor = 'details' | 'email' | null;

export function ProfileSection({ user }: { user: SignedInUser }) {
  const { t } = useI18n();
  return (
    <AccountSection id="profile" title={t('account.profile.title')}>
      <ProfileBody user={user} />
    </AccountSection>
  );
}

function ProfileBody({ user }: { user: SignedInUser }) {
  const { t } = useI18n();
  const status = useSectionStatus();
  const [editor, setEditor] = useState<Editor>(null);
  const open = (next: Editor) => {
    status.clear();
    setEditor(next);
  };
  const close = () => setEditor(null);
  const dash = t('account.none');
  return (
    <>
      <dl className="facts">
        <dt>{t('account.profile.name')}</dt>
        <dd>{user.name ?? dash}</dd>
        <dt>{t('account.profile.email')}</dt>
        <dd>{user.email ?? dash}</dd>
        <dt>{t('account.profile.company')}</dt>
        <dd>{companyOf(user) || dash}</dd>
      </dl>
      {editor === 'details' ? (
        <NameEditor user={user} onDone={close} />
      ) : editor === 'email' ? (
        <EmailEditor user={user} onDone={close} />
      ) : (
        <p className="actions">
          <button type="button" className="secondary" onClick={() => open('details')}>
            {t('account.profile.edit')}
          </button>
          <button type="button" className="secondary" onClick={() => open('email')}>
            {t('account.email.change')}
          </button>
        </p>
      )}
    </>
  );
}
