/**
 * The protected API's answers to hostile or malformed requests: a forged Host (DNS rebinding) is
 * refused, prototype-named paths and wrong methods are plain 404/405s, a body over 1 MB is a 413
 * the client actually receives, every answer is JSON (never a stack trace), and the log never
 * carries a request body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../../local/api/server';
import { rawRequest, type RawResponse } from '../../support/raw-http';
import { startTestPool, type TestPool, type Tokens } from './pool';

const SECRET = `Pa55word-${Math.random().toString(36).slice(2)}!`;
const MB = 1024 * 1024;

let pool: TestPool;
let api: RunningApi;
let user: Tokens;
const logged: string[] = [];

beforeAll(async () => {
  pool = await startTestPool();
  api = await startApi({
    port: 0,
    userPoolId: pool.userPoolId,
    cognitoUrl: pool.cognitoUrl,
    clientIds: [pool.spaClientId],
    allowedHosts: ['api.test'],
    log: (line) => logged.push(line),
  });
  user = await pool.signIn(await pool.createUser('user', ['user']));
});

afterAll(async () => {
  await api?.close();
  await pool?.close();
});

function expectJsonError(res: RawResponse, status: number, error?: string): void {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(res.text) as { error?: string; message: string };
  expect(typeof body.message).toBe('string');
  if (error !== undefined) expect(body.error).toBe(error);
  expect(res.text).not.toContain(SECRET);
  expect(res.text).not.toMatch(/ at .*\.(ts|js):\d+/);
}

describe('Host header', () => {
  const port = () => new URL(api.url).port;

  it.each(['evil.example', 'localhost.evil.example', '127.0.0.1.nip.io'])(
    'refuses Host %s',
    async (host) => {
      const res = await rawRequest(`${api.url}/health`, {
        headers: { host: `${host}:${port()}` },
      });
      expectJsonError(res, 403, 'host_not_allowed');
      expect(res.text).toMatch(/API_ALLOWED_HOSTS/);
    },
  );

  it.each(['localhost', '127.0.0.1', '[::1]', 'api.test'])('answers Host %s', async (host) => {
    const res = await rawRequest(`${api.url}/health`, { headers: { host: `${host}:${port()}` } });
    expect(res.status).toBe(200);
  });
});

describe('malformed requests', () => {
  const bodies: Array<[string, string, string]> = [
    ['empty', '', 'application/json'],
    ['{', `{"password":"${SECRET}"`, 'application/json'],
    ['null', 'null', 'application/json'],
    ['[]', '[]', 'application/json'],
    ['"x"', '"x"', 'application/json'],
    ['wrong content type', `password=${SECRET}`, 'text/plain'],
  ];

  it.each(bodies)('POST /hello with %s is a 405, not a crash', async (_name, body, type) => {
    const res = await rawRequest(`${api.url}/hello`, {
      method: 'POST',
      headers: { 'content-type': type, authorization: `Bearer ${user.accessToken}` },
      body,
    });
    expectJsonError(res, 405, 'method_not_allowed');
  });

  it.each(bodies)(
    'GET /hello with %s passes the body through as API Gateway does',
    async (_n, body, type) => {
      const res = await rawRequest(`${api.url}/hello`, {
        headers: { 'content-type': type, authorization: `Bearer ${user.accessToken}` },
        body,
      });
      expect(res.status).toBe(200);
    },
  );

  it('a body over 1 MB gets a 413 the client receives', async () => {
    for (const path of ['/health', '/hello']) {
      const res = await rawRequest(`${api.url}${path}`, {
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${user.accessToken}`,
        },
        body: Buffer.alloc(MB + 1, 0x20),
      });
      expectJsonError(res, 413, 'payload_too_large');
    }
    const exactly = await rawRequest(`${api.url}/health`, { body: Buffer.alloc(MB, 0x20) });
    expect(exactly.status).toBe(200);
  });

  it.each(['/__proto__', '/constructor', '/toString', '/hello/__proto__', '/hasOwnProperty'])(
    '%s is a 404',
    async (path) => {
      expectJsonError(await rawRequest(`${api.url}${path}`), 404, 'not_found');
    },
  );

  it('a broken Authorization header is a 401, never a crash', async () => {
    for (const authorization of ['Bearer', 'Bearer a b', 'Bearer {', 'Bearer ..', 'Basic x']) {
      const res = await rawRequest(`${api.url}/hello`, { headers: { authorization } });
      expectJsonError(res, 401);
    }
  });

  it('never logs a request body', () => {
    expect(logged.length).toBeGreaterThan(10);
    expect(logged.join('\n')).not.toContain(SECRET);
  });
});
