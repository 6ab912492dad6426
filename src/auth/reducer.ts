/**
 * The session's state machine as a pure function: an action moves the state from one named step to
 * the next. No I/O here, so every transition is tested without a network or React.
 */
import type { AuthState, CodeDelivery, MfaChallenge, SignedInUser } from './types';

export type AuthAction =
  | { type: 'SIGNED_IN'; user: SignedInUser }
  /** New tokens for the same session (refresh, another tab); ignored unless a session is showing. */
  | { type: 'TOKENS_REFRESHED'; user: SignedInUser }
  | { type: 'SIGNED_OUT'; notice?: string }
  | { type: 'CONFIRM_SIGN_UP'; username: string; delivery?: CodeDelivery }
  | {
      type: 'NEW_PASSWORD_REQUIRED';
      username: string;
      requiredAttributes: readonly string[];
      displayName?: string;
    }
  | {
      type: 'MFA_REQUIRED';
      username: string;
      challenge: MfaChallenge | 'SELECT_MFA_TYPE';
      delivery?: CodeDelivery;
      options?: readonly MfaChallenge[];
    }
  | { type: 'MFA_SETUP'; username: string }
  | { type: 'CANCEL_FLOW' };

export const initialAuthState: AuthState = { step: 'loading' };

export function authReducer(state: AuthState, action: AuthAction): AuthState {
  switch (action.type) {
    case 'SIGNED_IN':
      return { step: 'signedIn', user: action.user };
    case 'TOKENS_REFRESHED':
      // A refresh that lands after sign-out must not resurrect the session.
      if (state.step !== 'signedIn' && state.step !== 'loading') return state;
      return { step: 'signedIn', user: action.user };
    case 'SIGNED_OUT':
      // A second sign-out (another tab, a racing refresh) must not replace the first notice.
      if (
        state.step === 'signedOut' &&
        (action.notice === undefined || state.notice === action.notice)
      ) {
        return state;
      }
      return action.notice === undefined
        ? { step: 'signedOut' }
        : { step: 'signedOut', notice: action.notice };
    case 'CONFIRM_SIGN_UP':
      return action.delivery === undefined
        ? { step: 'confirmSignUp', username: action.username }
        : { step: 'confirmSignUp', username: action.username, delivery: action.delivery };
    case 'NEW_PASSWORD_REQUIRED': {
      const next: AuthState = {
        step: 'newPasswordRequired',
        username: action.username,
        requiredAttributes: action.requiredAttributes,
      };
      if (action.displayName !== undefined) next.displayName = action.displayName;
      return next;
    }
    case 'MFA_REQUIRED': {
      const next: AuthState = {
        step: 'mfa',
        username: action.username,
        challenge: action.challenge,
      };
      if (action.delivery !== undefined) next.delivery = action.delivery;
      if (action.options !== undefined) next.options = action.options;
      return next;
    }
    case 'MFA_SETUP':
      return { step: 'mfaSetup', username: action.username };
    case 'CANCEL_FLOW':
      // Only an unfinished flow can be cancelled; a session or a loading check stays as it is.
      if (state.step === 'signedIn' || state.step === 'loading' || state.step === 'signedOut')
        return state;
      return { step: 'signedOut' };
  }
}
