/**
 * The refresh machinery, apart from the session it serves (as oidc-client-ts hands silent renew to
 * its own class): one GetTokensFromRefreshToken at a time in this tab (single flight), one across tabs that
 * share storage (a lock, then a re-read in case another tab refreshed first), retry with back-off for
 * transient failures, and epoch guards so an answer that arrives after a sign-in or sign-out is
 * never applied.
 */
import { AppErrorCode, createAuthError, isTimeout, toAuthError } from '../errors';
import { serverClockOffset, userFromTokens } from '../jwt';
import type { AuthServices } from '../services';
import type { StoredSession } from '../storage';
import type { SessionTokens, SignedInUser } from '../types';
import type { LockManagerLike } from './lock';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** The wait after the first failure; it doubles after each further one, plus up to 20% jitter. */
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 500 };

// Codes that mean the refresh token will never work again; anything else may be transient.
const DEFINITE_REFRESH_FAILURES = new Set<string>([
  'NotAuthorizedException',
  // A rotated-away refresh token used after the grace period: this tab missed the rotation.
  'RefreshTokenReuseException',
  'UserNotFoundException',
  'PasswordResetRequiredException',
  'UserNotConfirmedException',
  AppErrorCode.sessionExpired,
]);

/** What the refresher reads and changes of the session it serves; SessionManager implements it. */
export interface RefreshHost {
  /** Bumped on every sign-in and sign-out; a refresh that straddles a change must not apply. */
  epoch(): number;
  /** This tab's session, or null when signed out. */
  session(): StoredSession | null;
  /** The session as storage holds it now, when other tabs share that storage; otherwise null. */
  readonly shared: { read(): StoredSession | null } | null;
  /** Takes a session another tab wrote (it refreshed, or signed in, first). */
  adopt(session: StoredSession): void;
  /** Another tab signed out while this one waited for the lock. */
  signedOutElsewhere(): void;
  /** The refresh token is dead: clear the session and say so, once. */
  expire(): void;
  /** Puts fresh tokens in place: this tab's state, storage, other tabs. */
  commit(session: StoredSession, user: SignedInUser): void;
}

export interface RefresherOptions {
  host: RefreshHost;
  refresh: AuthServices['refresh'];
  /** Taken around each refresh; `noLock` when storage is not shared. */
  lock: LockManagerLike;
  lockName: string;
  /** Refresh this long before the access or ID token expires. */
  skewMs: number;
  retry: RetryPolicy;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

const notSignedIn = () => createAuthError(AppErrorCode.notSignedIn, { source: 'app' });

export class Refresher {
  readonly #options: RefresherOptions;
  #inFlight: Promise<string> | null = null;

  constructor(options: RefresherOptions) {
    this.#options = options;
  }

  /** Whether `session` needs new tokens: it expires within the skew, or holds the token a 401 refused. */
  isDue(session: StoredSession, staleAccessToken?: string): boolean {
    const { tokens } = session;
    if (staleAccessToken !== undefined && tokens.accessToken === staleAccessToken) return true;
    const user = userFromTokens(tokens, session.signInMethod, session.serverClockOffsetMs);
    if (user === null) return true;
    const now = this.#options.now();
    return (
      user.accessTokenExpiresAt - this.#skewFor(user.accessTokenClaims) <= now ||
      user.idTokenExpiresAt - this.#skewFor(user.idTokenClaims) <= now
    );
  }

  /**
   * The skew, capped at half the token's lifetime: with 5-minute tokens (Cognito's shortest) and
   * the default 300 s skew, a fresh token would otherwise count as expiring and every call would
   * refresh.
   */
  #skewFor(claims: Record<string, unknown>): number {
    const { exp, iat } = claims;
    if (typeof exp !== 'number' || typeof iat !== 'number' || exp <= iat)
      return this.#options.skewMs;
    return Math.min(this.#options.skewMs, ((exp - iat) * 1000) / 2);
  }

  /**
   * New tokens, shared by every caller until they arrive. `staleAccessToken` (after an API 401)
   * refreshes even a token that looks valid, unless another tab has replaced it meanwhile.
   */
  refresh(staleAccessToken?: string): Promise<string> {
    if (this.#inFlight === null) {
      const { lock, lockName } = this.#options;
      this.#inFlight = lock
        .request(lockName, () => this.#refreshNow(staleAccessToken))
        .finally(() => {
          this.#inFlight = null;
        });
    }
    return this.#inFlight;
  }

  async #refreshNow(staleAccessToken?: string): Promise<string> {
    const { host } = this.#options;
    const epoch = host.epoch();
    let session = host.session();
    if (host.shared !== null) {
      // Another tab may have refreshed (or signed out) while we waited for the lock.
      const latest = host.shared.read();
      if (latest === null) {
        host.signedOutElsewhere();
        throw notSignedIn();
      }
      if (!this.isDue(latest, staleAccessToken)) {
        host.adopt(latest);
        return latest.tokens.accessToken;
      }
      session = latest;
    }
    // Signed out while waiting for the lock: that was a choice, not an expiry, so no notice.
    if (session === null) throw notSignedIn();
    const refreshToken = session.tokens.refreshToken;
    if (refreshToken === undefined) {
      host.expire();
      throw createAuthError(AppErrorCode.sessionExpired, { source: 'app' });
    }

    const tokens = await this.#requestWithRetry(refreshToken, epoch);
    // A sign-out that happened while the request was in flight wins over its answer.
    if (host.epoch() !== epoch) throw notSignedIn();
    // Under rotation `tokens.refreshToken` is the new one: it goes into the same single write as the
    // access and ID tokens (commit), so no reader ever sees new tokens with a dead refresh token.
    const next: StoredSession = {
      tokens,
      signInMethod: session.signInMethod,
      serverClockOffsetMs: serverClockOffset(tokens, this.#options.now()),
    };
    const user = userFromTokens(tokens, next.signInMethod, next.serverClockOffsetMs);
    if (user === null) throw createAuthError(AppErrorCode.server, { context: 'session' });
    host.commit(next, user);
    return tokens.accessToken;
  }

  /** One GetTokensFromRefreshToken, tried again after transient failures while the session lasts. */
  async #requestWithRetry(refreshToken: string, epoch: number): Promise<SessionTokens> {
    const { host, retry, sleep } = this.#options;
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.#options.refresh(refreshToken);
      } catch (e) {
        const error = toAuthError(e, 'session');
        if (DEFINITE_REFRESH_FAILURES.has(error.code)) {
          if (host.epoch() === epoch) host.expire();
          throw createAuthError(AppErrorCode.sessionExpired, { cause: error, source: 'app' });
        }
        // A timeout already made the person wait the whole limit; two more would triple it (30 s
        // with the default 10 s) behind a spinner. The screen's "Try again" is theirs to press.
        if (!error.retryable || attempt >= retry.attempts || isTimeout(error)) throw error;
        const jitter = Math.random() * retry.baseDelayMs * 0.2;
        await sleep(retry.baseDelayMs * 2 ** (attempt - 1) + jitter);
        if (host.epoch() !== epoch) throw notSignedIn();
      }
    }
  }
}
