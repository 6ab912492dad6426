import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reply } from '../../support/cognito-http-fake';
import { server } from '../../support/msw-server';
import { harness } from './helpers';

const EXPIRED = 'Your session has expired. Please sign in again.';

describe('restore on reload', () => {
  it('signs in from valid stored tokens with zero network calls', async () => {
    const h = harness();
    h.seed('ada@example.com');
    const m = h.manager();
    await m.restore();
    expect(m.getState()).toMatchObject({
      step: 'signedIn',
      user: {
        username: 'ada@example.com',
        email: 'ada@example.com',
        name: 'Ada',
        signInMethod: 'password',
      },
    });
    expect(h.fake.calls).toHaveLength(0);
  });

  it('refreshes an expired access token with exactly one call', async () => {
    const h = harness();
    const old = h.seed('ada@example.com', { expiresIn: -60 });
    const m = h.manager();
    await m.restore();
    expect(h.fake.calls).toHaveLength(1);
    expect(h.fake.refreshCalls()).toHaveLength(1);
    expect(h.fake.refreshCalls()[0]!.body).toEqual({
      RefreshToken: old.refreshToken,
      ClientId: h.config.clientId,
    });
    const state = m.getState();
    expect(state.step).toBe('signedIn');
    if (state.step === 'signedIn')
      expect(state.user.accessTokenExpiresAt).toBeGreaterThan(h.clock.now);
    const stored = h.store.read();
    expect(stored?.tokens.accessToken).not.toBe(old.accessToken);
    // Cognito sends no new refresh token without rotation; the old one must be kept.
    expect(stored?.tokens.refreshToken).toBe(old.refreshToken);
  });

  it('signs out and removes stale keys when there is nothing to refresh with', async () => {
    const h = harness();
    h.seed('ada@example.com', { expiresIn: -60, withRefresh: false });
    h.storage.setItem(`CognitoIdentityServiceProvider.${h.config.clientId}.ada.idToken`, 'legacy');
    h.storage.setItem(`cra.${h.config.clientId}.leftover`, 'x');
    h.storage.setItem('unrelated', 'keep');
    const m = h.manager();
    await m.restore();
    expect(m.getState()).toEqual({ step: 'signedOut' });
    expect(h.fake.calls).toHaveLength(0);
    expect(h.storage.getItem(h.store.key)).toBeNull();
    expect(
      h.storage.getItem(`CognitoIdentityServiceProvider.${h.config.clientId}.ada.idToken`),
    ).toBeNull();
    expect(h.storage.getItem(`cra.${h.config.clientId}.leftover`)).toBeNull();
    expect(h.storage.getItem('unrelated')).toBe('keep');
  });

  it('removes an unreadable stored value', async () => {
    const h = harness();
    h.storage.setItem(
      h.store.key,
      '{"tokens":{"idToken":"nope","accessToken":"nope"},"signInMethod":"password"}',
    );
    const m = h.manager();
    await m.restore();
    expect(m.getState()).toEqual({ step: 'signedOut' });
    expect(h.storage.getItem(h.store.key)).toBeNull();
    expect(h.fake.calls).toHaveLength(0);
  });

  it('signs out with the notice when the stored refresh token is refused', async () => {
    const h = harness();
    const old = h.seed('ada@example.com', { expiresIn: -60 });
    h.fake.revokedRefreshTokens.add(old.refreshToken!);
    const m = h.manager();
    await m.restore();
    expect(m.getState()).toEqual({ step: 'signedOut', notice: EXPIRED });
    expect(h.fake.refreshCalls()).toHaveLength(1);
    expect(h.storage.getItem(h.store.key)).toBeNull();
  });

  it('stays signed in when the refresh on reload fails for a transient reason', async () => {
    const h = harness();
    h.seed('ada@example.com', { expiresIn: -60 });
    h.fake.always('GetTokensFromRefreshToken', () => reply.serverError(503));
    const m = h.manager();
    await m.restore();
    expect(m.getState().step).toBe('signedIn');
    expect(h.store.read()).not.toBeNull();
  });
});

describe('getAccessToken', () => {
  it('returns a valid token without a call', async () => {
    const h = harness();
    const tokens = h.seed('ada@example.com');
    const m = h.manager();
    await m.restore();
    await expect(m.getAccessToken()).resolves.toBe(tokens.accessToken);
    expect(h.fake.calls).toHaveLength(0);
  });

  it('shares one refresh among concurrent callers once the token is inside the skew window', async () => {
    const h = harness();
    const old = h.seed('ada@example.com', { expiresIn: 3600 });
    const m = h.manager();
    await m.restore();
    // 3600 s lifetime, 300 s skew: 3400 s later the token counts as expiring.
    h.clock.now += 3400 * 1000;
    const results = await Promise.all(Array.from({ length: 8 }, () => m.getAccessToken()));
    expect(h.fake.count('GetTokensFromRefreshToken')).toBe(1);
    expect(new Set(results).size).toBe(1);
    expect(results[0]).not.toBe(old.accessToken);
    expect(h.store.read()?.tokens.accessToken).toBe(results[0]);
    // The fresh token is used until it too nears expiry.
    await m.getAccessToken();
    expect(h.fake.count('GetTokensFromRefreshToken')).toBe(1);
  });

  it('keeps the session through a transient refresh failure, retrying with back-off, then rejects retryably', async () => {
    const h = harness();
    const old = h.seed('ada@example.com', { expiresIn: 60 });
    const m = h.manager();
    await m.restore();
    h.fake.always('GetTokensFromRefreshToken', () => reply.serverError(500));
    const error = await Promise.all([m.getAccessToken(), m.getAccessToken()]).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'AuthError', retryable: true });
    expect(h.fake.refreshCalls()).toHaveLength(3);
    expect(h.sleep).toHaveBeenCalledTimes(2);
    const [first, second] = h.sleep.mock.calls.map((c) => c[0] as number);
    expect(second).toBeGreaterThan(first!);
    expect(m.getState().step).toBe('signedIn');
    expect(h.store.read()?.tokens.refreshToken).toBe(old.refreshToken);
  });

  it('treats a dropped connection as transient too', async () => {
    const h = harness();
    h.seed('ada@example.com', { expiresIn: 60 });
    const m = h.manager();
    await m.restore();
    h.fake.script('GetTokensFromRefreshToken', () => reply.networkError());
    const token = await m.getAccessToken();
    expect(token).toBeTruthy();
    expect(h.fake.refreshCalls()).toHaveLength(2);
    expect(m.getState().step).toBe('signedIn');
  });

  it('rejects with a network AuthError after the last try', async () => {
    const h = harness();
    h.seed('ada@example.com', { expiresIn: 60 });
    const m = h.manager();
    await m.restore();
    h.fake.always('GetTokensFromRefreshToken', () => reply.networkError());
    await expect(m.getAccessToken()).rejects.toMatchObject({
      code: 'NetworkError',
      retryable: true,
      source: 'network',
    });
    expect(m.getState().step).toBe('signedIn');
  });

  it('signs out exactly once, with the notice, when the refresh token is refused', async () => {
    const h = harness();
    h.seed('ada@example.com', { expiresIn: 60 });
    const m = h.manager();
    await m.restore();
    const steps: string[] = [];
    m.subscribe(() => steps.push(m.getState().step));
    h.fake.always('GetTokensFromRefreshToken', () =>
      reply.error('NotAuthorizedException', 'Refresh Token has been revoked'),
    );
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => m.getAccessToken()));
    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({
        status: 'rejected',
        reason: { code: 'SessionExpired', message: EXPIRED },
      });
    }
    expect(h.fake.refreshCalls()).toHaveLength(1);
    expect(steps).toEqual(['signedOut']);
    expect(m.getState()).toEqual({ step: 'signedOut', notice: EXPIRED });
    expect(h.storage.getItem(h.store.key)).toBeNull();
    await expect(m.getAccessToken()).rejects.toMatchObject({ code: 'NotSignedIn' });
    expect(steps).toEqual(['signedOut']);
  });

  it('forces a refresh of a token that still looks valid', async () => {
    const h = harness();
    const old = h.seed('ada@example.com');
    const m = h.manager();
    await m.restore();
    const fresh = await m.getAccessToken({ forceRefresh: true });
    expect(fresh).not.toBe(old.accessToken);
    expect(h.fake.refreshCalls()).toHaveLength(1);
  });

  it('rejects when nobody is signed in', async () => {
    const h = harness();
    const m = h.manager();
    await m.restore();
    await expect(m.getAccessToken()).rejects.toMatchObject({
      name: 'AuthError',
      code: 'NotSignedIn',
    });
    expect(h.fake.calls).toHaveLength(0);
  });
});

describe('back-off on the real timer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits between tries and succeeds once the service recovers', async () => {
    const h = harness();
    h.seed('ada@example.com', { expiresIn: 60 });
    // The default sleep (setTimeout), under a fake clock.
    const m = h.manager({ sleep: undefined });
    await m.restore();
    h.fake.script(
      'GetTokensFromRefreshToken',
      () => reply.serverError(503),
      () => reply.error('ThrottlingException', 'Rate exceeded'),
    );
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const pending = m.getAccessToken();
    await vi.advanceTimersByTimeAsync(400);
    expect(h.fake.refreshCalls()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(h.fake.refreshCalls()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1300);
    await expect(pending).resolves.toBeTruthy();
    expect(h.fake.refreshCalls()).toHaveLength(3);
    expect(m.getState().step).toBe('signedIn');
  });
});

describe('a device clock that is wrong', () => {
  const HOURS = 60 * 60 * 1000;

  it.each([
    ['ahead', 2 * HOURS],
    ['behind', -2 * HOURS],
  ])(
    'judges expiry on the server clock when the device is two hours %s: no refresh per call, zero-call reload',
    async (_direction, deviceOffset) => {
      const h = harness();
      h.fake.addUser({
        username: 'ada@example.com',
        password: 'Passw0rd!',
        attributes: { email: 'ada@example.com', name: 'Ada' },
      });
      const deviceNow = () => h.clock.now + deviceOffset;
      const m = h.manager({ now: deviceNow });
      await m.restore();
      await m.signIn({ username: 'ada@example.com', password: 'Passw0rd!' });
      expect(m.getState().step).toBe('signedIn');

      await m.getAccessToken();
      await m.getAccessToken();
      expect(h.fake.refreshCalls()).toHaveLength(0);

      const reloaded = h.manager({ now: deviceNow });
      await reloaded.restore();
      expect(reloaded.getState().step).toBe('signedIn');
      expect(h.fake.refreshCalls()).toHaveLength(0);

      // 56 minutes later on both clocks, the hour-long token is inside the 5-minute window: one refresh.
      h.clock.now += 56 * 60 * 1000;
      await reloaded.getAccessToken();
      expect(h.fake.refreshCalls()).toHaveLength(1);
    },
  );
});

// Issue 12, finding 2: a Cognito that never answers. Each request is cut off after the configured
// timeout, so nothing waits forever and the single-flight refresh (and its lock) is released.
describe('a Cognito that never answers', () => {
  const hang = () => new Promise<never>(() => {});
  const timeouts = { requestTimeouts: { cognitoMs: 40, apiMs: 40 } };

  /** A strict one-at-a-time lock, as Web Locks are: a holder that never finishes blocks the rest. */
  function mutex() {
    let tail: Promise<unknown> = Promise.resolve();
    let held = 0;
    return {
      get held() {
        return held;
      },
      request<T>(_name: string, callback: () => Promise<T>): Promise<T> {
        const run = tail.then(async () => {
          held += 1;
          try {
            return await callback();
          } finally {
            held -= 1;
          }
        });
        tail = run.catch(() => undefined);
        return run;
      },
    };
  }

  it('lets restore() finish, keeping the session, when the refresh on reload gets no answer', async () => {
    const h = harness(timeouts);
    h.seed('ada@example.com', { expiresIn: -60 });
    h.fake.always('GetTokensFromRefreshToken', hang);
    const m = h.manager();
    await m.restore();
    expect(m.getState().step).toBe('signedIn');
    expect(h.store.read()).not.toBeNull();
  });

  it('fails the refresh retryably, releases the lock, and the next call succeeds once Cognito answers', async () => {
    const h = harness({ ...timeouts, tokenStorage: 'local' });
    h.seed('ada@example.com', { expiresIn: 60 });
    const locks = mutex();
    const m = h.manager({ locks });
    await m.restore();
    h.fake.always('GetTokensFromRefreshToken', hang);
    await expect(m.getAccessToken()).rejects.toMatchObject({
      code: 'NetworkError',
      retryable: true,
      message: expect.stringMatching(/couldn't reach/i),
    });
    expect(locks.held).toBe(0);
    expect(m.getState().step).toBe('signedIn');
    h.fake.restore('GetTokensFromRefreshToken');
    await expect(m.getAccessToken()).resolves.toEqual(expect.any(String));
  });

  it('does not try a timed-out refresh again: one timeout, then the retryable error', async () => {
    const h = harness(timeouts);
    h.seed('ada@example.com', { expiresIn: 60 });
    const m = h.manager();
    await m.restore();
    h.fake.always('GetTokensFromRefreshToken', hang);
    await expect(m.getAccessToken()).rejects.toMatchObject({ code: 'NetworkError' });
    expect(h.fake.count('GetTokensFromRefreshToken')).toBe(1);
    expect(h.sleep).not.toHaveBeenCalled();
    // A dropped connection (no timeout) still gets the usual three tries.
    h.fake.always('GetTokensFromRefreshToken', () => reply.networkError());
    await expect(m.getAccessToken()).rejects.toMatchObject({ code: 'NetworkError' });
    expect(h.fake.count('GetTokensFromRefreshToken')).toBe(4);
  });

  it('gives up on AWS credentials when the identity pool never answers', async () => {
    const endpoint = 'http://identity.test';
    const h = harness({
      ...timeouts,
      identityPool: { id: 'us-east-1:11111111-2222-3333-4444-555555555555', endpoint },
    });
    server.use(http.post(`${endpoint}/`, hang));
    const m = h.manager();
    await m.restore();
    await expect(m.getAwsCredentials()).rejects.toMatchObject({ code: 'network' });
  });

  it('clears the local session at once on sign-out, whatever RevokeToken does', async () => {
    const h = harness(timeouts);
    h.seed('ada@example.com');
    h.fake.always('RevokeToken', hang);
    const m = h.manager();
    await m.restore();
    const done = m.signOut();
    expect(m.getState().step).toBe('signedOut');
    expect(h.store.read()).toBeNull();
    await done;
    // The revoke is still attempted, in the background (and cut off by its own timeout).
    await vi.waitFor(() => expect(h.fake.count('RevokeToken')).toBe(1));
  });
});

// Issue 12, finding 4: Cognito's shortest access tokens (5 minutes) with the default 300 s skew.
describe('short-lived tokens', () => {
  it('does not refresh on every call when the token lifetime is no longer than the skew', async () => {
    const h = harness({ refreshSkewSeconds: 300 });
    h.fake.tokenLifetime = 300;
    const first = h.seed('ada@example.com', { expiresIn: 300 });
    const m = h.manager();
    await m.restore();
    for (let i = 0; i < 5; i += 1)
      await expect(m.getAccessToken()).resolves.toBe(first.accessToken);
    expect(h.fake.refreshCalls()).toHaveLength(0);
    // Past half its life the token is due (the skew is capped at half the lifetime): one refresh.
    h.clock.now += 151 * 1000;
    const second = await m.getAccessToken();
    expect(second).not.toBe(first.accessToken);
    for (let i = 0; i < 5; i += 1) await expect(m.getAccessToken()).resolves.toBe(second);
    expect(h.fake.refreshCalls()).toHaveLength(1);
  });
});
