/**
 * The protected API against real tokens from the local pool: the authorizer accepts exactly valid,
 * unexpired access tokens of allowed clients, the group rule guards /admin, CORS answers only the
 * SPA's origins, and no rejected request ever reaches a handler.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApi, type RunningApi } from '../../../local/api/server';
import type { ApiGatewayProxyEvent, ProxyHandler } from '../../../server/api/types';
import { decodePayload, startTestPool, tamper, type TestPool, type Tokens } from './pool';

const APP_ORIGIN = 'http://localhost:5173';

let pool: TestPool;
let api: RunningApi;
let user: Tokens;
let admin: Tokens;
let userEmail: string;

// Spies replace the real handlers on a second API, to prove rejected requests never reach them.
const spyEvents: ApiGatewayProxyEvent[] = [];
const spy = vi.fn<ProxyHandler>(async (event) => {
  spyEvents.push(event);
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '{"spy":true}' };
});
let spyApi: RunningApi;

beforeAll(async () => {
  pool = await startTestPool();
  const options = {
    port: 0,
    userPoolId: pool.userPoolId,
    cognitoUrl: pool.cognitoUrl,
    clientIds: [pool.spaClientId],
  };
  api = await startApi(options);
  spyApi = await startApi({ ...options, handlers: { hello: spy, me: spy, admin: spy } });
  userEmail = await pool.createUser('user', ['user']);
  user = await pool.signIn(userEmail);
  admin = await pool.signIn(await pool.createUser('admin', ['admin', 'user']));
});

afterAll(async () => {
  await spyApi?.close();
  await api?.close();
  await pool?.close();
});

beforeEach(() => {
  spy.mockClear();
  spyEvents.length = 0;
});

function get(
  path: string,
  headers: Record<string, string> = {},
  base = api.url,
): Promise<Response> {
  return fetch(`${base}${path}`, { headers });
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function expectInvalidToken(response: Response, reason: RegExp): Promise<void> {
  expect(response.status).toBe(401);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  expect(response.headers.get('www-authenticate')).toMatch(
    /^Bearer realm="[^"]+", error="invalid_token"/,
  );
  const body = (await response.json()) as { error: string; message: string };
  expect(body.error).toBe('invalid_token');
  expect(body.message).toMatch(reason);
}

describe('valid access token', () => {
  it('GET /hello greets the user by name (never the username) and names their sub', async () => {
    const response = await get('/hello', bearer(user.accessToken));
    expect(response.status).toBe(200);
    const claims = decodePayload(user.accessToken);
    // Issue 15: the pre token generation trigger puts `name` in the access token.
    expect(typeof claims.name).toBe('string');
    expect(await response.json()).toEqual({
      message: `Hello ${String(claims.name)}!`,
      userId: claims.sub,
    });
    expect(String(claims.name)).not.toBe(String(claims.username));
  });

  it('GET /me returns the verified claims and groups', async () => {
    const response = await get('/me', bearer(admin.accessToken));
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      userId: string;
      groups: string[];
      clientId: string;
      claims: Record<string, string>;
    };
    expect(body.userId).toBe(decodePayload(admin.accessToken).sub);
    expect(body.groups.sort()).toEqual(['admin', 'user']);
    expect(body.clientId).toBe(pool.spaClientId);
    expect(body.claims.token_use).toBe('access');
  });

  it('hands the handler API Gateway-shaped claims (all strings)', async () => {
    const response = await get('/me?x=1', bearer(admin.accessToken), spyApi.url);
    expect(response.status).toBe(200);
    expect(spy).toHaveBeenCalledTimes(1);
    const event = spyEvents[0]!;
    expect(event.httpMethod).toBe('GET');
    expect(event.resource).toBe('/me');
    expect(event.queryStringParameters).toEqual({ x: '1' });
    const claims = event.requestContext.authorizer!.claims;
    expect(claims.sub).toBe(decodePayload(admin.accessToken).sub);
    expect(typeof claims.exp).toBe('string');
    expect(claims['cognito:groups']!.split(',').sort()).toEqual(['admin', 'user']);
  });
});

describe('rejected tokens (401) never reach the handler', () => {
  it('missing token: challenge without an error code, JSON body', async () => {
    const response = await get('/hello', {}, spyApi.url);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="local-api"');
    expect(await response.json()).toMatchObject({ error: 'unauthorized' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('non-Bearer credentials count as missing', async () => {
    const response = await get('/hello', { Authorization: 'Basic dXNlcjpwYXNz' }, spyApi.url);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="local-api"');
    expect(spy).not.toHaveBeenCalled();
  });

  it('malformed token', async () => {
    await expectInvalidToken(await get('/hello', bearer('not-a-jwt'), spyApi.url), /well-formed/);
    await expectInvalidToken(
      await get('/hello', { Authorization: 'Bearer' }, spyApi.url),
      /bearer token/,
    );
    expect(spy).not.toHaveBeenCalled();
  });

  it('expired token', async () => {
    pool.setClockOffset(-2 * 60 * 60 * 1000); // issued two hours ago; access tokens live 60 minutes
    let stale: Tokens;
    try {
      stale = await pool.signIn(userEmail);
    } finally {
      pool.setClockOffset(0);
    }
    expect(Number(decodePayload(stale.accessToken).exp) * 1000).toBeLessThan(Date.now());
    await expectInvalidToken(await get('/hello', bearer(stale.accessToken), spyApi.url), /expired/);
    expect(spy).not.toHaveBeenCalled();
  });

  it('tampered payload (self-granted admin group)', async () => {
    const forged = tamper(user.accessToken, { 'cognito:groups': ['admin'] });
    await expectInvalidToken(await get('/admin', bearer(forged), spyApi.url), /signature/);
    expect(spy).not.toHaveBeenCalled();
  });

  it('tampered signature', async () => {
    const [header, payload, signature] = user.accessToken.split('.');
    const flipped = `${signature!.slice(0, -4)}${signature!.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    await expectInvalidToken(
      await get('/hello', bearer(`${header}.${payload}.${flipped}`), spyApi.url),
      /signature/,
    );
    expect(spy).not.toHaveBeenCalled();
  });

  it('token of a client the API does not accept', async () => {
    const other = await pool.signIn(userEmail, pool.otherClientId);
    await expectInvalidToken(await get('/hello', bearer(other.accessToken), spyApi.url), /client/);
    expect(spy).not.toHaveBeenCalled();
  });

  it('ID token instead of an access token', async () => {
    await expectInvalidToken(
      await get('/hello', bearer(user.idToken), spyApi.url),
      /access token is required/,
    );
    expect(spy).not.toHaveBeenCalled();
  });

  it('token from another issuer (same key, other pool id)', async () => {
    const issuer = String(decodePayload(user.accessToken).iss);
    const foreign = tamper(user.accessToken, { iss: issuer.replace(/[^/]+$/, 'local_Other123') });
    // Rejected on the issuer or the (now broken) signature; either way never served.
    await expectInvalidToken(
      await get('/hello', bearer(foreign), spyApi.url),
      /issued by another|signature/,
    );
    expect(spy).not.toHaveBeenCalled();
  });

  it('client_credentials token of the machine client (not an accepted client)', async () => {
    const basic = Buffer.from(`${pool.machineClientId}:${pool.machineClientSecret}`).toString(
      'base64',
    );
    const response = await fetch(`${pool.cognitoUrl}/oauth2/token`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${basic}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'api/read' }),
    });
    expect(response.status).toBe(200);
    const { access_token: machineToken } = (await response.json()) as { access_token: string };
    expect(decodePayload(machineToken).scope).toBe('api/read');
    await expectInvalidToken(await get('/hello', bearer(machineToken), spyApi.url), /client/);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('groups', () => {
  it('/admin: 403 JSON for a user outside the admin group, before the handler runs', async () => {
    const response = await get('/admin', bearer(user.accessToken), spyApi.url);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: 'forbidden' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('/admin: 200 for an admin', async () => {
    const response = await get('/admin', bearer(admin.accessToken));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ message: 'Welcome, admin.' });
  });

  it('the admin handler refuses on its own too (deployed behind a group-blind authorizer)', async () => {
    const { handler } = await import('../../../server/api/handlers/admin');
    const event = {
      requestContext: { authorizer: { claims: { sub: 'x', 'cognito:groups': 'user' } } },
    };
    const result = await handler(event as unknown as ApiGatewayProxyEvent);
    expect(result.statusCode).toBe(403);
  });
});

describe('open routes and errors', () => {
  it('GET /health needs no token', async () => {
    const response = await get('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('unknown route: 404 JSON; wrong method: 405', async () => {
    const missing = await get('/nope');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not_found' });
    const post = await fetch(`${api.url}/hello`, {
      method: 'POST',
      headers: bearer(user.accessToken),
    });
    expect(post.status).toBe(405);
  });

  it('unreachable JWKS: 503, not 401 (the caller is not at fault)', async () => {
    const unreachable = await startApi({
      port: 0,
      userPoolId: pool.userPoolId,
      cognitoUrl: 'http://127.0.0.1:9', // discard port: nothing listens
      issuer: String(decodePayload(user.accessToken).iss),
      clientIds: [pool.spaClientId],
    });
    try {
      const response = await get('/hello', bearer(user.accessToken), unreachable.url);
      expect(response.status).toBe(503);
    } finally {
      await unreachable.close();
    }
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(`${api.url}/hello`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });

  it('preflight from the SPA origin allows Authorization and Content-Type', async () => {
    for (const origin of [APP_ORIGIN, 'http://localhost:4173']) {
      const response = await preflight(origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
      expect(response.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
      expect(response.headers.get('access-control-allow-methods')).toMatch(/GET/);
      expect(response.headers.get('vary')).toMatch(/Origin/);
    }
  });

  it('preflight from another origin gets no CORS headers', async () => {
    const response = await preflight('http://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-headers')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/Origin/);
  });

  it('actual requests: allowed origin gets ACAO (errors too), others none', async () => {
    const ok = await get('/hello', { ...bearer(user.accessToken), Origin: APP_ORIGIN });
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    const denied = await get('/hello', { Origin: APP_ORIGIN });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(denied.headers.get('access-control-expose-headers')).toMatch(/WWW-Authenticate/);
    const foreign = await get('/hello', {
      ...bearer(user.accessToken),
      Origin: 'http://evil.example',
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.headers.get('vary')).toMatch(/Origin/);
  });

  it('allowed origins are configurable', async () => {
    const custom = await startApi({
      port: 0,
      userPoolId: pool.userPoolId,
      cognitoUrl: pool.cognitoUrl,
      clientIds: [pool.spaClientId],
      allowedOrigins: ['https://app.example.com'],
    });
    try {
      const yes = await get('/health', { Origin: 'https://app.example.com' }, custom.url);
      expect(yes.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      const no = await get('/health', { Origin: APP_ORIGIN }, custom.url);
      expect(no.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await custom.close();
    }
  });
});
