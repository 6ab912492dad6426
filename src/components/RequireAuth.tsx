/**
 * Route guards. A signed-out visit to a protected page goes to sign-in with `returnTo` set to where
 * the visitor was heading; a signed-in visitor without the group sees "no access" — never sign-in
 * again, so a missing group cannot cause a redirect loop.
 */
import { useId, type ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/useAuth';
import { paths } from '../config/paths';
import { LoadingStatus } from './FlowGate';
import { PageHeading } from './PageHeading';

/** The group whose members may open /admin (the API checks the same name). */
export const ADMIN_GROUP = 'admin';

export function RequireAuth({ children }: { children?: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.step === 'loading') return <LoadingStatus />;
  if (state.step !== 'signedIn') {
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate to={`${paths.signIn}?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  return <>{children ?? <Outlet />}</>;
}

export function Forbidden({ group }: { group?: string }) {
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId}>
      <PageHeading id={titleId}>You don&rsquo;t have access</PageHeading>
      <p>
        You are signed in, but this page is only for{' '}
        {group ? (
          <>
            members of the <strong>{group}</strong> group
          </>
        ) : (
          'some accounts'
        )}
        . If you think you should have access, ask an administrator to add you.
      </p>
      <p className="actions">
        <Link className="button secondary" to={paths.account}>
          Go to your account
        </Link>
      </p>
    </section>
  );
}

export function RequireGroup({ group, children }: { group: string; children?: ReactNode }) {
  const { state } = useAuth();
  // RequireGroup sits inside RequireAuth, so anything but signedIn is a moment of transition.
  if (state.step !== 'signedIn') return <RequireAuth />;
  if (!state.user.groups.includes(group)) return <Forbidden group={group} />;
  return <>{children ?? <Outlet />}</>;
}
