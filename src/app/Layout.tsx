/** The shell around every screen: skip link, header with navigation, and the page's main landmark. */
import { Suspense, useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { useSignedOutLanding } from '../auth/hosted-ui/useSignedOutLanding';
import { useAuth } from '../auth/useAuth';
import { useBrand } from '../config/ConfigContext';
import { paths } from '../config/paths';
import { ADMIN_GROUP } from '../routing/groups';
import { LoadingStatus } from '../components/LoadingStatus';
import { PasskeyOffer } from '../components/PasskeyOffer';
import type { SignedInUser } from '../auth/types';

export function Layout() {
  const { state } = useAuth();
  const brand = useBrand();
  // The shell is on every page, so a return from the hosted UI's /logout lands wherever it was sent.
  useSignedOutLanding();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to={paths.home} className="brand" end>
          <img src={brand.logo} alt="" width="24" height="24" />
          <span>{brand.name}</span>
        </NavLink>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to={paths.home} end>
                Home
              </NavLink>
            </li>
            {state.step === 'signedIn' ? (
              <SignedInLinks user={state.user} />
            ) : state.step === 'loading' ? null : (
              <>
                <li>
                  <NavLink to={paths.signIn}>Sign in</NavLink>
                </li>
                <li>
                  <NavLink to={paths.signUp}>Sign up</NavLink>
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
          <Suspense fallback={<p role="status">Loading…</p>}>
            <Outlet />
            {/* After the page's own content, so its h2 follows the page's h1. */}
            <PasskeyOffer />
          </Suspense>
        )}
      </main>
    </>
  );
}

function SignedInLinks({ user }: { user: SignedInUser }) {
  return (
    <>
      <li>
        <NavLink to={paths.protected}>Protected</NavLink>
      </li>
      <li>
        <NavLink to={paths.account}>Account</NavLink>
      </li>
      {user.groups.includes(ADMIN_GROUP) ? (
        <li>
          <NavLink to={paths.admin}>Admin</NavLink>
        </li>
      ) : null}
    </>
  );
}

function SignedInAs({ user }: { user: SignedInUser }) {
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const onSignOut = async () => {
    setBusy(true);
    try {
      await signOut();
      // A hosted-UI sign-out has already left the page; otherwise land somewhere that says so.
      if (user.signInMethod !== 'hostedUi') navigate(paths.signedOut);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="session">
      <span className="signed-in-as">Signed in as {user.name ?? user.email ?? user.username}</span>{' '}
      <button type="button" className="secondary" onClick={() => void onSignOut()} disabled={busy}>
        Sign out
      </button>
    </div>
  );
}
