/**
 * Refresh-token rotation in the session core: a rotated refresh token is stored in the same single
 * write as the new access and ID tokens, the old one is never sent again, a refresh with no new
 * refresh token keeps the old one, and tabs sharing storage refresh once between them. First over the
 * in-memory AuthServices fake (the core's seam), then on the wire with msw (the real
 * src/auth/cognito/ request and answer).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionManager } from '../../../../src/auth/session';
import { noLock } from '../../../../src/auth/session/lock';
import type { StoredSession } from '../../../../src/auth/storage';
import type { SessionTokens } from '../../../../src/auth/types';
import { serviceError } from '../../../support/auth-services-fake';
import { deferred } from '../../../support/deferred';
import { createLockManager } from '../../../support/locks';
import { harness, servicesHarness } from '../helpers';

const EXPIRED = 'Your session has expired. Please sign in again.';
/** The default token lifetime (3600 s) minus the default skew (300 s), and a second more. */
const INTO_REFRESH_WINDOW_MS = 3301 * 1000;

/** Every value written under the session key, parsed, in order. */
function sessionWrites(setItem: { mock: { calls: unknown[][] } }, key: string): StoredSession[] {
  return setItem.mock.calls
    .filter(([k]) => k === key)
    .map(([, value]) => JSON.parse(String(value)) as StoredSession);
}

describe('rotation through the AuthServices seam', () => {
  function rotating() {
    const h = servicesHarness();
    h.services.rotation = { graceMs: 30_000 };
    const seeded = h.seed('ada@example.com');
    return { h, seeded };
  }

  it('stores the rotated refresh token in the one write that stores the new access and ID tokens', async () => {
    const { h, seeded } = rotating();
    const m = h.manager();
    await m.restore();
    const setItem = vi.spyOn(h.storage, 'setItem');
    h.clock.now += INTO_REFRESH_WINDOW_MS;

    const accessToken = await m.getAccessToken();

    const writes = sessionWrites(setItem, h.store.key);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.tokens.accessToken).toBe(accessToken);
    expect(writes[0]!.tokens.refreshToken).not.toBe(seeded.refreshToken);
    expect(h.services.refreshTokens.has(writes[0]!.tokens.refreshToken!)).toBe(true);
    // Nothing else under the app's keys: no second write that a reader could see half of.
    expect(setItem.mock.calls.map(([k]) => k)).toEqual([h.store.key]);
  });

  it('never sends a rotated-away refresh token again, in this tab or after a reload', async () => {
    const { h, seeded } = rotating();
    const m = h.manager();
    await m.restore();
    h.clock.now += INTO_REFRESH_WINDOW_MS;
    await m.getAccessToken();
    const first = h.store.read()!.tokens.refreshToken!;
    h.clock.now += INTO_REFRESH_WINDOW_MS;
    await m.getAccessToken();
    const second = h.store.read()!.tokens.refreshToken!;

    // A reload after the access token expired: the new page refreshes with what storage holds.
    h.clock.now += 3601 * 1000;
    const reloaded = h.manager();
    await reloaded.restore();
    expect(reloaded.getState().step).toBe('signedIn');

    const sent = h.services.calls.filter((c) => c.op === 'refresh').map((c) => c.args[0]);
    expect(sent).toEqual([seeded.refreshToken, first, second]);
    expect(new Set(sent).size).toBe(3);
    // The old one is indeed dead now: had the app kept it, the session would be lost.
    await expect(h.services.refresh(seeded.refreshToken)).rejects.toMatchObject({
      code: 'RefreshTokenReuseException',
    });
  });

  it('keeps the old refresh token when the answer carries none (rotation off)', async () => {
    const h = servicesHarness();
    const seeded = h.seed('ada@example.com');
    const m = h.manager();
    await m.restore();
    h.clock.now += INTO_REFRESH_WINDOW_MS;
    await m.getAccessToken();
    expect(h.store.read()!.tokens.refreshToken).toBe(seeded.refreshToken);
    h.clock.now += INTO_REFRESH_WINDOW_MS;
    await m.getAccessToken();
    const sent = h.services.calls.filter((c) => c.op === 'refresh').map((c) => c.args[0]);
    expect(sent).toEqual([seeded.refreshToken, seeded.refreshToken]);
  });

  it('signs out once, with the notice, when the pool says the token was rotated away', async () => {
    const { h } = rotating();
    const m = h.manager();
    await m.restore();
    h.services.always('refresh', () => {
      throw serviceError('RefreshTokenReuseException');
    });
    h.clock.now += INTO_REFRESH_WINDOW_MS;
    const outcomes = await Promise.allSettled([m.getAccessToken(), m.getAccessToken()]);
    for (const outcome of outcomes)
      expect(outcome).toMatchObject({ status: 'rejected', reason: { code: 'SessionExpired' } });
    expect(h.services.count('refresh')).toBe(1);
    expect(m.getState()).toEqual({ step: 'signedOut', notice: EXPIRED });
    expect(h.store.read()).toBeNull();
  });

  it('does not store a rotated refresh token that arrives after a sign-out', async () => {
    const { h } = rotating();
    const m = h.manager();
    await m.restore();
    const answer = deferred<SessionTokens>();
    h.services.script('refresh', () => answer.promise);
    h.clock.now += INTO_REFRESH_WINDOW_MS;
    const pending = m.getAccessToken();
    await Promise.resolve();
    await m.signOut();
    answer.resolve(h.services.issue('ada@example.com'));
    await expect(pending).rejects.toMatchObject({ code: 'NotSignedIn' });
    expect(h.store.read()).toBeNull();
    expect(m.getState().step).toBe('signedOut');
  });
});

describe('rotation on the wire (GetTokensFromRefreshToken over msw)', () => {
  const managers: SessionManager[] = [];
  afterEach(() => {
    for (const m of managers.splice(0)) m.disconnect();
  });

  function rotatingPool(configOverrides = {}) {
    const h = harness(configOverrides);
    h.fake.rotation = { graceSeconds: 30 };
    return h;
  }

  it('stores the refresh token from the answer atomically and sends only it from then on', async () => {
    const h = rotatingPool();
    const old = h.seed('ada@example.com', { expiresIn: -60 });
    const setItem = vi.spyOn(h.storage, 'setItem');
    const m = h.manager();
    await m.restore();

    expect(h.fake.refreshCalls().map((c) => c.body)).toEqual([
      { RefreshToken: old.refreshToken, ClientId: h.config.clientId },
    ]);
    const writes = sessionWrites(setItem, h.store.key);
    expect(writes).toHaveLength(1);
    const rotated = writes[0]!.tokens.refreshToken;
    expect(rotated).toBeDefined();
    expect(rotated).not.toBe(old.refreshToken);
    expect(writes[0]!.tokens.accessToken).not.toBe(old.accessToken);

    // Past the grace period, the old token is refused; the app only ever sends the new one.
    h.clock.now += INTO_REFRESH_WINDOW_MS;
    await m.getAccessToken();
    expect(h.fake.refreshCalls().map((c) => c.body.RefreshToken)).toEqual([
      old.refreshToken,
      rotated,
    ]);
    expect(m.getState().step).toBe('signedIn');
  });

  it('keeps the stored refresh token when the answer has no RefreshToken (rotation off)', async () => {
    const h = harness();
    const old = h.seed('ada@example.com', { expiresIn: -60 });
    const m = h.manager();
    await m.restore();
    h.clock.now += INTO_REFRESH_WINDOW_MS;
    await m.getAccessToken();
    expect(h.fake.refreshCalls().map((c) => c.body.RefreshToken)).toEqual([
      old.refreshToken,
      old.refreshToken,
    ]);
    expect(h.store.read()!.tokens.refreshToken).toBe(old.refreshToken);
  });

  it('two tabs on shared storage refreshing at once: one request, both keep the rotated token', async () => {
    const h = rotatingPool({ tokenStorage: 'local' });
    const old = h.seed('ada@example.com', { expiresIn: 3600 });
    const locks = createLockManager();
    // No BroadcastChannel or storage event: the lock and the re-read inside it must suffice.
    const [a, b] = [0, 1].map(() => h.manager({ sharedStorage: true, locks }));
    managers.push(a!, b!);
    for (const m of [a!, b!]) await m.restore();
    h.clock.now += INTO_REFRESH_WINDOW_MS;

    const [ta, tb] = await Promise.all([a!.getAccessToken(), b!.getAccessToken()]);

    expect(h.fake.refreshCalls()).toHaveLength(1);
    expect(ta).toBe(tb);
    const rotated = h.store.read()!.tokens.refreshToken;
    expect(rotated).not.toBe(old.refreshToken);
    // The next refresh, from either tab, sends the rotated token, never the one B started with.
    h.clock.now += INTO_REFRESH_WINDOW_MS;
    await b!.getAccessToken();
    expect(h.fake.refreshCalls().map((c) => c.body.RefreshToken)).toEqual([
      old.refreshToken,
      rotated,
    ]);
    for (const m of [a!, b!]) expect(m.getState().step).toBe('signedIn');
  });

  it('without Web Locks, the grace period lets the second tab’s refresh of the same token through', async () => {
    const h = rotatingPool({ tokenStorage: 'local' });
    const old = h.seed('ada@example.com', { expiresIn: 3600 });
    const [a, b] = [0, 1].map(() => h.manager({ sharedStorage: true, locks: noLock }));
    managers.push(a!, b!);
    for (const m of [a!, b!]) await m.restore();
    h.clock.now += INTO_REFRESH_WINDOW_MS;

    await Promise.all([a!.getAccessToken(), b!.getAccessToken()]);

    expect(h.fake.refreshCalls().map((c) => c.body.RefreshToken)).toEqual([
      old.refreshToken,
      old.refreshToken,
    ]);
    for (const m of [a!, b!]) expect(m.getState().step).toBe('signedIn');
    // What storage holds is a live, never-rotated token: the next refresh succeeds.
    h.clock.now += INTO_REFRESH_WINDOW_MS;
    await a!.getAccessToken();
    expect(a!.getState().step).toBe('signedIn');
  });
});
