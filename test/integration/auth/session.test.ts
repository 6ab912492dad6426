/**
 * The framework-free session core against the local Cognito stand-in, with the real SDK and real
 * HTTP: sign-up → confirm → automatic SRP sign-in → reload with zero calls → expiry → one refresh →
 * sign-out, after which the refresh token is refused.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCognitoServices } from '../../../src/auth/cognito/services';
import { SessionManager } from '../../../src/auth/session';
import { createMemoryStorage, TokenStore } from '../../../src/auth/storage';
import type { AppConfig } from '../../../src/config/env';
import { GOOD_PASSWORD, startLocalPool, type LocalPool } from '../../support/local-cognito';
import { appConfigFor } from './app-config';

let pool: LocalPool;
/** One clock for the pool and the app, so "two hours later" holds for both sides. */
const clock = { offsetMs: 0 };
const now = () => Date.now() + clock.offsetMs;
let config: AppConfig;
/** Cognito operations the app sent, by X-Amz-Target, in order. */
const sent: string[] = [];
const countingFetch = async (input: string, init: RequestInit): Promise<Response> => {
  const target = new Headers(init.headers).get('x-amz-target') ?? '';
  const body =
    typeof init.body === 'string' ? (JSON.parse(init.body) as { AuthFlow?: string }) : {};
  sent.push(
    target.replace('AWSCognitoIdentityProviderService.', '') +
      (body.AuthFlow ? `:${body.AuthFlow}` : ''),
  );
  return fetch(input, init);
};

beforeAll(async () => {
  pool = await startLocalPool({ clock: { get: () => new Date(now()) } });
  config = appConfigFor(pool);
});

afterAll(async () => {
  clock.offsetMs = 0;
  await pool?.close();
});

async function waitForCode(email: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = (await pool.messages(email))[0];
    if (found) return found.code;
    if (Date.now() > deadline) throw new Error(`no code reached the inbox for ${email}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('SessionManager against the local pool', () => {
  it('signs up, confirms, restores, refreshes once, and signs out for good', async () => {
    const storage = createMemoryStorage();
    const manager = () =>
      new SessionManager({
        config,
        storage,
        services: createCognitoServices(config, { fetch: countingFetch }),
        now,
        createChannel: null,
        locks: null,
        eventTarget: null,
        signalStorage: null,
      });
    const email = `session-${randomUUID().slice(0, 8)}@example.com`;

    // Sign up and confirm: the password from sign-up signs in with SRP, no second prompt.
    const first = manager();
    await first.restore();
    expect(first.getState()).toEqual({ step: 'signedOut' });
    await first.signUp({ email, password: GOOD_PASSWORD, attributes: { name: 'Integration Ada' } });
    expect(first.getState()).toMatchObject({ step: 'confirmSignUp', username: email });
    await first.confirmSignUp(await waitForCode(email));
    const signedIn = first.getState();
    expect(signedIn).toMatchObject({
      step: 'signedIn',
      user: { email, name: 'Integration Ada', signInMethod: 'password' },
    });
    expect(sent).toContain('InitiateAuth:USER_SRP_AUTH');
    const store = new TokenStore(storage, config.clientId);
    const original = store.read()!;
    expect(original.tokens.refreshToken).toBeTruthy();

    // Reload: a new manager over the same storage is signed in with zero calls.
    sent.length = 0;
    const reloaded = manager();
    await reloaded.restore();
    expect(reloaded.getState()).toMatchObject({ step: 'signedIn', user: { email } });
    await expect(reloaded.getAccessToken()).resolves.toBe(original.tokens.accessToken);
    expect(sent).toEqual([]);

    // Two hours later the access token has expired: reloading costs exactly one refresh.
    clock.offsetMs = 2 * 60 * 60 * 1000;
    const later = manager();
    await later.restore();
    expect(sent).toEqual(['GetTokensFromRefreshToken']);
    expect(later.getState().step).toBe('signedIn');
    const refreshed = store.read()!;
    expect(refreshed.tokens.accessToken).not.toBe(original.tokens.accessToken);
    const tokens = await Promise.all([
      later.getAccessToken(),
      later.getAccessToken(),
      later.getAccessToken(),
    ]);
    expect(new Set(tokens)).toEqual(new Set([refreshed.tokens.accessToken]));
    expect(sent).toHaveLength(1);

    // Sign-out clears storage and revokes the refresh token on the server.
    await later.signOut();
    expect(later.getState()).toEqual({ step: 'signedOut' });
    expect(store.read()).toBeNull();
    expect(sent).toContain('RevokeToken');
    const services = createCognitoServices(config);
    await expect(services.refresh(refreshed.tokens.refreshToken!)).rejects.toMatchObject({
      name: 'AuthError',
      code: 'NotAuthorizedException',
    });

    // A wrong password reads exactly like an unknown account.
    const wrong = await later
      .signIn({ username: email, password: 'Wrong-Horse-9' })
      .catch((e: unknown) => e);
    expect(wrong).toMatchObject({ name: 'AuthError', message: 'Incorrect email or password.' });
  });

  it('says "Incorrect email or password." for an unknown user', async () => {
    const m = new SessionManager({
      config,
      storage: createMemoryStorage(),
      createChannel: null,
      locks: null,
      eventTarget: null,
      signalStorage: null,
    });
    await m.restore();
    const unknown = await m
      .signIn({
        username: `nobody-${randomUUID().slice(0, 6)}@example.com`,
        password: GOOD_PASSWORD,
      })
      .catch((e: unknown) => e);
    expect(unknown).toMatchObject({ name: 'AuthError', message: 'Incorrect email or password.' });
  });
});
