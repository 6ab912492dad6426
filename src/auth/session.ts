/**
 * The framework-free session core: owns the auth state, the stored tokens, the single-flight refresh,
 * and cross-tab sync. React reaches it through AuthProvider; integration tests drive it directly.
 */
import type { AppConfig } from '../config/env';
import { redirectToHostedSignOut } from './hosted-ui/logout';
import { createLazyCognitoServices } from './cognito/lazy';
import {
  AppErrorCode,
  SESSION_EXPIRED_MESSAGE,
  createAuthError,
  toAuthError,
  type AuthErrorContext,
} from './errors';
import { serverClockOffset, userFromTokens } from './jwt';
import { authReducer, initialAuthState, type AuthAction } from './reducer';
import type { AuthServices, FlowHandle, SignInOutcome } from './services';
import { storageFor, TokenStore, type KeyValueStorage, type StoredSession } from './storage';
import type {
  AuthContextValue,
  AuthState,
  CodeDelivery,
  MfaChallenge,
  SessionTokens,
  SignInMethod,
  SignUpInput,
  TotpSetup,
} from './types';

/** The BroadcastChannel name every tab of the app listens on. */
export const AUTH_CHANNEL_NAME = 'cra-auth';

/** What travels between tabs. Never tokens: a tab that shares storage re-reads it instead. */
export type CrossTabMessage = {
  type: 'signedOut' | 'signedIn' | 'refreshed';
  clientId: string;
  reason?: 'user' | 'expired';
};

/** The part of BroadcastChannel we use, so tests and odd browsers can supply their own. */
export interface CrossTabChannel {
  postMessage(message: CrossTabMessage): void;
  close(): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** The part of the Web Locks API we use. */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export interface SessionManagerOptions {
  config: AppConfig;
  /** Defaults to the Cognito SDK services for `config`. */
  services?: AuthServices;
  /** Where tokens live; defaults to the Web Storage area `config.tokenStorage` names. */
  storage?: KeyValueStorage;
  /** Whether other tabs see the same storage (Web Locks and adopt-on-message apply). Default: tokenStorage === 'local'. */
  sharedStorage?: boolean;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** `null` turns cross-tab messages off. Default: a BroadcastChannel when the runtime has one. */
  createChannel?: (() => CrossTabChannel) | null;
  /** Default: `navigator.locks` when available. `null` turns cross-tab locking off. */
  locks?: LockManagerLike | null;
  /** Receives `storage` events (the fallback when BroadcastChannel is missing). Default: window. */
  eventTarget?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  /** Carries the fallback signal between tabs. Default: localStorage. */
  signalStorage?: KeyValueStorage | null;
  /** Leaves the page (hosted-UI logout). Default: the hosted-UI module's own page change. */
  navigate?: (url: string) => void;
  /** Refresh attempts on a transient failure, and the first back-off delay. */
  retry?: { attempts: number; baseDelayMs: number };
  /** The issuer shown in authenticator apps. */
  totpIssuer?: string;
}

type Listener = () => void;

const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 500 };
// A password kept for sign-in after confirmation is useless after this, so it is dropped.
const PENDING_PASSWORD_TTL_MS = 30 * 60 * 1000;
// Codes that mean the refresh token will never work again; anything else may be transient.
const DEFINITE_REFRESH_FAILURES = new Set([
  'NotAuthorizedException',
  'UserNotFoundException',
  'PasswordResetRequiredException',
  'UserNotConfirmedException',
  AppErrorCode.sessionExpired,
]);
const CONFIRMED_NOTICE = 'Your email address is confirmed. Sign in to continue.';

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function defaultChannel(): (() => CrossTabChannel) | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  return () => new BroadcastChannel(AUTH_CHANNEL_NAME) as unknown as CrossTabChannel;
}

function defaultLocks(): LockManagerLike | null {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks && typeof locks.request === 'function'
    ? (locks as unknown as LockManagerLike)
    : null;
}

function safeLocalStorage(): KeyValueStorage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

/**
 * One browser tab's session. Methods are bound, so they can be handed out as plain functions.
 */
export class SessionManager {
  readonly config: AppConfig;
  readonly store: TokenStore;
  readonly #services: AuthServices;
  readonly #shared: boolean;
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #createChannel: (() => CrossTabChannel) | null;
  readonly #locks: LockManagerLike | null;
  readonly #eventTarget: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  readonly #signalStorage: KeyValueStorage | null;
  readonly #signalKey: string;
  readonly #navigate: ((url: string) => void) | undefined;
  readonly #retry: { attempts: number; baseDelayMs: number };
  readonly #totpIssuer: string;

  #state: AuthState = initialAuthState;
  readonly #listeners = new Set<Listener>();
  #session: StoredSession | null = null;
  /** Bumped on every sign-in and sign-out, so a refresh that straddles one does not write stale tokens. */
  #epoch = 0;
  #flow: FlowHandle | null = null;
  // Held only here, in memory, for the sign-in that follows a confirmation; dropped after use.
  #pendingSignUp: { username: string; password: string; at: number } | null = null;
  #refreshing: Promise<string> | null = null;
  #restoring: Promise<void> | null = null;
  #channel: CrossTabChannel | null = null;

  constructor(options: SessionManagerOptions) {
    this.config = options.config;
    this.#services = options.services ?? createLazyCognitoServices(options.config);
    this.store = new TokenStore(
      options.storage ?? storageFor(options.config.tokenStorage),
      options.config.clientId,
    );
    this.#shared = options.sharedStorage ?? options.config.tokenStorage === 'local';
    this.#now = options.now ?? (() => Date.now());
    this.#sleep = options.sleep ?? defaultSleep;
    this.#createChannel =
      options.createChannel === undefined ? defaultChannel() : options.createChannel;
    this.#locks = options.locks === undefined ? defaultLocks() : options.locks;
    this.#eventTarget =
      options.eventTarget === undefined
        ? typeof window !== 'undefined'
          ? window
          : null
        : options.eventTarget;
    this.#signalStorage =
      options.signalStorage === undefined ? safeLocalStorage() : options.signalStorage;
    this.#signalKey = `${this.store.prefix}signal`;
    this.#navigate = options.navigate;
    this.#retry = options.retry ?? DEFAULT_RETRY;
    this.#totpIssuer = options.totpIssuer ?? 'Cognito React Auth';

    // Bound once, so screens and hooks can pass the methods around as plain functions.
    for (const key of Object.getOwnPropertyNames(SessionManager.prototype)) {
      const value = (this as unknown as Record<string, unknown>)[key];
      if (key !== 'constructor' && typeof value === 'function') {
        (this as unknown as Record<string, unknown>)[key] = value.bind(this);
      }
    }
  }

  // ---- state -----------------------------------------------------------------------------------

  getState(): AuthState {
    return this.#state;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #dispatch(action: AuthAction): void {
    const next = authReducer(this.#state, action);
    if (next === this.#state) return;
    this.#state = next;
    for (const listener of [...this.#listeners]) listener();
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  /** Warms up the sign-in code path while the user reads the page; a failure is retried on use. */
  preload(): void {
    void this.#services.preload?.().catch(() => {});
  }

  /** Starts listening to other tabs. Safe to call again after `disconnect()` (StrictMode remounts). */
  connect(): void {
    if (this.#channel === null && this.#createChannel !== null) {
      this.#channel = this.#createChannel();
      this.#channel.onmessage = (event: MessageEvent) => this.#onMessage(event.data);
    }
    this.#eventTarget?.addEventListener('storage', this.#onStorage);
  }

  disconnect(): void {
    this.#channel?.close();
    this.#channel = null;
    this.#eventTarget?.removeEventListener('storage', this.#onStorage);
  }

  /**
   * Restores the stored session once: valid tokens sign in with no network call; an expired access
   * token with a refresh token costs one refresh; anything else signs out and removes the keys.
   */
  restore(): Promise<void> {
    this.#restoring ??= this.#restoreNow();
    return this.#restoring;
  }

  async #restoreNow(): Promise<void> {
    const stored = this.store.read();
    const user =
      stored && userFromTokens(stored.tokens, stored.signInMethod, stored.serverClockOffsetMs);
    if (!stored || !user) {
      this.store.clear();
      this.#dispatch({ type: 'SIGNED_OUT' });
      return;
    }
    const now = this.#now();
    if (user.accessTokenExpiresAt > now && user.idTokenExpiresAt > now) {
      this.#session = stored;
      this.#dispatch({ type: 'SIGNED_IN', user });
      return;
    }
    if (!stored.tokens.refreshToken) {
      this.store.clear();
      this.#dispatch({ type: 'SIGNED_OUT' });
      return;
    }
    this.#session = stored;
    try {
      await this.#refresh();
    } catch {
      // Unless the refresh token was refused (which signed out already), keep the session: the next
      // getAccessToken() tries again.
      if (this.#session !== null) this.#dispatch({ type: 'SIGNED_IN', user });
      else if (this.#state.step === 'loading') this.#dispatch({ type: 'SIGNED_OUT' });
    }
  }

  // ---- tokens ----------------------------------------------------------------------------------

  /**
   * The only way to an access token. Refreshes when it expires within `refreshSkewSeconds` (or when
   * forced, after an API 401), sharing one refresh among concurrent callers in this tab and, through
   * Web Locks, across tabs that share storage.
   */
  async getAccessToken(options: { forceRefresh?: boolean } = {}): Promise<string> {
    if (this.#state.step === 'loading') await this.restore();
    const session = this.#session;
    if (session === null) throw createAuthError(AppErrorCode.notSignedIn, { source: 'app' });
    if (!options.forceRefresh && !this.#needsRefresh(session)) return session.tokens.accessToken;
    return this.#refresh(options.forceRefresh ? session.tokens.accessToken : undefined);
  }

  #needsRefresh(session: StoredSession, staleAccessToken?: string): boolean {
    const { tokens } = session;
    if (staleAccessToken !== undefined && tokens.accessToken === staleAccessToken) return true;
    const user = userFromTokens(tokens, session.signInMethod, session.serverClockOffsetMs);
    if (user === null) return true;
    const deadline = this.#now() + this.config.refreshSkewSeconds * 1000;
    return Math.min(user.accessTokenExpiresAt, user.idTokenExpiresAt) <= deadline;
  }

  #refresh(staleAccessToken?: string): Promise<string> {
    if (this.#refreshing === null) {
      const run = () => this.#refreshNow(staleAccessToken);
      const locked =
        this.#shared && this.#locks !== null
          ? this.#locks.request(`cra-auth-refresh.${this.config.clientId}`, run)
          : run();
      this.#refreshing = locked.finally(() => {
        this.#refreshing = null;
      });
    }
    return this.#refreshing;
  }

  async #refreshNow(staleAccessToken?: string): Promise<string> {
    const epoch = this.#epoch;
    if (this.#shared) {
      // Another tab may have refreshed (or signed out) while we waited for the lock.
      const latest = this.store.read();
      if (latest === null) {
        this.#signOutLocally({ broadcast: false });
        throw createAuthError(AppErrorCode.notSignedIn, { source: 'app' });
      }
      if (!this.#needsRefresh(latest, staleAccessToken)) {
        this.#adopt(latest);
        return latest.tokens.accessToken;
      }
      this.#session = latest;
    }
    const session = this.#session;
    // Signed out while waiting for the lock: that was a choice, not an expiry, so no notice.
    if (session === null) throw createAuthError(AppErrorCode.notSignedIn, { source: 'app' });
    const refreshToken = session.tokens.refreshToken;
    if (refreshToken === undefined) {
      this.#expire();
      throw createAuthError(AppErrorCode.sessionExpired, { source: 'app' });
    }

    let tokens: SessionTokens | undefined;
    for (let attempt = 1; tokens === undefined; attempt += 1) {
      try {
        tokens = await this.#services.refresh(refreshToken);
      } catch (e) {
        const error = toAuthError(e, 'session');
        if (DEFINITE_REFRESH_FAILURES.has(error.code)) {
          if (this.#epoch === epoch) this.#expire();
          throw createAuthError(AppErrorCode.sessionExpired, { cause: error, source: 'app' });
        }
        if (!error.retryable || attempt >= this.#retry.attempts) throw error;
        const jitter = Math.random() * this.#retry.baseDelayMs * 0.2;
        await this.#sleep(this.#retry.baseDelayMs * 2 ** (attempt - 1) + jitter);
        if (this.#epoch !== epoch)
          throw createAuthError(AppErrorCode.notSignedIn, { source: 'app' });
      }
    }

    // A sign-out that happened while the request was in flight wins over its answer.
    if (this.#epoch !== epoch) throw createAuthError(AppErrorCode.notSignedIn, { source: 'app' });
    const next: StoredSession = {
      tokens,
      signInMethod: session.signInMethod,
      serverClockOffsetMs: serverClockOffset(tokens, this.#now()),
    };
    const user = userFromTokens(tokens, next.signInMethod, next.serverClockOffsetMs);
    if (user === null) throw createAuthError(AppErrorCode.server, { context: 'session' });
    this.#session = next;
    this.store.write(next);
    this.#dispatch({ type: 'TOKENS_REFRESHED', user });
    this.#broadcast({ type: 'refreshed' });
    return tokens.accessToken;
  }

  /** Takes a session another tab wrote to shared storage. */
  #adopt(stored: StoredSession): void {
    const user = userFromTokens(stored.tokens, stored.signInMethod, stored.serverClockOffsetMs);
    if (user === null) return;
    const current = this.#session;
    this.#session = stored;
    if (
      current?.tokens.accessToken === stored.tokens.accessToken &&
      this.#state.step === 'signedIn'
    )
      return;
    if (this.#state.step === 'signedIn' && this.#state.user.sub === user.sub) {
      this.#dispatch({ type: 'TOKENS_REFRESHED', user });
      return;
    }
    // Someone signed in in another tab: that is a new session here too.
    this.#epoch += 1;
    this.#flow = null;
    this.#pendingSignUp = null;
    this.#dispatch({ type: 'SIGNED_IN', user });
  }

  /** A definite refresh failure: clear everything and say so, once. */
  #expire(): void {
    const wasSignedIn = this.#session !== null || this.#state.step === 'signedIn';
    this.#signOutLocally({
      broadcast: wasSignedIn,
      reason: 'expired',
      notice: SESSION_EXPIRED_MESSAGE,
    });
  }

  #establish(tokens: SessionTokens, signInMethod: SignInMethod): void {
    const serverClockOffsetMs = serverClockOffset(tokens, this.#now());
    const user = userFromTokens(tokens, signInMethod, serverClockOffsetMs);
    if (user === null) throw createAuthError(AppErrorCode.server, { context: 'signIn' });
    const session: StoredSession = { tokens, signInMethod, serverClockOffsetMs };
    this.#flow = null;
    this.#pendingSignUp = null;
    this.#epoch += 1;
    this.#session = session;
    this.store.write(session);
    this.#dispatch({ type: 'SIGNED_IN', user });
    this.#broadcast({ type: 'signedIn' });
  }

  #signOutLocally(options: {
    broadcast: boolean;
    reason?: 'user' | 'expired';
    notice?: string;
  }): void {
    this.#epoch += 1;
    this.#session = null;
    this.#flow = null;
    this.#pendingSignUp = null;
    this.store.clear();
    this.#dispatch({ type: 'SIGNED_OUT', notice: options.notice });
    if (options.broadcast) this.#broadcast({ type: 'signedOut', reason: options.reason ?? 'user' });
  }

  // ---- cross-tab -------------------------------------------------------------------------------

  #broadcast(message: Omit<CrossTabMessage, 'clientId'>): void {
    const full: CrossTabMessage = { ...message, clientId: this.config.clientId };
    if (this.#channel !== null) {
      this.#channel.postMessage(full);
      return;
    }
    if (this.#createChannel !== null || this.#signalStorage === null) return;
    // Fallback: a write to localStorage fires `storage` in every other tab. Not a token, just a ping.
    try {
      this.#signalStorage.setItem(
        this.#signalKey,
        JSON.stringify({ ...full, at: this.#now(), n: Math.random() }),
      );
      this.#signalStorage.removeItem(this.#signalKey);
    } catch {
      // Storage full or disabled: other tabs catch up on their next refresh.
    }
  }

  #onMessage(data: unknown): void {
    const message = data as Partial<CrossTabMessage> | null;
    if (!message || message.clientId !== this.config.clientId) return;
    if (message.type === 'signedOut') {
      if (this.#session === null && this.#state.step === 'signedOut') return;
      this.#signOutLocally({
        broadcast: false,
        notice: message.reason === 'expired' ? SESSION_EXPIRED_MESSAGE : undefined,
      });
      return;
    }
    if ((message.type === 'signedIn' || message.type === 'refreshed') && this.#shared) {
      const stored = this.store.read();
      if (stored !== null) this.#adopt(stored);
    }
  }

  readonly #onStorage = (event: StorageEvent): void => {
    if (event.key === this.#signalKey && event.newValue !== null) {
      try {
        this.#onMessage(JSON.parse(event.newValue));
      } catch {
        // Not ours to read.
      }
      return;
    }
    if (!this.#shared || (event.key !== this.store.key && event.key !== null)) return;
    // key === null means the whole area was cleared.
    const stored = event.key === null ? null : this.store.read();
    if (stored === null) {
      if (this.#session !== null) this.#signOutLocally({ broadcast: false });
    } else {
      this.#adopt(stored);
    }
  };

  // ---- actions ---------------------------------------------------------------------------------

  async #run<T>(context: AuthErrorContext, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw toAuthError(e, context);
    }
  }

  #expectStep<S extends AuthState['step']>(step: S): Extract<AuthState, { step: S }> {
    if (this.#state.step !== step) throw createAuthError(AppErrorCode.wrongStep, { source: 'app' });
    return this.#state as Extract<AuthState, { step: S }>;
  }

  #flowFor(): FlowHandle {
    if (this.#flow === null) throw createAuthError(AppErrorCode.wrongStep, { source: 'app' });
    return this.#flow;
  }

  #applyOutcome(outcome: SignInOutcome): void {
    switch (outcome.kind) {
      case 'signedIn':
        this.#establish(outcome.tokens, 'password');
        return;
      case 'newPasswordRequired':
        this.#flow = outcome.flow;
        this.#dispatch({
          type: 'NEW_PASSWORD_REQUIRED',
          username: outcome.flow.username,
          requiredAttributes: outcome.requiredAttributes,
        });
        return;
      case 'mfa':
        this.#flow = outcome.flow;
        this.#dispatch({
          type: 'MFA_REQUIRED',
          username: outcome.flow.username,
          challenge: outcome.challenge,
          delivery: outcome.delivery,
        });
        return;
      case 'selectMfa':
        this.#flow = outcome.flow;
        this.#dispatch({
          type: 'MFA_REQUIRED',
          username: outcome.flow.username,
          challenge: 'SELECT_MFA_TYPE',
          options: outcome.options,
        });
        return;
      case 'mfaSetup':
        this.#flow = outcome.flow;
        this.#dispatch({ type: 'MFA_SETUP', username: outcome.flow.username });
        return;
    }
  }

  signUp(input: SignUpInput): Promise<void> {
    return this.#run('signUp', async () => {
      const username = input.email.trim();
      const result = await this.#services.signUp({
        username,
        password: input.password,
        attributes: { ...input.attributes, email: username },
      });
      this.#pendingSignUp = { username, password: input.password, at: this.#now() };
      if (result.userConfirmed) {
        await this.#signInAfterConfirmation(username);
        return;
      }
      this.#dispatch({ type: 'CONFIRM_SIGN_UP', username, delivery: result.delivery });
    });
  }

  confirmSignUp(code: string): Promise<void> {
    return this.#run('confirmSignUp', async () => {
      const { username } = this.#expectStep('confirmSignUp');
      await this.#services.confirmSignUp(username, code.trim());
      await this.#signInAfterConfirmation(username);
    });
  }

  /** Signs in with the password from this tab's sign-up, if it is still held; otherwise asks for it. */
  async #signInAfterConfirmation(username: string): Promise<void> {
    const pending = this.#pendingSignUp;
    this.#pendingSignUp = null;
    if (
      pending === null ||
      pending.username !== username ||
      this.#now() - pending.at > PENDING_PASSWORD_TTL_MS
    ) {
      this.#dispatch({ type: 'SIGNED_OUT', notice: CONFIRMED_NOTICE });
      return;
    }
    try {
      this.#applyOutcome(
        await this.#services.signIn(username, pending.password, this.config.authFlow),
      );
    } catch {
      // The account is confirmed either way; the sign-in screen can take it from here.
      this.#dispatch({ type: 'SIGNED_OUT', notice: CONFIRMED_NOTICE });
    }
  }

  resendSignUpCode(username?: string): Promise<CodeDelivery> {
    return this.#run('confirmSignUp', async () => {
      const target =
        username?.trim() ||
        (this.#state.step === 'confirmSignUp' ? this.#state.username : undefined);
      if (!target) throw createAuthError(AppErrorCode.wrongStep, { source: 'app' });
      return this.#services.resendSignUpCode(target);
    });
  }

  signIn(input: { username: string; password: string }): Promise<void> {
    return this.#run('signIn', async () => {
      const username = input.username.trim();
      this.#flow = null;
      this.#pendingSignUp = null;
      try {
        this.#applyOutcome(
          await this.#services.signIn(username, input.password, this.config.authFlow),
        );
      } catch (e) {
        const error = toAuthError(e, 'signIn');
        if (error.code !== 'UserNotConfirmedException') throw error;
        // Finish the sign-up instead of failing: send a fresh code and sign in after confirmation.
        this.#pendingSignUp = { username, password: input.password, at: this.#now() };
        const delivery = await this.#services.resendSignUpCode(username).catch(() => undefined);
        this.#dispatch({ type: 'CONFIRM_SIGN_UP', username, delivery });
      }
    });
  }

  completeNewPassword(input: {
    newPassword: string;
    attributes: Record<string, string>;
  }): Promise<void> {
    return this.#run('signIn', async () => {
      this.#expectStep('newPasswordRequired');
      this.#applyOutcome(
        await this.#services.completeNewPassword(
          this.#flowFor(),
          input.newPassword,
          input.attributes,
        ),
      );
    });
  }

  answerMfa(code: string): Promise<void> {
    return this.#run('mfa', async () => {
      const state = this.#expectStep('mfa');
      if (state.challenge === 'SELECT_MFA_TYPE')
        throw createAuthError(AppErrorCode.wrongStep, { source: 'app' });
      this.#applyOutcome(
        await this.#services.answerMfa(this.#flowFor(), code.trim(), state.challenge),
      );
    });
  }

  selectMfaType(type: MfaChallenge): Promise<void> {
    return this.#run('mfa', async () => {
      this.#expectStep('mfa');
      this.#applyOutcome(await this.#services.selectMfaType(this.#flowFor(), type));
    });
  }

  setupTotp(): Promise<TotpSetup> {
    return this.#run('mfa', async () => {
      const state = this.#state;
      let secretCode: string;
      let label: string;
      if (state.step === 'mfaSetup') {
        secretCode = await this.#services.associateTotp({ flow: this.#flowFor() });
        label = state.username;
      } else if (state.step === 'signedIn') {
        secretCode = await this.#services.associateTotp({
          accessToken: await this.getAccessToken(),
        });
        label = state.user.email ?? state.user.username;
      } else {
        throw createAuthError(AppErrorCode.wrongStep, { source: 'app' });
      }
      return { secretCode, otpauthUri: otpauthUri(this.#totpIssuer, label, secretCode) };
    });
  }

  verifyTotp(code: string, friendlyName?: string): Promise<void> {
    return this.#run('mfa', async () => {
      const state = this.#state;
      if (state.step === 'mfaSetup') {
        const outcome = await this.#services.verifyTotp(
          { flow: this.#flowFor() },
          code.trim(),
          friendlyName,
        );
        if (outcome !== null) this.#applyOutcome(outcome);
        if (this.#session !== null) {
          // Make the new factor the preferred one; signing in has already succeeded either way.
          await this.#services
            .setTotpPreference(this.#session.tokens.accessToken, true)
            .catch(() => undefined);
        }
        return;
      }
      if (state.step !== 'signedIn')
        throw createAuthError(AppErrorCode.wrongStep, { source: 'app' });
      const accessToken = await this.getAccessToken();
      await this.#services.verifyTotp({ accessToken }, code.trim(), friendlyName);
      await this.#services.setTotpPreference(accessToken, true);
    });
  }

  disableTotp(): Promise<void> {
    return this.#run('mfa', async () => {
      await this.#services.setTotpPreference(await this.getAccessToken(), false);
    });
  }

  getMfaStatus(): Promise<{ totpEnabled: boolean; preferred?: MfaChallenge }> {
    return this.#run('mfa', async () => this.#services.getMfaStatus(await this.getAccessToken()));
  }

  forgotPassword(username: string): Promise<CodeDelivery> {
    return this.#run('forgotPassword', async () => {
      try {
        return await this.#services.forgotPassword(username.trim());
      } catch (e) {
        // Answer as if a code went out, so the form never reveals whether an account exists.
        if (toAuthError(e).code === 'UserNotFoundException') return {};
        throw e;
      }
    });
  }

  confirmForgotPassword(input: {
    username: string;
    code: string;
    newPassword: string;
  }): Promise<void> {
    return this.#run('forgotPassword', () =>
      this.#services.confirmForgotPassword(
        input.username.trim(),
        input.code.trim(),
        input.newPassword,
      ),
    );
  }

  changePassword(input: { oldPassword: string; newPassword: string }): Promise<void> {
    return this.#run('changePassword', async () =>
      this.#services.changePassword(
        await this.getAccessToken(),
        input.oldPassword,
        input.newPassword,
      ),
    );
  }

  updateAttributes(
    attributes: Record<string, string>,
  ): Promise<{ verificationRequired: boolean; delivery?: CodeDelivery }> {
    return this.#run('attributes', async () => {
      const before = this.#state.step === 'signedIn' ? this.#state.user.email : undefined;
      const deliveries = await this.#services.updateAttributes(
        await this.getAccessToken(),
        attributes,
      );
      await this.#refreshQuietly();
      const emailChanged = attributes.email !== undefined && attributes.email !== before;
      const result: { verificationRequired: boolean; delivery?: CodeDelivery } = {
        verificationRequired: deliveries.length > 0 || emailChanged,
      };
      if (deliveries[0] !== undefined) result.delivery = deliveries[0];
      return result;
    });
  }

  verifyAttribute(attribute: string, code: string): Promise<void> {
    return this.#run('attributes', async () => {
      await this.#services.verifyAttribute(await this.getAccessToken(), attribute, code.trim());
      await this.#refreshQuietly();
    });
  }

  /** New ID token claims (name, email) after an attribute change; a failure only delays them. */
  async #refreshQuietly(): Promise<void> {
    await this.getAccessToken({ forceRefresh: true }).catch(() => undefined);
  }

  async signOut(): Promise<void> {
    const session = this.#session;
    this.#signOutLocally({ broadcast: true, reason: 'user' });
    const refreshToken = session?.tokens.refreshToken;
    // Cleared first, revoked second: a slow or failed revoke must never leave tokens behind.
    if (refreshToken !== undefined)
      await this.#services.revokeToken(refreshToken).catch(() => undefined);
    if (session?.signInMethod === 'hostedUi') redirectToHostedSignOut(this.config, this.#navigate);
  }

  signOutEverywhere(): Promise<void> {
    return this.#run('session', async () => {
      const session = this.#session;
      const accessToken = await this.getAccessToken();
      try {
        await this.#services.globalSignOut(accessToken);
      } catch (e) {
        // Already signed out everywhere is the goal reached; anything else leaves the session as is.
        if (toAuthError(e).code !== 'NotAuthorizedException') throw e;
      }
      this.#signOutLocally({ broadcast: true, reason: 'user' });
      if (session?.signInMethod === 'hostedUi')
        redirectToHostedSignOut(this.config, this.#navigate);
    });
  }

  completeHostedSignIn(tokens: SessionTokens): Promise<void> {
    return this.#run('signIn', async () => {
      this.#establish(tokens, 'hostedUi');
    });
  }

  cancelFlow(): void {
    this.#flow = null;
    this.#pendingSignUp = null;
    this.#dispatch({ type: 'CANCEL_FLOW' });
  }

  /** The methods and state as `useAuth()` returns them. */
  toContextValue(): AuthContextValue {
    return {
      state: this.#state,
      signUp: this.signUp,
      confirmSignUp: this.confirmSignUp,
      resendSignUpCode: this.resendSignUpCode,
      signIn: this.signIn,
      completeNewPassword: this.completeNewPassword,
      answerMfa: this.answerMfa,
      selectMfaType: this.selectMfaType,
      setupTotp: this.setupTotp,
      verifyTotp: this.verifyTotp,
      disableTotp: this.disableTotp,
      getMfaStatus: this.getMfaStatus,
      forgotPassword: this.forgotPassword,
      confirmForgotPassword: this.confirmForgotPassword,
      changePassword: this.changePassword,
      updateAttributes: this.updateAttributes,
      verifyAttribute: this.verifyAttribute,
      signOut: this.signOut,
      signOutEverywhere: this.signOutEverywhere,
      getAccessToken: this.getAccessToken,
      completeHostedSignIn: this.completeHostedSignIn,
      cancelFlow: this.cancelFlow,
    };
  }
}

/** `otpauth://totp/<issuer>:<account>?secret=…&issuer=…`, the Key Uri Format authenticator apps read. */
export function otpauthUri(issuer: string, account: string, secret: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  return `otpauth://totp/${label}?secret=${encodeURIComponent(secret)}&issuer=${encodeURIComponent(issuer)}`;
}
