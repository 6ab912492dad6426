/**
 * Shows a step screen (/mfa, /new-password, /confirm-sign-up) only while the session is in that
 * step; otherwise sends the visitor to the route of the step they are really in (sign-in when there
 * is none). This is also what moves the flow forward when an action changes the step.
 */
import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { useAuth } from '../auth/useAuth';
import type { AuthState, AuthStep } from '../auth/types';
import { DEFAULT_AFTER_SIGN_IN, pathForState } from './stepRoutes';
import { useReturnTo } from './useReturnTo';
import { paths } from '../config/paths';
import { LoadingStatus } from '../components/LoadingStatus';

export function FlowGate<S extends AuthStep>({
  steps,
  children,
  whenLeaving,
  signedInLanding,
}: {
  steps: readonly S[];
  children: (state: Extract<AuthState, { step: S }>) => ReactNode;
  /** Navigation state to hand over when the step ends, e.g. a success note for sign-in. */
  whenLeaving?: (state: AuthState) => unknown;
  /** Where a finished sign-in goes when nobody asked for a page (default: the protected page). */
  signedInLanding?: string;
}) {
  const { state } = useAuth();
  const returnTo = useReturnTo();
  if (state.step === 'loading') return <LoadingStatus />;
  if ((steps as readonly AuthStep[]).includes(state.step)) {
    return <>{children(state as Extract<AuthState, { step: S }>)}</>;
  }
  const target =
    state.step === 'signedIn' && signedInLanding !== undefined && returnTo === DEFAULT_AFTER_SIGN_IN
      ? signedInLanding
      : (pathForState(state, returnTo) ?? paths.signIn);
  return <Navigate to={target} replace state={whenLeaving?.(state)} />;
}
