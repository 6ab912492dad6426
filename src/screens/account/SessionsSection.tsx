/** Sessions: how this session began, and leaving it here or everywhere (GlobalSignOut). */
import { useState } from 'react';
import { useSignOut, type SignOutScope } from '../../routing/useSignOut';
import type { SignInMethod } from '../../auth/types';
import { useAuthForm } from '../../components/form/useAuthForm';
import { useI18n } from '../../i18n/useI18n';
import type { MessageKey } from '../../i18n/translator';
import { AccountSection, useFormErrorInSection, useSectionStatus } from './AccountSection';

const SIGN_IN_METHOD = {
  password: 'account.sessions.method.password',
  hostedUi: 'account.sessions.method.hostedUi',
  passkey: 'account.sessions.method.passkey',
  emailCode: 'account.sessions.method.emailCode',
} as const satisfies Record<SignInMethod, MessageKey>;

export function SessionsSection({ signInMethod }: { signInMethod: SignInMethod }) {
  const { t } = useI18n();
  return (
    <AccountSection id="sessions" title={t('account.sessions.title')}>
      <SessionsBody signInMethod={signInMethod} />
    </AccountSection>
  );
}

function SessionsBody({ signInMethod }: { signInMethod: SignInMethod }) {
  const { t } = useI18n();
  const signOut = useSignOut();
  const status = useSectionStatus();
  // Not a form, but the same cycle: busy while it runs, its failure shown with "Try again".
  const action = useAuthForm<never>();
  const [scope, setScope] = useState<SignOutScope>('here');
  const run = (next: SignOutScope) => {
    setScope(next);
    status.clear();
    void action.run({ action: () => signOut(next) });
  };
  useFormErrorInSection(action.error, () => run(scope));

  return (
    <>
      <dl className="facts">
        <dt>{t('account.sessions.signedInWith')}</dt>
        <dd>{t(SIGN_IN_METHOD[signInMethod])}</dd>
      </dl>
      <p>{t('account.sessions.everywhereHint')}</p>
      <p className="actions">
        <button type="button" disabled={action.busy} onClick={() => run('here')}>
          {action.busy && scope === 'here'
            ? t('account.sessions.signingOut')
            : t('account.sessions.signOut')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={action.busy}
          onClick={() => run('everywhere')}
        >
          {action.busy && scope === 'everywhere'
            ? t('account.sessions.signingOut')
            : t('account.sessions.signOutEverywhere')}
        </button>
      </p>
    </>
  );
}
