/**
 * One browser tab's session, framework-free, and the only code that changes it: the auth state, the
 * stored session, and the few transitions between them (restore, sign-in, adopting another tab's
 * session, sign-out, expiry). This is where the concurrency is reviewed: `#epoch` moves on every
 * sign-in and sign-out, and work that started in an older epoch never writes. Side jobs are handed to
 * small modules, as oidc-client-ts's UserManager does: refresh.ts (single flight, locks, retry) and
 * crossTab.ts (other tabs); the flows reach the session only through `flowContext`.
 */
import type { AppConfig } from '../../config/env';
import { createLazyCognitoServices } from '../cognito/lazy';
import { AppErrorCode, createAuthError, SESSION_EXPIRED_MESSAGE } from '../errors';
import { redirectToHostedSignOut } from '../hosted-ui/logout';
import { serverClockOffset, userFromTokens } from '../jwt';
import { authReducer, initialAuthState, type AuthAction } from '../reducer';
import type { AuthServices } from '../services';
import { storageFor, TokenStore, type StoredSession } from '../storage';
import type { AuthState, SessionTokens, SignInMethod } from '../types';
import { CrossTabSync } from './crossTab';
import { PendingFlow, type FlowContext } from './flow';
import { withDefaults, type SessionManagerOptions } from './options';
import { Refresher } from './refresh';

export class SessionCore {
  readonly config: AppConfig;
  readonly store: TokenStore;
  readonly #services: AuthServices;
  readonly #now: () => number;
  readonly #refresher: Refresher;
  readonly #crossTab: CrossTabSync;
  readonly #pending = new PendingFlow();

  #state: AuthState = initialAuthState;
  readonly #listeners = new Set<() => void>();
  #session: StoredSession | null = null;
  /** Bumped on every sign-in and sign-out, so a refresh that straddles one does not write stale tokens. */
  #epoch = 0;
  #restoring: Promise<void> | null = null;
  /** What the flows (signIn.ts, signUp.ts, account.ts, totp.ts) may use of this session. */
  protected readonly flowContext: FlowContext;
  /** The issuer authenticator apps show (totp.ts). */
  protected readonly totpIssuer: string;

  constructor(options: SessionManagerOptions) {
    const { config } = options;
    const defaults = withDefaults(options);
    this.config = config;
    this.#services = options.services ?? createLazyCognitoServices(config);
    this.store = new TokenStore(
      options.storage ?? storageFor(config.tokenStorage),
      config.clientId,
    );
    this.#now = defaults.now;
    this.totpIssuer = defaults.totpIssuer;

    this.#refresher = new Refresher({
      ...defaults,
      host: {
        epoch: () => this.#epoch,
        session: () => this.#session,
        shared: defaults.shared ? this.store : null,
        adopt: (stored) => this.#adopt(stored),
        signedOutElsewhere: () => this.#signOutLocally({ broadcast: false }),
        expire: () => this.#expire(),
        commit: (next, user) => {
          this.#session = next;
          this.store.write(next);
          this.#dispatch({ type: 'TOKENS_REFRESHED', user });
          this.#crossTab.broadcast({ type: 'refreshed' });
        },
      },
      refresh: (refreshToken) => this.#services.refresh(refreshToken),
      lockName: `cra-auth-refresh.${config.clientId}`,
      skewMs: config.refreshSkewSeconds * 1000,
    });

    this.#crossTab = new CrossTabSync(
      { ...defaults, clientId: config.clientId, store: this.store },
      {
        signedOutElsewhere: (reason) => {
          if (this.#session === null && this.#state.step === 'signedOut') return;
          const notice = reason === 'expired' ? SESSION_EXPIRED_MESSAGE : undefined;
          const own = defaults.shared ? undefined : this.#session?.tokens.refreshToken;
          this.#signOutLocally({ broadcast: false, notice });
          // This tab's refresh token was its own (storage not shared): deleting it is not enough,
          // so revoke it too, best effort, as this tab's own sign-out would.
          if (own !== undefined) void this.#services.revokeToken(own).catch(() => undefined);
        },
        sessionWritten: (stored) => this.#adopt(stored),
        sessionRemoved: () => {
          if (this.#session !== null) this.#signOutLocally({ broadcast: false });
        },
      },
    );

    this.flowContext = {
      config,
      services: this.#services,
      webAuthn: defaults.webAuthn,
      pending: this.#pending,
      now: this.#now,
      state: () => this.#state,
      dispatch: (action) => this.#dispatch(action),
      session: () => this.#session,
      getAccessToken: (tokenOptions) => this.getAccessToken(tokenOptions),
      establish: (tokens, method) => this.#establish(tokens, method),
      signOutLocally: (signOut) => this.#signOutLocally(signOut),
      leaveHostedUi: () => redirectToHostedSignOut(config, options.navigate),
    };
  }

  // ---- state (arrow fields: useSyncExternalStore takes them unbound) ---------------------------

  readonly getState = (): AuthState => this.#state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

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
    this.#crossTab.connect();
  }

  disconnect(): void {
    this.#crossTab.disconnect();
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
    const now = this.#now();
    const valid = user && user.accessTokenExpiresAt > now && user.idTokenExpiresAt > now;
    if (!stored || !user || (!valid && !stored.tokens.refreshToken)) {
      this.store.clear();
      this.#dispatch({ type: 'SIGNED_OUT' });
      return;
    }
    this.#session = stored;
    if (valid) {
      this.#dispatch({ type: 'SIGNED_IN', user });
      return;
    }
    try {
      await this.#refresher.refresh();
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
  readonly getAccessToken = async (options: { forceRefresh?: boolean } = {}): Promise<string> => {
    if (this.#state.step === 'loading') await this.restore();
    const session = this.#session;
    if (session === null) throw createAuthError(AppErrorCode.notSignedIn, { source: 'app' });
    if (!options.forceRefresh && !this.#refresher.isDue(session)) return session.tokens.accessToken;
    return this.#refresher.refresh(options.forceRefresh ? session.tokens.accessToken : undefined);
  };

  // ---- the transitions that change the session -------------------------------------------------

  #establish(tokens: SessionTokens, signInMethod: SignInMethod): void {
    const serverClockOffsetMs = serverClockOffset(tokens, this.#now());
    const user = userFromTokens(tokens, signInMethod, serverClockOffsetMs);
    if (user === null) throw createAuthError(AppErrorCode.server, { context: 'signIn' });
    const session: StoredSession = { tokens, signInMethod, serverClockOffsetMs };
    this.#pending.clear();
    this.#epoch += 1;
    this.#session = session;
    this.store.write(session);
    this.#dispatch({ type: 'SIGNED_IN', user });
    this.#crossTab.broadcast({ type: 'signedIn' });
  }

  /** Takes a session another tab wrote to shared storage. */
  #adopt(stored: StoredSession): void {
    const user = userFromTokens(stored.tokens, stored.signInMethod, stored.serverClockOffsetMs);
    if (user === null) return;
    const current = this.#session;
    this.#session = stored;
    const state = this.#state;
    if (current?.tokens.accessToken === stored.tokens.accessToken && state.step === 'signedIn')
      return;
    if (state.step === 'signedIn' && state.user.sub === user.sub) {
      this.#dispatch({ type: 'TOKENS_REFRESHED', user });
      return;
    }
    // Someone signed in in another tab: that is a new session here too.
    this.#epoch += 1;
    this.#pending.clear();
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

  #signOutLocally(options: {
    broadcast: boolean;
    reason?: 'user' | 'expired';
    notice?: string;
  }): void {
    this.#epoch += 1;
    this.#session = null;
    this.#pending.clear();
    this.store.clear();
    this.#dispatch({ type: 'SIGNED_OUT', notice: options.notice });
    if (options.broadcast)
      this.#crossTab.broadcast({ type: 'signedOut', reason: options.reason ?? 'user' });
  }

  /** Leaves an unfinished step (confirm, MFA, new password) and returns to signedOut. */
  readonly cancelFlow = (): void => {
    this.#pending.clear();
    this.#dispatch({ type: 'CANCEL_FLOW' });
  };
}
