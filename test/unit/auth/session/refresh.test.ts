/**
 * The refresh module on its own: a fake host stands in for the session, so single flight, the lock,
 * back-off and the epoch guards are each tested without a manager, React or HTTP.
 */
import { describe, expect, it, vi } from 'vitest';
import { browserLocks, noLock, type LockManagerLike } from '../../../../src/auth/session/lock';
import { Refresher, type RefreshHost } from '../../../../src/auth/session/refresh';
import type { StoredSession } from '../../../../src/auth/storage';
import type { SessionTokens, SignedInUser } from '../../../../src/auth/types';
import { serviceError } from '../../../support/auth-services-fake';
import { deferred } from '../../../support/deferred';
import { mintTokens } from '../../../support/cognito-http-fake';

const NOW = Date.UTC(2026, 0, 1);

function session(expiresIn: number, refreshToken: string | null = 'rt-1'): StoredSession {
  return {
    tokens: mintTokens({ now: NOW, expiresIn, refreshToken }),
    signInMethod: 'password',
    serverClockOffsetMs: 0,
  };
}

function setup(
  options: {
    current?: StoredSession | null;
    shared?: StoredSession | null | 'not shared';
    refresh?: (token: string) => Promise<SessionTokens>;
    lock?: LockManagerLike;
    attempts?: number;
  } = {},
) {
  const state = {
    epoch: 0,
    session: options.current === undefined ? session(60) : options.current,
    shared: options.shared === undefined ? ('not shared' as const) : options.shared,
  };
  const host = {
    epoch: () => state.epoch,
    session: () => state.session,
    shared:
      state.shared === 'not shared'
        ? null
        : { read: () => (state.shared === 'not shared' ? null : state.shared) },
    adopt: vi.fn((stored: StoredSession) => {
      state.session = stored;
    }),
    signedOutElsewhere: vi.fn(() => {
      state.session = null;
      state.epoch += 1;
    }),
    expire: vi.fn(() => {
      state.session = null;
      state.epoch += 1;
    }),
    commit: vi.fn((next: StoredSession, _user: SignedInUser) => {
      state.session = next;
    }),
  } satisfies RefreshHost;
  const refresh = vi.fn(
    options.refresh ??
      (async (refreshToken: string) => ({
        ...mintTokens({ now: NOW, expiresIn: 3600 }),
        refreshToken,
      })),
  );
  const sleep = vi.fn(async (_ms: number) => {});
  const refresher = new Refresher({
    host,
    refresh,
    lock: options.lock ?? noLock,
    lockName: 'cra-auth-refresh.test',
    skewMs: 300_000,
    retry: { attempts: options.attempts ?? 3, baseDelayMs: 500 },
    now: () => NOW,
    sleep,
  });
  return { state, host, refresh, sleep, refresher };
}

describe('Refresher.isDue', () => {
  it('is due inside the skew window, not before, and always for the token a 401 refused', () => {
    const { refresher } = setup();
    const fresh = session(3600);
    expect(refresher.isDue(fresh)).toBe(false);
    expect(refresher.isDue(session(299))).toBe(true);
    expect(refresher.isDue(session(301))).toBe(false);
    expect(refresher.isDue(fresh, fresh.tokens.accessToken)).toBe(true);
    expect(refresher.isDue(fresh, 'some other token')).toBe(false);
  });

  it('judges expiry on the server clock the session recorded', () => {
    const { refresher } = setup();
    // Server behind by most of an hour: plenty left here. Ahead by as much: inside the skew already.
    expect(refresher.isDue({ ...session(3600), serverClockOffsetMs: -3_500_000 })).toBe(false);
    expect(refresher.isDue({ ...session(3600), serverClockOffsetMs: 3_500_000 })).toBe(true);
  });
});

describe('Refresher.refresh', () => {
  it('shares one request among concurrent callers, then starts a new one', async () => {
    const answer = deferred<SessionTokens>();
    const { refresher, refresh, host } = setup({ refresh: () => answer.promise });
    const callers = Array.from({ length: 5 }, () => refresher.refresh());
    await Promise.resolve();
    expect(refresh).toHaveBeenCalledTimes(1);
    answer.resolve(mintTokens({ now: NOW, refreshToken: 'rt-1' }));
    const tokens = await Promise.all(callers);
    expect(new Set(tokens).size).toBe(1);
    expect(host.commit).toHaveBeenCalledTimes(1);
    expect(host.commit.mock.calls[0]![0].tokens.accessToken).toBe(tokens[0]);

    await refresher.refresh();
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('asks the service with the session’s refresh token and records the server clock', async () => {
    const { refresher, refresh, host } = setup({ current: session(60, 'rt-mine') });
    await refresher.refresh();
    expect(refresh).toHaveBeenCalledWith('rt-mine');
    const [next, user] = host.commit.mock.calls[0]!;
    expect(next.signInMethod).toBe('password');
    expect(next.tokens.refreshToken).toBe('rt-mine');
    expect(user.username).toBe('ada@example.com');
  });

  it('retries transient failures with growing, jittered waits, then gives up retryably', async () => {
    const { refresher, refresh, sleep, host } = setup({
      refresh: async () => {
        throw serviceError('InternalErrorException');
      },
    });
    await expect(refresher.refresh()).rejects.toMatchObject({
      code: 'InternalErrorException',
      retryable: true,
    });
    expect(refresh).toHaveBeenCalledTimes(3);
    const waits = sleep.mock.calls.map(([ms]) => ms);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(500);
    expect(waits[0]).toBeLessThanOrEqual(600);
    expect(waits[1]).toBeGreaterThanOrEqual(1000);
    expect(waits[1]).toBeLessThanOrEqual(1100);
    expect(host.expire).not.toHaveBeenCalled();
    expect(host.commit).not.toHaveBeenCalled();
  });

  it('does not retry a failure that is neither transient nor definite', async () => {
    const { refresher, refresh, host } = setup({
      refresh: async () => {
        throw serviceError('InvalidParameterException');
      },
    });
    await expect(refresher.refresh()).rejects.toMatchObject({ code: 'InvalidParameterException' });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(host.expire).not.toHaveBeenCalled();
  });

  it.each([
    'NotAuthorizedException',
    'UserNotFoundException',
    'PasswordResetRequiredException',
    'UserNotConfirmedException',
  ])('expires the session once, without retrying, on %s', async (code) => {
    const { refresher, refresh, host } = setup({
      refresh: async () => {
        throw serviceError(code);
      },
    });
    const outcomes = await Promise.allSettled([refresher.refresh(), refresher.refresh()]);
    for (const outcome of outcomes)
      expect(outcome).toMatchObject({ status: 'rejected', reason: { code: 'SessionExpired' } });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(host.expire).toHaveBeenCalledTimes(1);
  });

  it('expires a session that has no refresh token, without a request', async () => {
    const { refresher, refresh, host } = setup({ current: session(60, null) });
    await expect(refresher.refresh()).rejects.toMatchObject({ code: 'SessionExpired' });
    expect(refresh).not.toHaveBeenCalled();
    expect(host.expire).toHaveBeenCalledTimes(1);
  });

  it('rejects, with no request, when nobody is signed in', async () => {
    const { refresher, refresh } = setup({ current: null });
    await expect(refresher.refresh()).rejects.toMatchObject({ code: 'NotSignedIn' });
    expect(refresh).not.toHaveBeenCalled();
  });
});

describe('epoch guards', () => {
  it('drops an answer that arrives after a sign-out', async () => {
    const answer = deferred<SessionTokens>();
    const { refresher, state, host } = setup({ refresh: () => answer.promise });
    const pending = refresher.refresh();
    await Promise.resolve();
    state.session = null;
    state.epoch += 1;
    answer.resolve(mintTokens({ now: NOW }));
    await expect(pending).rejects.toMatchObject({ code: 'NotSignedIn' });
    expect(host.commit).not.toHaveBeenCalled();
  });

  it('does not expire a newer session when an old refresh token is refused', async () => {
    const answer = deferred<SessionTokens>();
    const { refresher, state, host } = setup({ refresh: () => answer.promise });
    const pending = refresher.refresh();
    await Promise.resolve();
    // Someone signed in again while the old token was being refused.
    state.epoch += 1;
    state.session = session(3600, 'rt-new');
    answer.reject(serviceError('NotAuthorizedException'));
    await expect(pending).rejects.toMatchObject({ code: 'SessionExpired' });
    expect(host.expire).not.toHaveBeenCalled();
    expect(state.session?.tokens.refreshToken).toBe('rt-new');
  });

  it('stops retrying when the session changes during the back-off', async () => {
    const { refresher, refresh, sleep, state } = setup({
      refresh: async () => {
        throw serviceError('InternalErrorException');
      },
    });
    sleep.mockImplementationOnce(async () => {
      state.epoch += 1;
    });
    await expect(refresher.refresh()).rejects.toMatchObject({ code: 'NotSignedIn' });
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});

describe('shared storage and the lock', () => {
  it('takes the lock by name around the refresh', async () => {
    const names: string[] = [];
    const lock: LockManagerLike = {
      request: (name, callback) => {
        names.push(name);
        return callback();
      },
    };
    const { refresher } = setup({ lock, shared: session(60) });
    await refresher.refresh();
    expect(names).toEqual(['cra-auth-refresh.test']);
  });

  it('adopts what another tab stored meanwhile instead of refreshing again', async () => {
    const theirs = session(3600, 'rt-1');
    const { refresher, refresh, host } = setup({ shared: theirs });
    await expect(refresher.refresh()).resolves.toBe(theirs.tokens.accessToken);
    expect(refresh).not.toHaveBeenCalled();
    expect(host.adopt).toHaveBeenCalledWith(theirs);
  });

  it('refreshes with the stored session when it is due too', async () => {
    const { refresher, refresh } = setup({
      current: session(60, 'rt-old'),
      shared: session(60, 'rt-stored'),
    });
    await refresher.refresh();
    expect(refresh).toHaveBeenCalledWith('rt-stored');
  });

  it('signs out here when another tab removed the stored session', async () => {
    const { refresher, refresh, host } = setup({ shared: null });
    await expect(refresher.refresh()).rejects.toMatchObject({ code: 'NotSignedIn' });
    expect(host.signedOutElsewhere).toHaveBeenCalledTimes(1);
    expect(refresh).not.toHaveBeenCalled();
  });
});

describe('locks', () => {
  it('runs the work at once without a lock', async () => {
    await expect(noLock.request('any', async () => 42)).resolves.toBe(42);
  });

  it('uses navigator.locks when the runtime has it, and nothing when it does not', () => {
    const request = vi.fn();
    vi.stubGlobal('navigator', { locks: { request } });
    try {
      expect(browserLocks()).toBe(navigator.locks);
      vi.stubGlobal('navigator', {});
      expect(browserLocks()).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
