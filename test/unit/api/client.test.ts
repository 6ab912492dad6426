import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from '../../../src/api/client';
import { createMemoryStorage } from '../../../src/auth/storage';
import { SessionManager } from '../../../src/auth/session';
import { createCognitoFake } from '../../support/cognito-http-fake';
import { server } from '../../support/msw-server';
import { testAppConfig, TEST_API_URL } from '../../support/render';

/** The real session manager over the HTTP fake, signed in, with a recording API. */
async function signedInClient(
  apiHandler: (auth: string | null, n: number) => Response | Promise<Response>,
) {
  const fake = createCognitoFake();
  fake.addUser({ username: 'ada@example.com', password: 'Passw0rd!' });
  const seen: (string | null)[] = [];
  server.use(
    fake.handler,
    http.all(`${TEST_API_URL}/*`, ({ request }) => {
      const auth = request.headers.get('authorization');
      seen.push(auth);
      return apiHandler(auth, seen.length);
    }),
  );
  const manager = new SessionManager({
    config: testAppConfig(),
    storage: createMemoryStorage(),
    createChannel: null,
    locks: null,
    eventTarget: null,
    signalStorage: null,
    sleep: async () => {},
  });
  await manager.restore();
  await manager.signIn({ username: 'ada@example.com', password: 'Passw0rd!' });
  const onUnauthorized = vi.fn();
  const client = createApiClient({
    baseUrl: TEST_API_URL,
    getAccessToken: manager.getAccessToken,
    onUnauthorized,
  });
  return { client, fake, manager, seen, onUnauthorized };
}

const accessTokenOf = (m: SessionManager) => m.getAccessToken();

describe('createApiClient', () => {
  it('sends the access token as a bearer token, as received by the server', async () => {
    const { client, manager, seen } = await signedInClient(() =>
      HttpResponse.json({ message: 'hello' }),
    );
    await expect(client.getJson<{ message: string }>('/hello')).resolves.toEqual({
      message: 'hello',
    });
    expect(seen).toEqual([`Bearer ${await accessTokenOf(manager)}`]);
  });

  it('on 401 refreshes once and retries once with the new token', async () => {
    const { client, fake, seen } = await signedInClient((_auth, n) =>
      n === 1 ? new HttpResponse(null, { status: 401 }) : HttpResponse.json({ ok: true }),
    );
    await expect(client.getJson('/hello')).resolves.toEqual({ ok: true });
    expect(fake.refreshCalls()).toHaveLength(1);
    expect(seen).toHaveLength(2);
    expect(seen[0]).not.toBe(seen[1]);
  });

  it('never loops: a second 401 is final', async () => {
    const { client, fake, seen, onUnauthorized } = await signedInClient(
      () => new HttpResponse(null, { status: 401 }),
    );
    const error = await client.getJson('/hello').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, retryable: false });
    expect(seen).toHaveLength(2);
    expect(fake.refreshCalls()).toHaveLength(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('turns 403 into a forbidden ApiError without refreshing', async () => {
    const { client, fake } = await signedInClient(() =>
      HttpResponse.json({ message: 'admins only' }, { status: 403 }),
    );
    await expect(client.getJson('/admin')).rejects.toMatchObject({
      kind: 'forbidden',
      status: 403,
      body: { message: 'admins only' },
    });
    expect(fake.refreshCalls()).toHaveLength(0);
  });

  it('turns a dropped connection into a retryable network error', async () => {
    const { client } = await signedInClient(() => HttpResponse.error());
    await expect(client.getJson('/hello')).rejects.toMatchObject({
      kind: 'network',
      retryable: true,
    });
  });

  it('marks 5xx as retryable server errors', async () => {
    const { client } = await signedInClient(() => new HttpResponse('boom', { status: 502 }));
    await expect(client.getJson('/hello')).rejects.toMatchObject({
      kind: 'server',
      retryable: true,
      status: 502,
    });
  });

  it('posts JSON', async () => {
    let received: unknown;
    const { client } = await signedInClient(() => HttpResponse.json({ id: 1 }, { status: 201 }));
    server.use(
      http.post(`${TEST_API_URL}/items`, async ({ request }) => {
        received = {
          body: await request.json(),
          type: request.headers.get('content-type'),
          auth: request.headers.get('authorization'),
        };
        return HttpResponse.json({ id: 1 }, { status: 201 });
      }),
    );
    await expect(client.postJson('/items', { name: 'x' })).resolves.toEqual({ id: 1 });
    expect(received).toMatchObject({
      body: { name: 'x' },
      type: 'application/json',
      auth: expect.stringMatching(/^Bearer /),
    });
  });

  it('supports aborting a request', async () => {
    const { client } = await signedInClient(() => new Promise<Response>(() => {}));
    const controller = new AbortController();
    const pending = client.getJson('/slow', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
  });

  it('refuses to send the token anywhere but the API origin', async () => {
    const getAccessToken = vi.fn(async () => 'secret-token');
    const client = createApiClient({ baseUrl: TEST_API_URL, getAccessToken });
    for (const url of [
      'http://evil.test/hello',
      '//evil.test/hello',
      'https://api.test/hello',
      'javascript:alert(1)',
    ]) {
      await expect(client.getJson(url)).rejects.toMatchObject({ kind: 'invalidUrl' });
    }
    expect(getAccessToken).not.toHaveBeenCalled();
  });

  it('accepts an absolute URL inside the API', async () => {
    const { client, seen } = await signedInClient(() => HttpResponse.json({ ok: 1 }));
    await expect(client.getJson(`${TEST_API_URL}/hello`)).resolves.toEqual({ ok: 1 });
    expect(seen).toHaveLength(1);
  });

  it('reports a session that cannot produce a token as unauthorized', async () => {
    const client = createApiClient({
      baseUrl: TEST_API_URL,
      getAccessToken: async () => {
        throw {
          name: 'AuthError',
          code: 'SessionExpired',
          message: 'Your session has expired. Please sign in again.',
          retryable: false,
        };
      },
    });
    await expect(client.getJson('/hello')).rejects.toMatchObject({
      kind: 'unauthorized',
      message: 'Your session has expired. Please sign in again.',
    });
  });

  // Issue 12, finding 2: a server that never answers must not leave the caller waiting forever.
  it('turns an API that never answers into a retryable network error after the timeout', async () => {
    const { manager } = await signedInClient(() => new Promise<Response>(() => {}));
    const client = createApiClient({
      baseUrl: TEST_API_URL,
      getAccessToken: manager.getAccessToken,
      timeoutMs: 50,
    });
    await expect(client.getJson('/hello')).rejects.toMatchObject({
      kind: 'network',
      retryable: true,
      message: expect.stringMatching(/took too long/),
    });
  });

  it('keeps a cancel by the caller apart from a timeout', async () => {
    const { manager } = await signedInClient(() => new Promise<Response>(() => {}));
    const client = createApiClient({
      baseUrl: TEST_API_URL,
      getAccessToken: manager.getAccessToken,
      timeoutMs: 10_000,
    });
    const controller = new AbortController();
    const pending = client.getJson('/slow', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted', retryable: false });
  });

  // Issue 12, finding 7: a redirect would take the bearer token along.
  it('never follows a redirect with a token', async () => {
    const evil = 'https://evil.example/steal';
    const stolen: (string | null)[] = [];
    server.use(
      http.get(evil, ({ request }) => {
        stolen.push(request.headers.get('authorization'));
        return HttpResponse.json({ ok: true });
      }),
    );
    const { client } = await signedInClient(
      () => new HttpResponse(null, { status: 302, headers: { Location: evil } }),
    );
    await expect(client.getJson('/hello')).rejects.toBeInstanceOf(ApiError);
    expect(stolen).toEqual([]);
  });

  it("asks fetch not to follow redirects (redirect: 'error')", async () => {
    const modes: (RequestRedirect | undefined)[] = [];
    const client = createApiClient({
      baseUrl: TEST_API_URL,
      getAccessToken: async () => 'token',
      fetch: async (_input, init) => {
        modes.push(init.redirect);
        return HttpResponse.json({});
      },
    });
    await client.getJson('/hello');
    expect(modes).toEqual(['error']);
  });
});
