/**
 * Route guards. A signed-out visit to a protected page goes to sign-in with `returnTo` set to where
 * the visitor was heading; a signed-in visitor without the group sees "no access" — never sign-in
 * again, so a missing group cannot cause a redirect loop.
 */
import { lazy, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/useAuth';
import { paths } from '../config/paths';
import { LoadingStatus } from '../components/LoadingStatus';
import type { JourneyState } from './journeyState';

// A screen like any other, so like them it loads on demand: only people without the group see it.
const ForbiddenScreen = lazy(() =>
  import('./ForbiddenScreen').then((m) => ({ default: m.ForbiddenScreen })),
);

export function RequireAuth({ children }: { children?: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.step === 'loading') return <LoadingStatus />;
  if (state.step !== 'signedIn') {
    const returnTo = `${location.pathname}${location.search}`;
    // The reason lets sign-in say "Sign in to continue": the visitor asked for a page, not a form.
    const state: JourneyState = { reason: 'signInRequired' };
    return (
      <Navigate
        to={`${paths.signIn}?returnTo=${encodeURIComponent(returnTo)}`}
        state={state}
        replace
      />
    );
  }
  return <>{children ?? <Outlet />}</>;
}

export function RequireGroup({ group, children }: { group: string; children?: ReactNode }) {
  const { state } = useAuth();
  // RequireGroup sits inside RequireAuth, so anything but signedIn is a moment of transition.
  if (state.step !== 'signedIn') return <RequireAuth />;
  if (!state.user.groups.includes(group)) return <ForbiddenScreen group={group} />;
  return <>{children ?? <Outlet />}</>;
}
