/** getAwsCredentials' provider: one request at a time, cached until shortly before expiry, cleared on demand. */
import { http, HttpResponse, passthrough } from 'msw';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CredentialsError,
  CredentialsProvider,
  type IdentityLogin,
} from '../../../src/auth/credentials';
import { server } from '../../support/msw-server';
import { startStallingServer, type StallingServer } from '../../support/stalling-server';

const POOL = { id: 'us-east-1:11111111-2222-3333-4444-555555555555', endpoint: 'http://id.test' };
const HOUR = 3600;

/** A fake Cognito Identity: counts calls and answers like the service (epoch-second expiry). */
function fakeIdentity(options: { guests?: boolean; nowSeconds?: () => number } = {}) {
  const calls: Array<{ target: string; body: Record<string, unknown> }> = [];
  let counter = 0;
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const target = String((init?.headers as Record<string, string>)['X-Amz-Target']).split('.')[1]!;
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    calls.push({ target, body });
    const json = (status: number, value: unknown) =>
      new Response(JSON.stringify(value), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    if (target === 'GetId') {
      if (!body.Logins && options.guests === false)
        return json(400, {
          __type: 'NotAuthorizedException',
          message: 'Unauthenticated access is not supported for this identity pool.',
        });
      counter += 1;
      return json(200, {
        IdentityId: body.Logins ? 'us-east-1:user' : `us-east-1:guest-${counter}`,
      });
    }
    counter += 1;
    return json(200, {
      IdentityId: body.IdentityId,
      Credentials: {
        AccessKeyId: `ASIA${counter}`,
        SecretKey: 'secret',
        SessionToken: 'token',
        Expiration: (options.nowSeconds?.() ?? Math.floor(Date.now() / 1000)) + HOUR,
      },
    });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

function provider(
  login: () => IdentityLogin,
  fake: ReturnType<typeof fakeIdentity>,
  now?: () => number,
) {
  return new CredentialsProvider({
    pool: POOL,
    region: 'us-east-1',
    userPoolId: 'us-east-1_Pool',
    login: async () => login(),
    fetch: fake.fetch,
    now,
  });
}

describe('CredentialsProvider', () => {
  it('shares one request among concurrent callers and caches the answer', async () => {
    const fake = fakeIdentity();
    const credentials = provider(() => ({ sub: 'u1', idToken: 'id-token' }), fake);
    const [a, b] = await Promise.all([credentials.get(), credentials.get()]);
    expect(a).toBe(b);
    expect(await credentials.get()).toBe(a);
    expect(fake.calls.map((c) => c.target)).toEqual(['GetId', 'GetCredentialsForIdentity']);
    expect(fake.calls[0]!.body.Logins).toEqual({
      'cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool': 'id-token',
    });
    expect(a).toMatchObject({ identityId: 'us-east-1:user', authenticated: true });
  });

  it('fetches again within five minutes of expiry', async () => {
    let now = Date.now();
    const fake = fakeIdentity({ nowSeconds: () => Math.floor(now / 1000) });
    const credentials = provider(
      () => null,
      fake,
      () => now,
    );
    const first = await credentials.get();
    now += 54 * 60_000;
    expect(await credentials.get()).toBe(first);
    now += 2 * 60_000;
    const second = await credentials.get();
    expect(second).not.toBe(first);
    // A guest keeps its identity id: only the credentials are new.
    expect(second.identityId).toBe(first.identityId);
    expect(fake.calls.map((c) => c.target)).toEqual([
      'GetId',
      'GetCredentialsForIdentity',
      'GetCredentialsForIdentity',
    ]);
  });

  it('clear() drops credentials and a request in flight never fills the cache afterwards', async () => {
    const fake = fakeIdentity();
    const credentials = provider(() => ({ sub: 'u1', idToken: 't' }), fake);
    const inFlight = credentials.get();
    credentials.clear();
    await inFlight;
    await credentials.get();
    expect(fake.calls.filter((c) => c.target === 'GetCredentialsForIdentity')).toHaveLength(2);
  });

  it('a different owner (guest → user) never gets the other one’s credentials', async () => {
    const fake = fakeIdentity();
    let login: IdentityLogin = null;
    const credentials = provider(() => login, fake);
    const guest = await credentials.get();
    login = { sub: 'u1', idToken: 't' };
    const user = await credentials.get();
    expect(guest.authenticated).toBe(false);
    expect(user.authenticated).toBe(true);
    expect(user.identityId).not.toBe(guest.identityId);
  });

  it('says plainly when the pool has no guest access', async () => {
    const credentials = provider(() => null, fakeIdentity({ guests: false }));
    const error = await credentials.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error).toMatchObject({
      code: 'guestsNotAllowed',
      message: 'Sign in to get AWS credentials: this identity pool has no guest access.',
    });
  });
});

// Issue 12, finding 2: GetId and GetCredentialsForIdentity get the same timeout as every Cognito call,
// and a request that runs out of time is a `network` failure (try again), not a wait without end.
describe('an identity pool that never answers', () => {
  let stalling: StallingServer;
  beforeAll(async () => {
    stalling = await startStallingServer();
  });
  afterAll(() => stalling.close());

  /** Over the real fetch (msw in front), so the request's own signal is what cuts it off. */
  function timedProvider(endpoint: string) {
    return new CredentialsProvider({
      pool: { ...POOL, endpoint },
      region: 'us-east-1',
      userPoolId: 'us-east-1_Pool',
      login: async () => ({ sub: 'u1', idToken: 'id-token' }),
      timeoutMs: 100,
    });
  }

  const hang = () => new Promise<Response>(() => {});

  it.each([
    ['GetId', () => server.use(http.post(`${POOL.endpoint}/`, hang))],
    [
      'GetCredentialsForIdentity',
      () =>
        server.use(
          http.post(`${POOL.endpoint}/`, async ({ request }) =>
            request.headers.get('x-amz-target')?.endsWith('.GetId')
              ? HttpResponse.json({ IdentityId: 'us-east-1:user' })
              : hang(),
          ),
        ),
    ],
  ])('fails retryably when %s gets no answer in time', async (_, install) => {
    install();
    const started = Date.now();
    const error = await timedProvider(POOL.endpoint)
      .get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error).toMatchObject({
      code: 'network',
      message: 'Could not reach the identity pool. Check your connection.',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('fails retryably when the answer starts but never ends', async () => {
    server.use(http.post(`${stalling.url}/`, () => passthrough()));
    const error = await timedProvider(stalling.url)
      .get()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'network' });
  });

  it('the next call gets credentials once the pool answers again', async () => {
    server.use(http.post(`${POOL.endpoint}/`, hang));
    const credentials = timedProvider(POOL.endpoint);
    await expect(credentials.get()).rejects.toMatchObject({ code: 'network' });
    server.resetHandlers();
    server.use(
      http.post(`${POOL.endpoint}/`, ({ request }) =>
        request.headers.get('x-amz-target')?.endsWith('.GetId')
          ? HttpResponse.json({ IdentityId: 'us-east-1:user' })
          : HttpResponse.json({
              IdentityId: 'us-east-1:user',
              Credentials: {
                AccessKeyId: 'ASIA1',
                SecretKey: 'secret',
                SessionToken: 'token',
                Expiration: Math.floor(Date.now() / 1000) + HOUR,
              },
            }),
      ),
    );
    await expect(credentials.get()).resolves.toMatchObject({ authenticated: true });
  });
});
