/**
 * What the flows (sign-in, sign-up, account, TOTP) may use of the session they act on, so each flow
 * file reads on its own against this one interface. SessionManager provides it; the flows never see
 * the refresh or cross-tab machinery.
 */
import type { AppConfig } from '../../config/env';
import { AppErrorCode, createAuthError, toAuthError, type AuthErrorContext } from '../errors';
import type { AuthAction } from '../reducer';
import type { AuthServices, FlowHandle } from '../services';
import type { StoredSession } from '../storage';
import type { AuthContextValue, AuthState, SessionTokens, SignInMethod } from '../types';
import type { WebAuthnCeremonies } from './passwordless';

/** The actions `useAuth()` offers, without the state. */
export type AuthActions = Omit<AuthContextValue, 'state'>;

export interface FlowContext {
  readonly config: AppConfig;
  readonly services: AuthServices;
  /** The browser's passkey ceremonies (loaded on first use). */
  readonly webAuthn: WebAuthnCeremonies;
  /** What an unfinished flow keeps between its steps. */
  readonly pending: PendingFlow;
  now(): number;
  state(): AuthState;
  dispatch(action: AuthAction): void;
  /** The stored session while signed in. */
  session(): StoredSession | null;
  getAccessToken(options?: { forceRefresh?: boolean }): Promise<string>;
  /** Stores the tokens as a new session and moves to signedIn. */
  establish(tokens: SessionTokens, signInMethod: SignInMethod): void;
  /** Clears the session here (and, with `broadcast`, in every tab). */
  signOutLocally(options: { broadcast: boolean; reason?: 'user' | 'expired' }): void;
  /** Ends the hosted UI's own session too (its /logout), for a hosted-UI sign-in. */
  /** True when the browser is now leaving for the hosted UI's /logout. */
  leaveHostedUi(): boolean;
}

/** Cleared on every sign-in, sign-out and cancel, so nothing outlives the flow it belongs to. */
export class PendingFlow {
  /** The unfinished sign-in (new password, MFA, MFA setup). */
  handle: FlowHandle | null = null;
  /** Held only here, in memory, for the sign-in that follows a confirmation; dropped after use. */
  signUp: { username: string; password: string; at: number } | null = null;
  /** A sign-in waiting for the code Cognito emailed (USER_AUTH EMAIL_OTP); sign-in stays on its page. */
  emailCode: FlowHandle | null = null;

  clear(): void {
    this.handle = null;
    this.signUp = null;
    this.emailCode = null;
  }
}

export const wrongStep = () => createAuthError(AppErrorCode.wrongStep, { source: 'app' });

/** Runs an action so that whatever it throws reaches the screen as an AuthError, in its context. */
export async function run<T>(context: AuthErrorContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toAuthError(e, context);
  }
}

export function expectStep<S extends AuthState['step']>(
  ctx: FlowContext,
  step: S,
): Extract<AuthState, { step: S }> {
  const state = ctx.state();
  if (state.step !== step) throw wrongStep();
  return state as Extract<AuthState, { step: S }>;
}

export function flowHandle(ctx: FlowContext): FlowHandle {
  if (ctx.pending.handle === null) throw wrongStep();
  return ctx.pending.handle;
}
