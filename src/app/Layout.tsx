/** The shell around every screen: skip link, header with navigation, and the page's main landmark. */
import { Suspense, useState } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { useSignedOutLanding } from '../auth/hosted-ui/useSignedOutLanding';
import { personName } from '../auth/person';
import { useAuth } from '../auth/useAuth';
import { useBrand } from '../config/ConfigContext';
import { paths } from '../config/paths';
import { useI18n } from '../i18n/useI18n';
import { ADMIN_GROUP } from '../routing/groups';
import { LoadingStatus } from '../components/LoadingStatus';
import { PasskeyOffer } from '../components/PasskeyOffer';
import { LanguageSwitch } from '../components/LanguageSwitch';
import type { SignedInUser } from '../auth/types';
import { useSignOut } from '../routing/useSignOut';

export function Layout() {
  const { state } = useAuth();
  const { t } = useI18n();
  const brand = useBrand();
  // The shell is on every page, so a return from the hosted UI's /logout lands wherever it was sent.
  useSignedOutLanding();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <NavLink to={paths.home} className="brand" end>
          <img src={brand.logo} alt="" width="24" height="24" />
          <span>{brand.name}</span>
        </NavLink>
        <nav aria-label={t('layout.nav.label')}>
          <ul>
            <li>
              <NavLink to={paths.home} end>
                {t('layout.nav.home')}
              </NavLink>
            </li>
            {state.step === 'signedIn' ? (
              <SignedInLinks user={state.user} />
            ) : state.step === 'loading' ? null : (
              <>
                <li>
                  <NavLink to={paths.signIn}>{t('layout.nav.signIn')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.signUp}>{t('layout.nav.signUp')}</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        {state.step === 'signedIn' ? <SignedInAs user={state.user} /> : null}
      </header>
      <main id="main" tabIndex={-1}>
        {state.step === 'loading' ? (
          <LoadingStatus />
        ) : (
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <Outlet />
            {/* After the page's own content, so its h2 follows the page's h1. */}
            <PasskeyOffer />
          </Suspense>
        )}
      </main>
      <footer className="site-footer">
        <LanguageSwitch />
      </footer>
    </>
  );
}

function SignedInLinks({ user }: { user: SignedInUser }) {
  const { t } = useI18n();
  return (
    <>
      <li>
        <NavLink to={paths.protected}>{t('layout.nav.protected')}</NavLink>
      </li>
      <li>
        <NavLink to={paths.account}>{t('layout.nav.account')}</NavLink>
      </li>
      {user.groups.includes(ADMIN_GROUP) ? (
        <li>
          <NavLink to={paths.admin}>{t('layout.nav.admin')}</NavLink>
        </li>
      ) : null}
    </>
  );
}

function SignedInAs({ user }: { user: SignedInUser }) {
  const { t } = useI18n();
  const signOut = useSignOut();
  const [busy, setBusy] = useState(false);
  const onSignOut = async () => {
    setBusy(true);
    try {
      await signOut('here');
    } finally {
      setBusy(false);
    }
  };
  const name = personName(user);
  return (
    <div className="session">
      <span className="signed-in-as">
        {name === undefined ? t('layout.signedIn') : t('layout.signedInAs', { name })}
      </span>{' '}
      <button type="button" className="secondary" onClick={() => void onSignOut()} disabled={busy}>
        {t('layout.signOut')}
      </button>
    </div>
  );
}
