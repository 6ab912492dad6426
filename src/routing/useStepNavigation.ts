/**
 * Follows the auth step during a flow: when an action moves the session to another step (confirm,
 * new password, MFA, signed in), go to that step's route. Only changes count — arriving at a page
 * with a restored session does not bounce the visitor away.
 */
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/useAuth';
import { pathForState } from './stepRoutes';
import { useReturnTo } from './useReturnTo';

export function useStepNavigation() {
  const { state } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const returnTo = useReturnTo();
  const previous = useRef(state);

  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    // A new state object counts even within the same step (signing up again while a confirmation
    // was pending), except a token refresh, which is not a move in the flow.
    if (before === state || before.step === 'loading' || state.step === 'signedOut') return;
    if (before.step === 'signedIn' && state.step === 'signedIn') return;
    const target = pathForState(state, returnTo);
    if (target !== null && target.split('?')[0] !== pathname) navigate(target, { replace: true });
  }, [state, returnTo, pathname, navigate]);
}
