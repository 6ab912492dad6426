/**
 * The app's refresh against the local pool with the SPA client as the pool definition sets it up
 * (rotation on, REFRESH_TOKEN_AUTH off): each refresh rotates the refresh token, the app stores and
 * sends only the newest, and the old one is refused once the grace period has passed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spaClientSettings } from '../../../local/provision/desired';
import { SPA_ROTATION_GRACE_SECONDS } from '../../../server/pool/definition';
import { createCognitoServices } from '../../../src/auth/cognito/services';
import { SessionManager } from '../../../src/auth/session';
import { createMemoryStorage, type StoredSession, TokenStore } from '../../../src/auth/storage';
import type { AppConfig } from '../../../src/config/env';
import { GOOD_PASSWORD, startLocalPool, type LocalPool } from '../../support/local-cognito';
import { confirmedUser } from '../cognito/helpers';
import { appConfigFor } from './app-config';

const HOUR_MS = 60 * 60 * 1000;
let pool: LocalPool;
/** One clock for the pool and the app, so "two hours later" holds for both sides. */
const clock = { offsetMs: 0 };
const now = () => Date.now() + clock.offsetMs;
let config: AppConfig;
/** The refresh tokens the app sent with GetTokensFromRefreshToken, in order. */
const refreshesSent: string[] = [];
const recordingFetch = async (input: string, init: RequestInit): Promise<Response> => {
  const target = new Headers(init.headers).get('x-amz-target') ?? '';
  if (target.endsWith('.GetTokensFromRefreshToken') && typeof init.body === 'string')
    refreshesSent.push((JSON.parse(init.body) as { RefreshToken: string }).RefreshToken);
  return fetch(input, init);
};

beforeAll(async () => {
  const spa = spaClientSettings();
  expect(spa.RefreshTokenRotation).toEqual({
    Feature: 'ENABLED',
    RetryGracePeriodSeconds: SPA_ROTATION_GRACE_SECONDS,
  });
  pool = await startLocalPool({
    clock: { get: () => new Date(now()) },
    spaClient: {
      ExplicitAuthFlows: spa.ExplicitAuthFlows,
      RefreshTokenRotation: spa.RefreshTokenRotation,
    },
  });
  config = appConfigFor(pool);
});

afterAll(async () => {
  clock.offsetMs = 0;
  await pool?.close();
});

describe('refresh with rotation on, against the local pool', () => {
  it('rotates on every refresh; the app sends only the newest; the old one dies after the grace period', async () => {
    const storage = createMemoryStorage();
    const store = new TokenStore(storage, config.clientId);
    const manager = () =>
      new SessionManager({
        config,
        storage,
        services: createCognitoServices(config, { fetch: recordingFetch }),
        now,
        createChannel: null,
        locks: null,
        eventTarget: null,
        signalStorage: null,
      });
    const email = await confirmedUser(pool, GOOD_PASSWORD, 'Rotation Ada');
    const first = manager();
    await first.restore();
    await first.signIn({ username: email, password: GOOD_PASSWORD });
    expect(first.getState().step).toBe('signedIn');
    const original = store.read()!;

    // Two hours later a reload refreshes once, and the answer's new refresh token is what is stored.
    clock.offsetMs += 2 * HOUR_MS;
    const reloaded = manager();
    await reloaded.restore();
    expect(reloaded.getState().step).toBe('signedIn');
    const rotated: StoredSession = store.read()!;
    expect(refreshesSent).toEqual([original.tokens.refreshToken]);
    expect(rotated.tokens.refreshToken).toBeTruthy();
    expect(rotated.tokens.refreshToken).not.toBe(original.tokens.refreshToken);
    expect(rotated.tokens.accessToken).not.toBe(original.tokens.accessToken);

    // Past the grace period the pool refuses the old token...
    clock.offsetMs += (SPA_ROTATION_GRACE_SECONDS + 1) * 1000;
    const services = createCognitoServices(config);
    await expect(services.refresh(original.tokens.refreshToken!)).rejects.toMatchObject({
      name: 'AuthError',
      code: 'RefreshTokenReuseException',
    });

    // ...while the app, refreshing again, sends the rotated one and stays signed in.
    clock.offsetMs += 2 * HOUR_MS;
    const token = await reloaded.getAccessToken();
    expect(reloaded.getState().step).toBe('signedIn');
    expect(refreshesSent).toEqual([original.tokens.refreshToken, rotated.tokens.refreshToken]);
    const newest = store.read()!;
    expect(newest.tokens.accessToken).toBe(token);
    expect(newest.tokens.refreshToken).not.toBe(rotated.tokens.refreshToken);
  });

  it('a tab still holding a rotated-away token signs out once, with the notice', async () => {
    const storage = createMemoryStorage();
    const store = new TokenStore(storage, config.clientId);
    const services = createCognitoServices(config);
    const email = await confirmedUser(pool, GOOD_PASSWORD, 'Stale Tab');
    const signIn = await services.signIn(email, GOOD_PASSWORD, 'USER_SRP_AUTH');
    if (signIn.kind !== 'signedIn') throw new Error(`unexpected ${signIn.kind}`);
    // Another tab (with storage this one does not share) rotates the token away.
    await services.refresh(signIn.tokens.refreshToken!);
    clock.offsetMs += 2 * HOUR_MS;
    store.write({ tokens: signIn.tokens, signInMethod: 'password' });
    const stale = new SessionManager({
      config,
      storage,
      services,
      now,
      createChannel: null,
      locks: null,
      eventTarget: null,
      signalStorage: null,
    });
    await stale.restore();
    expect(stale.getState()).toEqual({
      step: 'signedOut',
      notice: 'Your session has expired. Please sign in again.',
    });
    expect(store.read()).toBeNull();
  });
});
