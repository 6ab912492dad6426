/**
 * The one way screens sign out (header, account page, "sign out everywhere"), so every start ends
 * on the same page: /signed-out, saying which kind of sign-out it was. A hosted-UI session instead
 * leaves for the hosted /logout, and the page it returns to lands on /signed-out
 * (useSignedOutLanding); navigating here too would show that page twice.
 */
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/useAuth';
import { paths } from '../config/paths';

export type SignOutScope = 'here' | 'everywhere';

/** What /signed-out receives as router state. */
export interface SignedOutState {
  everywhere?: boolean;
}

export function readSignedOutState(value: unknown): SignedOutState {
  if (typeof value !== 'object' || value === null) return {};
  return (value as Record<string, unknown>).everywhere === true ? { everywhere: true } : {};
}

/** Rejects (with an AuthError) only when "everywhere" fails; the session is then unchanged. */
export function useSignOut(): (scope: SignOutScope) => Promise<void> {
  const { signOut, signOutEverywhere } = useAuth();
  const navigate = useNavigate();
  return useCallback(
    async (scope) => {
      const { leavingPage } = scope === 'everywhere' ? await signOutEverywhere() : await signOut();
      if (leavingPage) return;
      const state: SignedOutState = scope === 'everywhere' ? { everywhere: true } : {};
      navigate(paths.signedOut, { state });
    },
    [signOut, signOutEverywhere, navigate],
  );
}
