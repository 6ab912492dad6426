/**
 * Which route shows which auth step (Amplify's getRoute idea), and where a finished sign-in goes.
 * Pure functions, so the mapping is tested without rendering.
 */
import { sanitizeReturnTo } from '../auth/returnTo';
import type { AuthState, AuthStep } from '../auth/types';
import { paths } from '../config/paths';

/** Where to land after sign-in when nobody asked for a page: the first page that needs a session. */
export const DEFAULT_AFTER_SIGN_IN = paths.protected;

const STEP_PATH: Partial<Record<AuthStep, string>> = {
  signedOut: paths.signIn,
  confirmSignUp: paths.confirmSignUp,
  newPasswordRequired: paths.newPassword,
  mfa: paths.mfa,
  mfaSetup: paths.mfa,
};

// Returning to a page of the sign-in journey itself would loop, so those count as "nowhere asked".
const JOURNEY_PATHS: readonly string[] = [
  paths.signIn,
  paths.signUp,
  paths.confirmSignUp,
  paths.newPassword,
  paths.forgotPassword,
  paths.mfa,
  paths.callback,
  paths.signedOut,
];

/** The safe place to go after sign-in for a raw `returnTo` query value. */
export function resolveReturnTo(raw: string | null | undefined): string {
  if (raw === null || raw === undefined || raw === '') return DEFAULT_AFTER_SIGN_IN;
  const safe = sanitizeReturnTo(raw);
  const pathname = safe.split(/[?#]/)[0]!.replace(/\/+$/, '') || '/';
  return JOURNEY_PATHS.includes(pathname) ? DEFAULT_AFTER_SIGN_IN : safe;
}

/** Adds `?returnTo=` to a journey path, so the destination survives MFA, new password, etc. */
export function withReturnTo(path: string, returnTo: string): string {
  if (returnTo === DEFAULT_AFTER_SIGN_IN) return path;
  return `${path}?returnTo=${encodeURIComponent(returnTo)}`;
}

/** The route for a step; signedIn goes to the (sanitised) destination, loading has none. */
export function pathForState(state: AuthState, returnTo: string): string | null {
  if (state.step === 'signedIn') return returnTo;
  const path = STEP_PATH[state.step];
  return path === undefined ? null : withReturnTo(path, returnTo);
}
